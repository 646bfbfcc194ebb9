// The directory capability: national committees, contact points and liaison officers.
import { Permission } from '../../access/permissions.js';
import type { PortalModule } from '../module.js';
import { directoryDemo } from './demo.js';
import { directoryJobs } from './jobs.js';
import { directoryRoutes } from './routes.js';
import { DirectoryService } from './service.js';

export const directoryModule: PortalModule<{ directory: DirectoryService }> = {
  name: 'directory',
  services: { directory: (f, s) => new DirectoryService(f.db, f.audit, s.members) },
  routes: directoryRoutes,
  jobs: directoryJobs,
  demo: (ctx) => directoryDemo.seed(ctx),
  web: [{ id: 'directory', permission: Permission.DirectoryRead }],
};
