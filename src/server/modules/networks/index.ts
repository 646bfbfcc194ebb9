// The criminal networks capability: the catalogue with provenance, import/export, matching and link analysis.
import { Permission } from '../../access/permissions.js';
import type { PortalModule } from '../module.js';
import { networksDemo } from './demo.js';
import { networksRoutes } from './routes.js';
import { NetworksService } from './service.js';

export const networksModule: PortalModule<{ networks: NetworksService }> = {
  name: 'networks',
  services: { networks: (f, s) => new NetworksService(f.db, f.audit, s.imports) },
  routes: networksRoutes,
  demo: (ctx) => networksDemo.seed(ctx),
  web: [{ id: 'networks', permission: Permission.NetworksRead }],
};
