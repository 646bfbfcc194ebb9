// The agreement scope categories and intelligence categories of data/taxonomies.json, and which scope covers which category.
import { taxonomy } from '../../taxonomies.js';

export interface ScopeCategory {
  id: string;
  label: string;
  kind: 'intelligence' | 'operational' | 'legal_cooperation';
  covers: string[];
}

export interface Taxonomy {
  scopes: ScopeCategory[];
  intelligenceCategories: { id: string; label: string }[];
}

let cached: Taxonomy | null = null;

export function agreementTaxonomy(): Taxonomy {
  cached ??= {
    scopes: taxonomy('agreement_scope_categories').map((s) => ({ id: s.id, label: s.label, kind: s.kind ?? 'intelligence', covers: s.covers ?? [] })),
    intelligenceCategories: taxonomy('intelligence_categories').map((c) => ({ id: c.id, label: c.label })),
  };
  return cached;
}

export function isScope(id: string): boolean {
  return agreementTaxonomy().scopes.some((s) => s.id === id);
}

export function scopeLabel(id: string): string {
  return agreementTaxonomy().scopes.find((s) => s.id === id)?.label ?? id;
}

/**
 * The scope ids under which `category` may be exchanged: an intelligence category is carried by every scope
 * whose `covers` lists it; a scope id names itself. Empty when the category is unknown.
 */
export function scopesCovering(category: string): string[] {
  const { scopes, intelligenceCategories } = agreementTaxonomy();
  const result = new Set<string>();
  if (intelligenceCategories.some((c) => c.id === category)) for (const s of scopes) if (s.covers.includes(category)) result.add(s.id);
  if (scopes.some((s) => s.id === category)) result.add(category);
  return [...result];
}

export function isKnownCategory(category: string): boolean {
  const { scopes, intelligenceCategories } = agreementTaxonomy();
  return scopes.some((s) => s.id === category) || intelligenceCategories.some((c) => c.id === category);
}
