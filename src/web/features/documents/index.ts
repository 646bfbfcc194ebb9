// The document checks entry: officers, analysts and focal points of a member state (the server decides every request).
import { lazy } from 'react';
import type { Feature } from '../../app/features';
import { documentsI18n } from './i18n';

export const documentsFeature: Feature = {
  id: 'documents',
  order: 130,
  path: '/documents',
  navLabel: 'nav',
  component: lazy(() => import('./Routes')),
  i18n: documentsI18n,
};
