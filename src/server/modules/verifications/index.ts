// The verification capability: one state asks another to verify a person's identity and nationality; the requested
// state's designated officers answer with evidence, in time (reminders, and a dashboard of time to answer).
import { Permission } from '../../access/permissions.js';
import type { PortalModule } from '../module.js';
import { verificationsDemo } from './demo.js';
import { verificationsRoutes } from './routes.js';
import { VerificationsService } from './service.js';

export const verificationsModule: PortalModule<{ verifications: VerificationsService }> = {
  name: 'verifications',
  services: { verifications: (f, s) => new VerificationsService(f.db, f.audit, s.designations, s.agreements, s.members, s.notifications, s.networks) },
  routes: verificationsRoutes,
  demo: verificationsDemo,
  jobs: ({ services }) => [
    {
      name: 'verifications.reminders',
      description: 'Remind the requested state as a verification deadline nears, and both states when it has passed',
      schedule: '15 * * * *',
      run: ({ now }) => services.verifications.remind(now),
    },
  ],
  web: [{ id: 'verifications', permission: Permission.VerificationsRead }],
};
