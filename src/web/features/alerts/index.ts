// The regional alerts entry: officers, analysts and focal points with a clearance in force (the server decides).
import { lazy } from 'react';
import type { Feature } from '../../app/features';
import { alertsI18n } from './i18n';

export const alertsFeature: Feature = {
  id: 'alerts',
  order: 100,
  path: '/alerts',
  navLabel: 'nav',
  component: lazy(() => import('./Routes')),
  i18n: alertsI18n,
};
