// The capacity-building capability: needs, offers, their matching and the assistance agreed.
import { Permission } from '../../access/permissions.js';
import type { PortalModule } from '../module.js';
import { capacityDemo } from './demo.js';
import { capacityRoutes } from './routes.js';
import { CapacityService } from './service.js';

export const capacityModule: PortalModule<{ capacity: CapacityService }> = {
  name: 'capacity',
  services: { capacity: (f, s) => new CapacityService(f.db, f.audit, s.legislation.assessments, s.surveys.surveys) },
  routes: capacityRoutes,
  demo: (ctx) => capacityDemo.seed(ctx),
  web: [{ id: 'capacity', permission: Permission.CapacityRead }],
};
