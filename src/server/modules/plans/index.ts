// The plans-of-action capability: strategies, actions, progress, the coordinator's dashboard and the chair's report.
import { Permission } from '../../access/permissions.js';
import type { PortalModule } from '../module.js';
import { plansDemo } from './demo.js';
import { plansJobs } from './jobs.js';
import { plansRoutes } from './routes.js';
import { PlansService } from './service.js';

export const plansModule: PortalModule<{ plans: PlansService }> = {
  name: 'plans',
  services: { plans: (f, s) => new PlansService(f.db, f.audit, s.members) },
  routes: plansRoutes,
  jobs: plansJobs,
  demo: (ctx) => plansDemo.seed(ctx),
  web: [{ id: 'plans', permission: Permission.PlansRead }],
};
