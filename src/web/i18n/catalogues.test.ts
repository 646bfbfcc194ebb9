// Every catalogue of the app says everything in English, Bahasa Indonesia and Thai: no key missing (tsc checks that
// too), no empty string, and no English left standing in the other two languages.
import { describe, expect, it } from 'vitest';
import { formI18n } from '../components/form-i18n';
import type { Catalogue } from './catalogue';
import { core } from './core';

const catalogues: Record<string, Catalogue> = { core, form: formI18n };
for (const [file, module] of Object.entries(import.meta.glob<Record<string, unknown>>('../features/*/*I18n.ts', { eager: true })).concat(
  Object.entries(import.meta.glob<Record<string, unknown>>('../features/*/i18n.ts', { eager: true })),
)) {
  for (const [name, value] of Object.entries(module)) if (name.endsWith('I18n')) catalogues[`${file}:${name}`] = value as Catalogue;
}

function leaves(o: unknown, prefix = ''): [string, string][] {
  if (typeof o === 'string') return [[prefix, o]];
  return Object.entries(o as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

/** Words Bahasa Indonesia uses as they are (Latin, loanwords, product names). */
const SAME_IN_INDONESIAN = new Set(['Modus operandi', 'Data (CSV)', 'demo', 'FollowTheMoney JSON Lines']);

/** Words that are the same in every language: codes, acronyms, names, numbers and formats. */
function sameInEveryLanguage(text: string): boolean {
  if (SAME_IN_INDONESIAN.has(text)) return true;
  const words = text
    .replace(/\{\{[^}]+\}\}/g, '')
    .replace(/<\/?\d+>/g, '')
    .trim();
  if (words === '') return true;
  // Acronyms, codes, file formats, digits and punctuation only (UNTOC, ISO3, CSV, A-F, 1-6, 4x4, (%)).
  return /^[\p{Lu}\d\s.,:;()/%+×x–—\-→←·'"…#@&*=<>!?[\]]*$/u.test(words) || (/^(?:[A-Z][A-Za-z]*\.?\s?)+$/.test(words) && words.length <= 12);
}

describe.each(Object.entries(catalogues))('%s', (_name, catalogue) => {
  const en = new Map(leaves(catalogue.en));
  it.each(['id', 'th'] as const)('has every English key in %s, none empty', (lang) => {
    const other = new Map(leaves(catalogue[lang]));
    const missing = [...en.keys()].filter((k) => !other.has(k) && !/_(zero|one|two|few|many)$/.test(k));
    expect(missing).toEqual([]);
    expect([...other.entries()].filter(([k, v]) => v.trim() === '' && en.get(k)?.trim() !== '').map(([k]) => k)).toEqual([]);
  });
  it.each(['id', 'th'] as const)('leaves no English standing in %s', (lang) => {
    const other = new Map(leaves(catalogue[lang]));
    const copied = [...en.entries()].filter(([k, v]) => other.get(k) === v && !sameInEveryLanguage(v)).map(([k, v]) => `${k}: ${v}`);
    expect(copied).toEqual([]);
  });
});
