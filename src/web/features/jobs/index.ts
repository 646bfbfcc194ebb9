// The job runner's admin page: RSO administrators see each duty, its next run and failures, and run jobs again.
import { lazy } from 'react';
import type { Feature } from '../../app/features';
import { jobsI18n } from './i18n';

export const jobsFeature: Feature = {
  id: 'jobs',
  order: 160,
  path: '/admin/jobs',
  navLabel: 'nav',
  component: lazy(() => import('./JobsPage')),
  i18n: jobsI18n,
  section: 'admin',
};
