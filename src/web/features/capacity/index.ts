// The capacity-building entry: every member reads needs, offers and the analysis; focal points and policy officers record.
import { lazy } from 'react';
import type { Feature } from '../../app/features';
import { capacityI18n } from './i18n';

export const capacityFeature: Feature = {
  id: 'capacity',
  order: 80,
  path: '/capacity',
  navLabel: 'nav',
  component: lazy(() => import('./Routes')),
  i18n: capacityI18n,
};
