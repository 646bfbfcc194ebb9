// The agreements entry: every member sees agreements and the matrix; focal points and the RSO record them.
import { lazy } from 'react';
import type { Feature } from '../../app/features';
import { agreementsI18n } from './i18n';

export const agreementsFeature: Feature = {
  id: 'agreements',
  order: 50,
  path: '/agreements',
  navLabel: 'nav',
  component: lazy(() => import('./Routes')),
  i18n: agreementsI18n,
};
