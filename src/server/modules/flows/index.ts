// The flows capability: non-nominal returns shared on reciprocity, with small-cell suppression of the regional picture.
import { Permission } from '../../access/permissions.js';
import type { PortalModule } from '../module.js';
import { flowsDemo } from './demo.js';
import { flowsRoutes } from './routes.js';
import { FlowsService } from './service.js';

export const flowsModule: PortalModule<{ flows: FlowsService }> = {
  name: 'flows',
  services: { flows: (f, s) => new FlowsService(f.db, f.audit, s.imports) },
  routes: flowsRoutes,
  demo: (ctx) => flowsDemo.seed(ctx),
  web: [{ id: 'flows', permission: Permission.FlowsAggregates }],
};
