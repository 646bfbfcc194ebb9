// The referral and return entry: cleared officers of states and member organisations (only designated ones see cases).
import { lazy } from 'react';
import type { Feature } from '../../app/features';
import { victimsI18n } from './i18n';

export const victimsFeature: Feature = {
  id: 'victims',
  order: 150,
  path: '/victims',
  navLabel: 'nav',
  component: lazy(() => import('./Routes')),
  i18n: victimsI18n,
};
