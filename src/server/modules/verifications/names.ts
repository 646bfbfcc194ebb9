// Names in any script: which script a name is written in, and its Latin transliteration for officers who do not read it.
import anyAscii from 'any-ascii';

const SCRIPTS = [
  'Latin',
  'Arabic',
  'Thai',
  'Sinhala',
  'Tamil',
  'Devanagari',
  'Bengali',
  'Myanmar',
  'Khmer',
  'Lao',
  'Han',
  'Hangul',
  'Hiragana',
  'Katakana',
  'Cyrillic',
  'Gurmukhi',
  'Gujarati',
  'Malayalam',
  'Telugu',
  'Kannada',
  'Tibetan',
  'Mongolian',
  'Georgian',
  'Armenian',
  'Hebrew',
  'Greek',
  'Ethiopic',
  'Thaana',
] as const;
const PATTERNS = SCRIPTS.map((s) => [s, new RegExp(`\\p{Script=${s}}`, 'gu')] as const);

/** The script most of the name's letters are written in ('Common' for digits and punctuation only). */
export function scriptOf(name: string): string {
  let best = 'Common';
  let most = 0;
  for (const [script, pattern] of PATTERNS) {
    const n = name.match(pattern)?.length ?? 0;
    if (n > most) {
      best = script;
      most = n;
    }
  }
  return best;
}

/** A readable Latin form (romanisation by any-ascii); the name itself stays as written. */
export function latinOf(name: string): string {
  return anyAscii(name).replace(/\s+/g, ' ').trim();
}
