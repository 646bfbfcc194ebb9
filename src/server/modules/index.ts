// Every capability the portal serves: the one list to touch when adding one. The order is the demo seeding order
// (services are built on first use, so it does not constrain which module uses which).

import { authModule } from '../auth/module.js';
import { importsModule } from '../imports/module.js';
import { jobsModule } from '../jobs/index.js';
import { accountsModule } from './accounts/index.js';
import { agreementsModule } from './agreements/index.js';
import { alertsModule } from './alerts/index.js';
import { auditModule } from './audit/index.js';
import { capacityModule } from './capacity/index.js';
import { directoryModule } from './directory/index.js';
import { documentsModule } from './documents/index.js';
import { flowsModule } from './flows/index.js';
import { groupsModule } from './groups/index.js';
import { identityModule } from './identity/index.js';
import { intelModule } from './intel/index.js';
import { legislationModule } from './legislation/index.js';
import { membersModule } from './members/index.js';
import { networksModule } from './networks/index.js';
import { notificationsModule } from './notifications/index.js';
import { plansModule } from './plans/index.js';
import { publicModule } from './public/index.js';
import { surveysModule } from './surveys/index.js';
import { systemModule } from './system/index.js';
import { verificationsModule } from './verifications/index.js';
import { victimsModule } from './victims/index.js';

export const modules = [
  systemModule,
  authModule,
  importsModule,
  membersModule,
  accountsModule,
  auditModule,
  directoryModule,
  agreementsModule,
  plansModule,
  intelModule,
  alertsModule,
  notificationsModule,
  networksModule,
  groupsModule,
  legislationModule,
  flowsModule,
  surveysModule,
  capacityModule,
  publicModule,
  documentsModule,
  identityModule,
  verificationsModule,
  victimsModule,
  jobsModule,
] as const;
