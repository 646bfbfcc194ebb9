// The surveys entry: every member sees the surveys sent to their state; coordinators build, send, review and publish.
import { lazy } from 'react';
import type { Feature } from '../../app/features';
import { surveysI18n } from './i18n';

export const surveysFeature: Feature = {
  id: 'surveys',
  order: 70,
  path: '/surveys',
  navLabel: 'nav',
  component: lazy(() => import('./Routes')),
  i18n: surveysI18n,
};
