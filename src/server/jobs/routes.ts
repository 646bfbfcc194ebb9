// Job runner API for RSO administrators: duties with their next runs and failures, recent runs, run now, re-run a failure.
import { Permission } from '../access/permissions.js';
import { endpoints } from '../http/endpoint.js';
import type { ModuleRoutes } from '../modules/module.js';
import { enqueuedResponse, jobsResponse, nameParams, okResponse, runParams, runsQuery, runsResponse } from './schemas.js';

export const jobsRoutes: ModuleRoutes = {
  register(app, { services }) {
    const api = endpoints(app, ['jobs']);
    const access = { permission: Permission.JobsManage };
    const jobs = services.jobsAdmin;

    api.get(
      '/api/admin/jobs',
      {
        access,
        summary: 'Every duty of the job runner: schedule, next run, counts and last failure; and whether this instance runs jobs',
        response: jobsResponse,
      },
      () => jobs.overview(),
    );

    api.get(
      '/api/admin/jobs/runs',
      { access, summary: 'Recent job runs, newest first (by duty and state)', query: runsQuery, response: runsResponse },
      ({ query }) => jobs.runs(query),
    );

    api.post(
      '/api/admin/jobs/:name/run',
      { access, summary: 'Run a duty now (it also keeps its schedule)', params: nameParams, response: enqueuedResponse, status: 202 },
      ({ actor, params }) => jobs.runNow(actor, params.name),
    );

    api.post('/api/admin/jobs/runs/:id/retry', { access, summary: 'Run a failed job again', params: runParams, response: okResponse }, ({ actor, params }) =>
      jobs.retry(actor, params.id),
    );
  },
};
