// The legislation benchmarking capability: standards, national law, assessments, coverage and cooperation readiness.
import { Permission } from '../../access/permissions.js';
import type { PortalModule } from '../module.js';
import { createLegislation, type Legislation } from './composition.js';
import { legislationDemo } from './demo.js';
import { legislationRoutes } from './routes.js';

export const legislationModule: PortalModule<{ legislation: Legislation }> = {
  name: 'legislation',
  services: { legislation: (f) => createLegislation(f.db, f.audit) },
  routes: legislationRoutes,
  demo: (ctx) => legislationDemo.seed(ctx),
  web: [{ id: 'legislation', permission: Permission.LegislationRead }],
};
