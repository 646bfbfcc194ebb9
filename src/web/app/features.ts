// Every capability's part of the app: its pages, its place in the navigation, and its translations.
// Add one line per capability to `features` (see features/README.md).
import type { ComponentType, LazyExoticComponent } from 'react';
import type { UserView } from '../../server/auth/view';
import type { Catalogue } from '../i18n';
import { networksFeature } from '../features/networks';
import { directoryFeature } from '../features/directory';
import { agreementsFeature } from '../features/agreements';
import { plansFeature } from '../features/plans';
import { publicFeature } from '../features/public';
import { groupsFeature } from '../features/groups';
import { legislationFeature } from '../features/legislation';
import { intelFeature } from '../features/intel';
import { alertsFeature } from '../features/alerts';
import { surveysFeature } from '../features/surveys';
import { capacityFeature } from '../features/capacity';
import { flowsFeature } from '../features/flows';
import { documentsFeature } from '../features/documents';
import { verificationsFeature } from '../features/verifications';
import { victimsFeature } from '../features/victims';
import { jobsFeature } from '../features/jobs';

export interface Feature {
  /** Also the i18n namespace of the feature's catalogue. */
  id: string;
  /** Mount point; the feature's component does its own sub-routes below it. */
  path: string;
  /** i18n key of the navigation label, in the feature's namespace (e.g. 'nav'). */
  navLabel: string;
  component: LazyExoticComponent<ComponentType> | ComponentType;
  i18n: Catalogue;
  /** Whether this user sees the feature in the navigation (the server still decides every request). */
  visible?: (user: UserView) => boolean;
  /** Public features render without signing in (the public site). */
  public?: boolean;
  section?: 'main' | 'admin';
}

export const features: Feature[] = [
  legislationFeature,
  groupsFeature,
  networksFeature,
  directoryFeature,
  agreementsFeature,
  plansFeature,
  surveysFeature,
  capacityFeature,
  intelFeature,
  alertsFeature,
  publicFeature,
  flowsFeature,
  documentsFeature,
  verificationsFeature,
  victimsFeature,
  jobsFeature,
];
