// The verification requests entry: cleared officers, analysts and focal points of a state (the server decides who sees
// which request).
import { lazy } from 'react';
import type { Feature } from '../../app/features';
import { verificationsI18n } from './i18n';

export const verificationsFeature: Feature = {
  id: 'verifications',
  order: 140,
  path: '/verifications',
  navLabel: 'nav',
  component: lazy(() => import('./Routes')),
  i18n: verificationsI18n,
};
