// The agreements capability: agreements between member states and the check the intelligence exchange relies on.
import { Permission } from '../../access/permissions.js';
import type { PortalModule } from '../module.js';
import { agreementsDemo } from './demo.js';
import { agreementsRoutes } from './routes.js';
import { AgreementsService } from './service.js';

export const agreementsModule: PortalModule<{ agreements: AgreementsService }> = {
  name: 'agreements',
  services: { agreements: (f, s) => new AgreementsService(f.db, f.audit, s.members, s.directory) },
  routes: agreementsRoutes,
  demo: (ctx) => agreementsDemo.seed(ctx),
  web: [{ id: 'agreements', permission: Permission.AgreementsRead }],
};
