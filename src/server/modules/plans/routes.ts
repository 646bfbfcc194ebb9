// Plans of action API: plans with their actions, progress reports, the coordinator's dashboard, reminders and the chair's report.
import { Permission } from '../../access/permissions.js';
import { endpoints } from '../../http/endpoint.js';
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
    const api = endpoints(app, ['plans']);
    const read = { permission: Permission.PlansRead };
    const coordinate = { permission: Permission.PlansCoordinate };
    const manage = { permission: Permission.PlansManage };
    const plans = services.plans;

    api.get('/api/plans', { access: read, summary: 'Plans of action with their strategies and actions', response: plansResponse }, ({ actor }) =>
      plans.list(actor),
    );

    api.get(
      '/api/plans/capacity-kinds',
      { access: read, summary: 'Kinds of capacity help a state may name as needs', response: capacityKindsResponse },
      () => ({ kinds: capacityKinds() }),
    );

    api.get(
      '/api/plans/reminders',
      { access: read, summary: 'Overdue actions of your state (coordinators: of the states they follow)', response: remindersResponse },
      ({ actor }) => plans.reminders(actor),
    );

    api.get('/api/plans/:id', { access: read, summary: 'One plan of action', params: planParams, response: planSchema }, ({ actor, params }) =>
      plans.get(actor, params.id),
    );

    api.post('/api/plans', { access: manage, summary: 'Create a plan of action', body: planBody, response: planSchema, status: 201 }, ({ actor, body }) =>
      plans.createPlan(actor, body),
    );

    api.patch(
      '/api/plans/:id',
      { access: manage, summary: 'Set the report-to and due date of a plan', params: planParams, body: planPatch, response: planSchema },
      ({ actor, params, body }) => plans.updatePlan(actor, params.id, body),
    );

    api.post(
      '/api/plans/:id/actions',
      {
        access: manage,
        summary: 'Add an action (acting states, coordinators, dates)',
        params: planParams,
        body: actionBody,
        response: actionSchema,
        status: 201,
      },
      ({ actor, params, body }) => plans.addAction(actor, { ...body, planId: params.id }),
    );

    api.get(
      '/api/plans/:id/dashboard',
      { access: coordinate, summary: 'Who has and has not reported on each action, and who is overdue', params: planParams, response: dashboardResponse },
      ({ params }) => plans.dashboard(params.id),
    );

    api.get(
      '/api/plans/:id/chair-report',
      { access: coordinate, summary: "The coordinator's report to the chair (PDF, or Markdown with format=md)", params: planParams, query: chairReportQuery },
      async ({ actor, params, query, reply }) => {
        const { plan, markdown } = await plans.chairReport(actor, params.id, query.coordinator ?? null);
        if (query.format === 'md')
          return reply.type('text/markdown; charset=utf-8').header('content-disposition', `attachment; filename="chair-report-${plan.id}.md"`).send(markdown);
        const pdf = await chairReportPdf(markdown, plan);
        return reply.type('application/pdf').header('content-disposition', `attachment; filename="chair-report-${plan.id}.pdf"`).send(pdf);
      },
    );

    api.get(
      '/api/plans/actions/:id/progress',
      { access: read, summary: 'Progress reports on an action, newest first', params: actionParams, response: progressResponse },
      ({ params }) => plans.progress(params.id),
    );

    api.post(
      '/api/plans/actions/:id/progress',
      {
        access: { permission: Permission.PlansReport },
        summary: 'Report your state’s progress on an action you act on',
        params: actionParams,
        body: progressBody,
        response: progressSchema,
        status: 201,
      },
      ({ actor, params, body }) => plans.report(actor, params.id, body),
    );
  },
};
