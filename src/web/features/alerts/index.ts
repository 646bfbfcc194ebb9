// The regional alerts entry: officers, analysts and focal points with a clearance in force (the server decides).
import { lazy } from 'react';
import type { Feature } from '../../app/features';
import { alertsI18n } from './i18n';

export const alertsFeature: Feature = {
  id: 'alerts',
  path: '/alerts',
  navLabel: 'nav',
  component: lazy(() => import('./Routes')),
  i18n: alertsI18n,
  visible: (user) => user.state !== null && user.roles.some((r) => ['officer', 'analyst', 'focal_point'].includes(r))
    && ['restricted', 'confidential', 'secret'].includes(user.clearanceInForce),
};
