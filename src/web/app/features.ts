// Every capability's part of the app: its pages, its place in the navigation, and its translations.
// Found by convention: each src/web/features/<id>/index.ts exports one Feature (see features/README.md); nothing to list here.
import type { ComponentType, LazyExoticComponent } from 'react';
import type { Catalogue } from '../i18n';

export interface Feature {
  /** Also the i18n namespace of the feature's catalogue. */
  id: string;
  /** Mount point; the feature's component does its own sub-routes below it. */
  path: string;
  /** i18n key of the navigation label, in the feature's namespace (e.g. 'nav'). */
  navLabel: string;
  component: LazyExoticComponent<ComponentType> | ComponentType;
  i18n: Catalogue;
  /** Place in the navigation (ascending). Who sees it is the server's answer: the session's `features` list. */
  order: number;
  /** Public features render without signing in (the public site). */
  public?: boolean;
  section?: 'main' | 'admin';
}

const isFeature = (x: unknown): x is Feature =>
  typeof x === 'object' && x !== null && typeof (x as Feature).id === 'string' && typeof (x as Feature).path === 'string' && 'component' in x;

const found = import.meta.glob<Record<string, unknown>>('../features/*/index.ts', { eager: true });

export const features: Feature[] = Object.values(found)
  .flatMap((exports) => Object.values(exports).filter(isFeature))
  .sort((a, b) => a.order - b.order);
