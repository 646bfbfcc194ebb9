// Import jobs as a PortalModule: one service every importing capability (networks, flows, surveys) records its imports
// with; each capability serves its own imports' routes.
import type { PortalModule } from '../modules/module.js';
import { ImportJobs } from './jobs.js';

export const importsModule: PortalModule<{ imports: ImportJobs }> = {
  name: 'imports',
  services: { imports: (f) => new ImportJobs(f.db) },
};
