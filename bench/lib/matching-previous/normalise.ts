// Frozen copy of the matcher as it stood before issue 13 (commit 49071fa), kept as the bench's "previous scorer" baseline.
// Normalisation for cross-matching: any script to Latin, phonetic keys of name tokens, documents, phones, IMO/MMSI.
//
// Transliteration uses `any-ascii` (ISC, no dependencies, engines node >=12.20, releases through 2025-2026):
// one table-driven function covering every Unicode script we meet in the region (Arabic, Persian, Urdu,
// Tamil, Sinhala, Burmese, Thai, Devanagari, Bengali, Han, Hangul, Cyrillic, Vietnamese diacritics). The
// alternative `transliteration` covers fewer scripts with a single pinyin-centred table, and ICU
// transforms are not exposed by Node. any-ascii does not restore vowels that abjads (Arabic script) and
// abugidas (Thai, Tamil, Burmese...) leave implicit, so names from those scripts are compared on a
// consonant skeleton (see `skeleton`), which is exactly what such a script records.
import anyAscii from 'any-ascii';
// The members' calling codes are reference data, not part of the frozen matcher: the baseline reads the project's table.
import { callingCodeByIso3 } from '../../../src/server/modules/networks/matching/calling-codes';

/** How a name was written, which decides how much of its spelling can be trusted. */
export type ScriptFamily = 'latin' | 'abjad' | 'abugida' | 'syllabic-han' | 'other';

export interface NameToken {
  /** Folded Latin spelling: vowels reduced to three classes, digraphs and double letters collapsed. */
  key: string;
  /** Consonant classes only: what survives any transliteration, script or Latin. */
  skeleton: string;
}

export interface NormalisedName {
  original: string;
  latin: string;
  script: ScriptFamily;
  tokens: NameToken[];
}

const abjadPattern = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;
const abugidaPattern =
  /[\p{Script=Tamil}\p{Script=Sinhala}\p{Script=Myanmar}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Tibetan}]/u;
const syllabicPattern = /[\p{Script=Han}\p{Script=Hangul}]/u;
const nonLatinLetter = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;

export function detectScript(text: string): ScriptFamily {
  if (abjadPattern.test(text)) return 'abjad';
  if (abugidaPattern.test(text)) return 'abugida';
  if (syllabicPattern.test(text)) return 'syllabic-han';
  return nonLatinLetter.test(text) ? 'other' : 'latin';
}

// The Arabic article is written joined to the word ("الرحمن"); Latin records write it apart or drop it.
const arabicArticle = /(^|[\s-])ال(?=\p{Script=Arabic}{2,})/gu;
// Chinese and Korean names are family name first, given name after, usually as one Latin word.
const syllabicRun = /[\p{Script=Han}\p{Script=Hangul}]+/gu;

/** Any script to lowercase ASCII Latin, keeping word boundaries. */
export function transliterate(text: string): string {
  const withoutArticle = text.replace(arabicArticle, '$1');
  const splitSyllabic = withoutArticle.replace(syllabicRun, (run) =>
    run.length > 1 ? ` ${anyAscii(run[0] ?? '')} ${anyAscii(run.slice(1))} ` : ` ${anyAscii(run)} `,
  );
  return anyAscii(splitSyllabic).toLowerCase();
}

const particles = new Set(['bin', 'ibn', 'bint', 'binti', 'bte', 'bt', 'al', 'el', 'ul', 'ad', 'ud', 'ar', 'as', 'so', 'do', 'wo']);
const abbreviations: Readonly<Record<string, string>> = { md: 'mohammad', mohd: 'mohammad', muhd: 'muhammad' };
const abdPrefix = /^abd(?:ul|el|al|ur|ar|ud|us|un|u)?(.{3,})$/;

/** Lowercase Latin words of a name, particles dropped, "abd al X" forms joined into one token. */
export function nameWords(latin: string): string[] {
  const words: string[] = [];
  for (const raw of latin.replace(/['`\u02bb\u02bc]/g, '').split(/[\s,.;:/()]+/)) {
    if (!raw) continue;
    const parts = raw
      .split('-')
      .map((p) => p.replace(/[^a-z]/g, ''))
      .filter(Boolean);
    const kept = parts.filter((p, i) => !(i < parts.length - 1 && particles.has(p)));
    const word = kept.join('');
    if (word.length < 2 || particles.has(word)) continue;
    words.push(abbreviations[word] ?? word);
  }
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const next = words[i + 1];
    if ((word === 'abd' || word === 'bd' || /^abd(ul|el|al|ur|u)$/.test(word)) && next) {
      joined.push(`abd${next}`);
      i++;
      continue;
    }
    const prefixed = abdPrefix.exec(word);
    joined.push(prefixed ? `abd${prefixed[1]}` : word);
  }
  return joined;
}

const vowelClass: Readonly<Record<string, string>> = { a: 'a', e: 'a', i: 'i', o: 'u', u: 'u' };

/** Folded spelling of one Latin word: the transliteration variants of one name give the same or a near key. */
export function phoneticKey(word: string): string {
  let s = word
    .replace(/ph/g, 'f')
    .replace(/kh/g, 'k')
    .replace(/gh/g, 'g')
    .replace(/sch|sh/g, 'x')
    .replace(/tch|ch/g, 'c')
    .replace(/th/g, 't')
    .replace(/dh/g, 'd')
    .replace(/ck|q/g, 'k')
    .replace(/ee|ie|ea/g, 'i')
    .replace(/oo|ou/g, 'u')
    // y and w are vowels when no vowel follows them ("Hussayn", "rhymy" from Persian).
    .replace(/(?<=.)y(?![aeiou])/g, 'i')
    .replace(/(?<=[aeiou])w(?![aeiou])/g, 'u');
  let out = '';
  let lastWasVowel = false;
  for (const ch of s) {
    const folded = vowelClass[ch];
    // A run of vowels keeps the class of its first vowel; a doubled consonant counts once.
    if (folded) {
      if (!lastWasVowel) out += folded;
      lastWasVowel = true;
    } else {
      if (ch !== out[out.length - 1]) out += ch;
      lastWasVowel = false;
    }
  }
  s = out.replace(/(?<=[aiu])h$/, '');
  return s;
}

const consonantClass: Readonly<Record<string, string>> = {
  b: 'p',
  p: 'p',
  d: 't',
  t: 't',
  g: 'k',
  k: 'k',
  c: 's',
  x: 's',
  s: 's',
  z: 's',
  j: 'j',
  f: 'f',
  v: 'f',
  l: 'l',
  r: 'r',
  m: 'm',
  n: 'n',
  h: 'h',
};

/** Consonant classes of a key, vowels and semivowels dropped: what an abjad or abugida spelling records. */
export function skeleton(key: string): string {
  let out = '';
  for (const ch of key) {
    const folded = consonantClass[ch];
    if (folded && folded !== out[out.length - 1]) out += folded;
  }
  return out;
}

export function normaliseName(original: string): NormalisedName {
  const latin = transliterate(original.normalize('NFC'));
  const tokens = nameWords(latin).map((word) => {
    const key = phoneticKey(word);
    return { key, skeleton: skeleton(key) };
  });
  return { original, latin: latin.replace(/\s+/g, ' ').trim(), script: detectScript(original), tokens };
}

/** Passport and identity numbers: letters and digits only, uppercase. */
export function normaliseDocumentNumber(number: string): string {
  return anyAscii(number)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}

/**
 * E.164-ish phone number: "+" and digits. A number written nationally (trunk "0" or no prefix) gets the calling
 * code of `countryIso3` when we know it; otherwise its bare digits are returned, still comparable.
 */
export function normalisePhone(phone: string, countryIso3?: string): string {
  const trimmed = anyAscii(phone).trim();
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length < 5) return '';
  if (trimmed.startsWith('+')) return `+${digits}`;
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  const code = countryIso3 ? callingCodeByIso3[countryIso3.toUpperCase()] : undefined;
  if (!code) return digits;
  if (digits.startsWith(code) && digits.length > 10) return `+${digits}`;
  return `+${code}${digits.replace(/^0+/, '')}`;
}

/** IMO ship number, 7 digits whose last is a check digit; null when the number is not a valid IMO number. */
export function normaliseImo(imo: string): string | null {
  const digits = imo.replace(/\D/g, '');
  if (digits.length !== 7) return null;
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += Number(digits[i]) * (7 - i);
  return sum % 10 === Number(digits[6]) ? digits : null;
}

/** MMSI, 9 digits; null otherwise. */
export function normaliseMmsi(mmsi: string): string | null {
  const digits = mmsi.replace(/\D/g, '');
  return digits.length === 9 ? digits : null;
}

export interface BirthDate {
  year: number;
  /** 0 when unknown. */
  month: number;
  /** 0 when unknown. */
  day: number;
}

/** "1984-03-02", "1984-03", "1984", "02/03/1984" (day first, as most member states write it). */
export function parseBirthDate(text: string | undefined): BirthDate | null {
  if (!text) return null;
  const iso = /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$/.exec(text.trim());
  const dayFirst = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text.trim());
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2] ?? 0), Number(iso[3] ?? 0)]
    : dayFirst
      ? [Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])]
      : [0, 0, 0];
  if (year < 1900 || year > 2100 || month > 12 || day > 31) return null;
  return { year, month, day: month ? day : 0 };
}
