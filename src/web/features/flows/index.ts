// The regional flows entry: officers, analysts and focal points report and read on reciprocity; policy users and the RSO read aggregates.
import { lazy } from 'react';
import type { Feature } from '../../app/features';
import { flowsI18n } from './i18n';

export const flowsFeature: Feature = {
  id: 'flows',
  order: 120,
  path: '/flows',
  navLabel: 'nav',
  component: lazy(() => import('./Routes')),
  i18n: flowsI18n,
};
