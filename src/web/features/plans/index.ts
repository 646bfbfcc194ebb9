// The plans of action entry: every member sees plans; acting states report; coordinators follow the dashboard.
import { lazy } from 'react';
import type { Feature } from '../../app/features';
import { plansI18n } from './i18n';

export const plansFeature: Feature = {
  id: 'plans',
  order: 60,
  path: '/plans',
  navLabel: 'nav',
  component: lazy(() => import('./PlansPage')),
  i18n: plansI18n,
};
