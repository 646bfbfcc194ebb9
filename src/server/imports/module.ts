// Import jobs as a PortalModule: one service every importing capability (networks, flows, surveys) records its imports
// with, and GET /api/imports/{id} for any of them (networks also lists its own under /api/networks/imports).
import type { PortalModule } from '../modules/module.js';
import { ImportJobs } from './jobs.js';
import { importsRoutes } from './routes.js';

export const importsModule: PortalModule<{ imports: ImportJobs }> = {
  name: 'imports',
  services: { imports: (f) => new ImportJobs(f.db) },
  routes: importsRoutes,
};
