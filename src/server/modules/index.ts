// Every capability module the portal serves, in registration order. Add one line per module.
import type { PortalModule } from './module.js';
import { networksModule } from './networks/routes.js';
import { systemModule } from './system/routes.js';
import { authModule } from '../auth/routes.js';
import { membersModule } from './members/routes.js';
import { accountsModule } from './accounts/routes.js';
import { auditModule } from './audit/routes.js';
import { legislationModule } from './legislation/routes.js';
import { groupsModule } from './groups/routes.js';
import { directoryModule } from './directory/routes.js';
import { agreementsModule } from './agreements/routes.js';
import { plansModule } from './plans/routes.js';
import { flowsModule } from './flows/routes.js';
import { surveysModule } from './surveys/routes.js';
import { capacityModule } from './capacity/routes.js';
import { publicModule } from './public/routes.js';
import { intelModule } from './intel/routes.js';
import { alertsModule } from './alerts/routes.js';
import { notificationsModule } from './notifications/routes.js';

export const modules: PortalModule[] = [
  systemModule,
  authModule,
  membersModule,
  accountsModule,
  auditModule,
  legislationModule,
  groupsModule,
  directoryModule,
  agreementsModule,
  plansModule,
  networksModule,
  flowsModule,
  surveysModule,
  capacityModule,
  publicModule,
  intelModule,
  alertsModule,
  notificationsModule,
];
