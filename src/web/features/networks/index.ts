// The networks workbench entry: cleared analysts, officers and focal points (the server decides every request).
import { lazy } from 'react';
import type { Feature } from '../../app/features';
import { networksI18n } from './i18n';

export const networksFeature: Feature = {
  id: 'networks',
  order: 30,
  path: '/networks',
  navLabel: 'nav',
  component: lazy(() => import('./Routes')),
  i18n: networksI18n,
};
