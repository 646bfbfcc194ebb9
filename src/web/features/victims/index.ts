// The referral and return entry: cleared officers of states and member organisations (only designated ones see cases).
import { lazy } from 'react';
import type { Feature } from '../../app/features';
import { victimsI18n } from './i18n';

export const victimsFeature: Feature = {
  id: 'victims',
  path: '/victims',
  navLabel: 'nav',
  component: lazy(() => import('./Routes')),
  i18n: victimsI18n,
  visible: (user) => user.state !== null && user.clearanceInForce !== 'none' && user.roles.some((r) => ['officer', 'analyst', 'focal_point'].includes(r)),
};
