// The intelligence exchange capability: graded reports released under agreements, consents, RFIs and the inbox.
import { Permission } from '../../access/permissions.js';
import type { PortalModule } from '../module.js';
import { intelDemo } from './demo.js';
import { IntelExchangeService } from './exchange.js';
import { intelRoutes } from './routes.js';
import { IntelReportsService } from './service.js';

export const intelModule: PortalModule<{ intelReports: IntelReportsService; intelExchange: IntelExchangeService }> = {
  name: 'intel',
  services: {
    intelReports: (f, s) => new IntelReportsService(f.db, f.audit, s.networks),
    intelExchange: (f, s) => new IntelExchangeService(f.db, f.audit, s.intelReports, s.agreements, s.members, s.notifications),
  },
  routes: intelRoutes,
  demo: (ctx) => intelDemo.seed(ctx),
  web: [{ id: 'intel', permission: Permission.IntelRead }],
};
