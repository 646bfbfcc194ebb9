// The directory entry: contact details are for members (observers are refused by the server, so they do not see it).
import { lazy } from 'react';
import type { Feature } from '../../app/features';
import { directoryI18n } from './i18n';

export const directoryFeature: Feature = {
  id: 'directory',
  order: 40,
  path: '/directory',
  navLabel: 'nav',
  component: lazy(() => import('./DirectoryPage')),
  i18n: directoryI18n,
};
