// The shared enumerations of data/taxonomies.json (categories, scopes, topics, kinds of help), read once for every
// capability that names them: one reader instead of one per module.
import fs from 'node:fs';
import path from 'node:path';
import { dataDir } from './modules/members/reference.js';

export interface TaxonomyItem {
  id: string;
  label: string;
  /** Agreement scopes: what the scope allows, and the intelligence categories it covers. */
  kind?: 'intelligence' | 'operational' | 'legal_cooperation';
  covers?: string[];
}

export type TaxonomyName =
  | 'intelligence_categories'
  | 'agreement_scope_categories'
  | 'contact_point_topics'
  | 'modus_operandi'
  | 'alert_types'
  | 'capacity_help_kinds';

let cached: Record<TaxonomyName, { items: TaxonomyItem[] }> | null = null;

/** The items of one taxonomy, in the file's order (ids are stable; labels are English, translated by i18n/vocabulary.ts). */
export function taxonomy(name: TaxonomyName): readonly TaxonomyItem[] {
  cached ??= JSON.parse(fs.readFileSync(path.join(dataDir(), 'taxonomies.json'), 'utf8')) as Record<TaxonomyName, { items: TaxonomyItem[] }>;
  return cached[name].items;
}
