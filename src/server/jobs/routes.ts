// Job runner API for RSO administrators: duties with their next runs and failures, recent runs, run now, re-run a failure.
import { Permission } from '../access/permissions.js';
import { actorOf } from '../http/context.js';
import type { ModuleRoutes } from '../modules/module.js';
import { enqueuedResponse, jobsResponse, nameParams, okResponse, runParams, runsQuery, runsResponse } from './schemas.js';

export const jobsRoutes: ModuleRoutes = {
  register(app, { services }) {
    const tags = ['jobs'];
    const access = { permission: Permission.JobsManage };
    const jobs = services.jobsAdmin;

    app.get(
      '/api/admin/jobs',
      {
        config: { access },
        schema: {
          tags,
          summary: 'Every duty of the job runner: schedule, next run, counts and last failure; and whether this instance runs jobs',
          response: { 200: jobsResponse },
        },
      },
      async () => jobs.overview(),
    );

    app.get(
      '/api/admin/jobs/runs',
      {
        config: { access },
        schema: { tags, summary: 'Recent job runs, newest first (by duty and state)', querystring: runsQuery, response: { 200: runsResponse } },
      },
      async (req) => jobs.runs(req.query),
    );

    app.post(
      '/api/admin/jobs/:name/run',
      {
        config: { access },
        schema: { tags, summary: 'Run a duty now (it also keeps its schedule)', params: nameParams, response: { 202: enqueuedResponse } },
      },
      async (req, reply) => reply.status(202).send(await jobs.runNow(actorOf(req), req.params.name)),
    );

    app.post(
      '/api/admin/jobs/runs/:id/retry',
      {
        config: { access },
        schema: { tags, summary: 'Run a failed job again', params: runParams, response: { 200: okResponse } },
      },
      async (req) => jobs.retry(actorOf(req), req.params.id),
    );
  },
};
