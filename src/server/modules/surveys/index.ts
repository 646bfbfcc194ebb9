// The surveys capability: questionnaires built, sent, answered, reviewed and published with each state's consent.
import { Permission } from '../../access/permissions.js';
import type { PortalModule } from '../module.js';
import { createSurveys, type Surveys } from './composition.js';
import { surveysDemo } from './demo.js';
import { surveysJobs } from './jobs.js';
import { surveysRoutes } from './routes.js';

export const surveysModule: PortalModule<{ surveys: Surveys }> = {
  name: 'surveys',
  services: { surveys: (f, s) => createSurveys(f.db, f.audit, f.config, s.legislation, s.notifications, s.imports) },
  routes: surveysRoutes,
  jobs: surveysJobs,
  demo: (ctx) => surveysDemo.seed(ctx),
  web: [{ id: 'surveys', permission: Permission.SurveysRead }],
};
