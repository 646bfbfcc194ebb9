// The legislation entry: every member reads coverage, state pages and comparisons; the server decides each write.
import { lazy } from 'react';
import type { Feature } from '../../app/features';
import { legislationI18n } from './i18n';

export const legislationFeature: Feature = {
  id: 'legislation',
  order: 10,
  path: '/legislation',
  navLabel: 'nav',
  component: lazy(() => import('./Routes')),
  i18n: legislationI18n,
};
