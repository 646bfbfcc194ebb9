// The identity pages (document checks, verifications, referral and return) say everything in en, id and th: the same keys
// in each catalogue, none empty.
import { describe, expect, it } from 'vitest';
import { documentsI18n } from './i18n';
import { verificationsI18n } from '../verifications/i18n';
import { victimsI18n } from '../victims/i18n';

function keys(o: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`])).sort();
}
const leaves = (o: Record<string, unknown>): unknown[] => Object.values(o).flatMap((v) => (v && typeof v === 'object' ? leaves(v as Record<string, unknown>) : [v]));

describe.each([['documents', documentsI18n], ['verifications', verificationsI18n], ['victims', victimsI18n]] as const)('%s catalogue', (_name, catalogue) => {
  it('has the same keys in Bahasa Indonesia and Thai as in English', () => {
    expect(keys(catalogue.id)).toEqual(keys(catalogue.en));
    expect(keys(catalogue.th)).toEqual(keys(catalogue.en));
  });
  it('has no empty string', () => {
    for (const lang of ['en', 'id', 'th'] as const) expect(leaves(catalogue[lang]).every((v) => typeof v === 'string' && v.trim() !== '')).toBe(true);
  });
});
