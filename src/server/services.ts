// The composition root: every capability's service, built once over one database and one audit log.
// The HTTP app and the CLI both use it, so a rule lives in one service whichever door it is reached by.
import type { Config } from './config.js';
import type { Db } from './db/index.js';
import type { AuditLog } from './audit/log.js';
import type { AuthService } from './auth/service.js';
import { MembersService } from './modules/members/service.js';
import { AccountsService } from './modules/accounts/service.js';
import { AuditService } from './modules/audit/service.js';
import { createLegislation } from './modules/legislation/composition.js';
import { WorkingGroupsService } from './modules/groups/working-groups.js';
import { DirectoryService } from './modules/directory/service.js';
import { AgreementsService } from './modules/agreements/service.js';
import { PlansService } from './modules/plans/service.js';
import { NetworksService } from './modules/networks/service.js';
import { FlowsService } from './modules/flows/service.js';
import { createSurveysCapacityPublic } from './modules/surveys/composition.js';
import { createIntelAndAlerts } from './modules/intel/composition.js';

export interface Foundation {
  db: Db;
  audit: AuditLog;
  config: Config;
  auth: AuthService;
}

export function createServices(f: Foundation) {
  const members = new MembersService(f.db, f.audit);
  const accounts = new AccountsService(f.db, f.audit);
  const auditTrail = new AuditService(f.db, f.audit);
  const legislation = createLegislation(f.db, f.audit);
  const directory = new DirectoryService(f.db, f.audit, members);
  const agreements = new AgreementsService(f.db, f.audit, members, directory);
  const plans = new PlansService(f.db, f.audit, members);
  const groups = new WorkingGroupsService(f.db, f.audit, plans);
  const networks = new NetworksService(f.db, f.audit);
  const flows = new FlowsService(f.db, f.audit);
  const { notifications, intelReports, intelExchange, alerts, watchlists } = createIntelAndAlerts(f, { agreements, members, networks });
  const { surveys, capacity, publicSite } = createSurveysCapacityPublic(f, { legislation, groups, directory });
  return { ...f, surveys, capacity, publicSite, notifications, intelReports, intelExchange, alerts, watchlists, networks, groups, members, accounts, auditTrail, directory, agreements, plans, legislation, flows };
}

export type Services = ReturnType<typeof createServices>;
