// Signing in and out as a PortalModule: the auth service is part of the foundation (the access hook needs it first).
import type { PortalModule } from '../modules/module.js';
import { authJobs } from './jobs.js';
import { authRoutes } from './routes.js';
import type { AuthService } from './service.js';

export const authModule: PortalModule<{ auth: AuthService }> = {
  name: 'auth',
  services: { auth: (f) => f.auth },
  routes: authRoutes,
  jobs: authJobs,
};
