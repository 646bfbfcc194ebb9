// Plans of action API: plans with their actions, progress reports, the coordinator's dashboard, reminders and the chair's report.
import { Permission } from '../../access/permissions.js';
import { actorOf } from '../../http/context.js';
import type { ModuleRoutes } from '../module.js';
import { capacityKinds } from './capacity.js';
import { chairReportPdf } from './chair-report.js';
import {
  actionBody,
  actionParams,
  actionSchema,
  capacityKindsResponse,
  chairReportQuery,
  dashboardResponse,
  planBody,
  planParams,
  planPatch,
  planSchema,
  plansResponse,
  progressBody,
  progressResponse,
  progressSchema,
  remindersResponse,
} from './schemas.js';

export const plansRoutes: ModuleRoutes = {
  register(app, { services }) {
    const tags = ['plans'];
    const read = { permission: Permission.PlansRead };
    const coordinate = { permission: Permission.PlansCoordinate };
    const manage = { permission: Permission.PlansManage };
    const plans = services.plans;

    app.get(
      '/api/plans',
      {
        config: { access: read },
        schema: { tags, summary: 'Plans of action with their strategies and actions', response: { 200: plansResponse } },
      },
      async (req) => plans.list(actorOf(req)),
    );

    app.get(
      '/api/plans/capacity-kinds',
      {
        config: { access: read },
        schema: { tags, summary: 'Kinds of capacity help a state may name as needs', response: { 200: capacityKindsResponse } },
      },
      async () => ({ kinds: capacityKinds() }),
    );

    app.get(
      '/api/plans/reminders',
      {
        config: { access: read },
        schema: { tags, summary: 'Overdue actions of your state (coordinators: of the states they follow)', response: { 200: remindersResponse } },
      },
      async (req) => plans.reminders(actorOf(req)),
    );

    app.get(
      '/api/plans/:id',
      {
        config: { access: read },
        schema: { tags, summary: 'One plan of action', params: planParams, response: { 200: planSchema } },
      },
      async (req) => plans.get(actorOf(req), req.params.id),
    );

    app.post(
      '/api/plans',
      {
        config: { access: manage },
        schema: { tags, summary: 'Create a plan of action', body: planBody, response: { 201: planSchema } },
      },
      async (req, reply) => reply.status(201).send(await plans.createPlan(actorOf(req), req.body)),
    );

    app.patch(
      '/api/plans/:id',
      {
        config: { access: manage },
        schema: { tags, summary: 'Set the report-to and due date of a plan', params: planParams, body: planPatch, response: { 200: planSchema } },
      },
      async (req) => plans.updatePlan(actorOf(req), req.params.id, req.body),
    );

    app.post(
      '/api/plans/:id/actions',
      {
        config: { access: manage },
        schema: { tags, summary: 'Add an action (acting states, coordinators, dates)', params: planParams, body: actionBody, response: { 201: actionSchema } },
      },
      async (req, reply) => reply.status(201).send(await plans.addAction(actorOf(req), { ...req.body, planId: req.params.id })),
    );

    app.get(
      '/api/plans/:id/dashboard',
      {
        config: { access: coordinate },
        schema: { tags, summary: 'Who has and has not reported on each action, and who is overdue', params: planParams, response: { 200: dashboardResponse } },
      },
      async (req) => plans.dashboard(req.params.id),
    );

    app.get(
      '/api/plans/:id/chair-report',
      {
        config: { access: coordinate },
        schema: { tags, summary: "The coordinator's report to the chair (PDF, or Markdown with format=md)", params: planParams, querystring: chairReportQuery },
      },
      async (req, reply) => {
        const { plan, markdown } = await plans.chairReport(actorOf(req), req.params.id, req.query.coordinator ?? null);
        if (req.query.format === 'md')
          return reply.type('text/markdown; charset=utf-8').header('content-disposition', `attachment; filename="chair-report-${plan.id}.md"`).send(markdown);
        const pdf = await chairReportPdf(markdown, plan);
        return reply.type('application/pdf').header('content-disposition', `attachment; filename="chair-report-${plan.id}.pdf"`).send(pdf);
      },
    );

    app.get(
      '/api/plans/actions/:id/progress',
      {
        config: { access: read },
        schema: { tags, summary: 'Progress reports on an action, newest first', params: actionParams, response: { 200: progressResponse } },
      },
      async (req) => plans.progress(req.params.id),
    );

    app.post(
      '/api/plans/actions/:id/progress',
      {
        config: { access: { permission: Permission.PlansReport } },
        schema: {
          tags,
          summary: 'Report your state’s progress on an action you act on',
          params: actionParams,
          body: progressBody,
          response: { 201: progressSchema },
        },
      },
      async (req, reply) => reply.status(201).send(await plans.report(actorOf(req), req.params.id, req.body)),
    );
  },
};
