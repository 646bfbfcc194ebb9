// The referral and return capability: victims of trafficking (and verified nationals) returned home through the home
// state's mission with their consent; only the parties' designated officers see a case; erased after its retention.
import { Permission } from '../../access/permissions.js';
import type { PortalModule } from '../module.js';
import { victimsDemo } from './demo.js';
import { victimsRoutes } from './routes.js';
import { VictimsService } from './service.js';

export const victimsModule: PortalModule<{ victims: VictimsService }> = {
  name: 'victims',
  services: {
    victims: (f, s) => new VictimsService(f.db, f.audit, s.designations, s.agreements, s.members, s.verifications, s.flows.victims, s.notifications),
  },
  routes: victimsRoutes,
  demo: victimsDemo,
  jobs: ({ services }) => [
    {
      name: 'victims.erase',
      description: 'Erase referral and return cases past their retention period, leaving an audit trace without personal data',
      schedule: '30 2 * * *',
      run: ({ now }) => services.victims.erase(now),
    },
  ],
  web: [{ id: 'victims', permission: Permission.VictimsRead }],
};
