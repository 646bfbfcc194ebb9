// The system capability: health and instance facts.
import type { PortalModule } from '../module.js';
import { systemRoutes } from './routes.js';
import { SystemService } from './service.js';

export const systemModule: PortalModule<{ system: SystemService }> = {
  name: 'system',
  services: { system: (f) => new SystemService(f.db) },
  routes: systemRoutes,
};
