// The accounts capability: accounts, roles, vouched clearances and organisations.
import type { PortalModule } from '../module.js';
import { accountsJobs } from './jobs.js';
import { accountsRoutes } from './routes.js';
import { AccountsService } from './service.js';

export const accountsModule: PortalModule<{ accounts: AccountsService }> = {
  name: 'accounts',
  services: { accounts: (f) => new AccountsService(f.db, f.audit, f.secrets) },
  routes: accountsRoutes,
  jobs: accountsJobs,
};
