// The job runner as a PortalModule: one runner per process over every module's duties, and its admin API and page.
import { Permission } from '../access/permissions.js';
import type { PortalModule } from '../modules/module.js';
import type { JobDefinition } from './definition.js';
import { jobsRoutes } from './routes.js';
import { JobRunner } from './runner.js';
import { JobsService } from './service.js';

export const jobsModule: PortalModule<{ jobs: JobRunner; jobsAdmin: JobsService }> = {
  name: 'jobs',
  services: {
    jobs: (f, s) =>
      new JobRunner(f.db, {
        intervalMs: f.config.jobsIntervalMs,
        // Read when first needed: modules/index.ts lists this module, so it is imported late to keep the import graph acyclic.
        definitions: async () => {
          const { modules } = await import('../modules/index.js');
          return modules.flatMap((m): readonly JobDefinition[] => m.jobs?.({ services: s, config: f.config }) ?? []);
        },
      }),
    jobsAdmin: (f, s) => new JobsService(f.db, f.audit, s.jobs),
  },
  routes: jobsRoutes,
  web: [{ id: 'jobs', permission: Permission.JobsManage }],
};
