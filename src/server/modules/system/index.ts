// The system capability: health, instance facts and the database's upkeep.
import type { PortalModule } from '../module.js';
import { systemJobs } from './jobs.js';
import { systemRoutes } from './routes.js';
import { SystemService } from './service.js';

export const systemModule: PortalModule<{ system: SystemService }> = {
  name: 'system',
  services: { system: (f) => new SystemService(f.db) },
  routes: systemRoutes,
  jobs: systemJobs,
};
