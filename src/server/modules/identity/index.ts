// Identity and return, the part the other identity capabilities share: the officers a focal point designates to answer
// verification requests and to work referral and return cases.
import type { PortalModule } from '../module.js';
import { identityDemo } from './demo.js';
import { identityRoutes } from './routes.js';
import { DesignationsService } from './service.js';

export const identityModule: PortalModule<{ designations: DesignationsService }> = {
  name: 'identity',
  services: { designations: (f) => new DesignationsService(f.db, f.audit) },
  routes: identityRoutes,
  demo: identityDemo,
};
