// The working-groups entry: every signed-in user sees the groups; the server decides who reads their material.
import { lazy } from 'react';
import type { Feature } from '../../app/features';
import { groupsI18n } from './i18n';

export const groupsFeature: Feature = {
  id: 'groups',
  order: 20,
  path: '/groups',
  navLabel: 'nav',
  component: lazy(() => import('./Routes')),
  i18n: groupsI18n,
};
