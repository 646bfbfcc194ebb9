// The intelligence exchange entry: officers, analysts and focal points with a clearance in force (the server decides).
import { lazy } from 'react';
import type { Feature } from '../../app/features';
import { intelI18n } from './i18n';

export const intelFeature: Feature = {
  id: 'intel',
  order: 90,
  path: '/intel',
  navLabel: 'nav',
  component: lazy(() => import('./IntelPage')),
  i18n: intelI18n,
};
