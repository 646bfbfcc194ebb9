// The job runner's admin page: RSO administrators see each duty, its next run and failures, and run jobs again.
import { lazy } from 'react';
import type { Feature } from '../../app/features';
import { jobsI18n } from './i18n';

export const jobsFeature: Feature = {
  id: 'jobs',
  path: '/admin/jobs',
  navLabel: 'nav',
  component: lazy(() => import('./JobsPage')),
  i18n: jobsI18n,
  visible: (user) => user.roles.includes('admin'),
  section: 'admin',
};
