// The document checks entry: officers, analysts and focal points of a member state (the server decides every request).
import { lazy } from 'react';
import type { Feature } from '../../app/features';
import { documentsI18n } from './i18n';

export const documentsFeature: Feature = {
  id: 'documents',
  path: '/documents',
  navLabel: 'nav',
  component: lazy(() => import('./Routes')),
  i18n: documentsI18n,
  visible: (user) => user.state !== null && user.organisation.kind === 'state_agency' && user.roles.some((r) => ['officer', 'analyst', 'focal_point'].includes(r)),
};
