// The public site: what anyone may see without signing in (statements, published survey results, coverage, committees).
import { lazy } from 'react';
import type { Feature } from '../../app/features';
import { publicI18n } from './i18n';

export const publicFeature: Feature = {
  id: 'public',
  order: 110,
  path: '/public',
  navLabel: 'nav',
  component: lazy(() => import('./PublicPage')),
  i18n: publicI18n,
  public: true,
};
