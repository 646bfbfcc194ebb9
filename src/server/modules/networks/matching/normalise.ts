// Normalisation for cross-matching: names (any script) to comparable tokens, documents, phones, IMO/MMSI, birth dates.
import anyAscii from 'any-ascii';
import { callingCodeByIso3 } from './calling-codes';
import { commonNameTokens, nameWords, stripScriptTitles } from './name-parts';
import { genericOrganisationWords, type LegalFamily, stripLegalForm, stripScriptLegalForm } from './organisation';
import { detectScript, type ScriptFamily, transliterate } from './transliterate';

export { detectScript, type ScriptFamily, transliterate };

export interface NameToken {
  /** Folded Latin spelling: vowels reduced to three classes, digraphs and double letters collapsed. */
  key: string;
  /** Consonant classes only: what survives any transliteration, script or Latin. */
  skeleton: string;
  /** How much the token counts: common given names and generic business words count less. */
  weight: number;
  /** A single letter standing for a name. */
  initial: boolean;
  /** A patronymic or a father's name: costs less when the other record leaves it out. */
  optional: boolean;
}

export type NameKind = 'person' | 'organisation';

export interface NormalisedName {
  /** Set when the name is shared through a cache (record.ts): lets comparisons of two names be memoised. */
  id?: number;
  original: string;
  latin: string;
  script: ScriptFamily;
  kind: NameKind;
  tokens: NameToken[];
  /** The organisation's legal form, folded across languages (PT, Sdn Bhd, OOO, LLC are all "limited"). */
  legalFamily: LegalFamily | null;
}

const vowelClass: Readonly<Record<string, string>> = { a: 'a', e: 'a', i: 'i', o: 'u', u: 'u' };

/** Folded spelling of one Latin word: the transliteration variants of one name give the same or a near key. */
export function phoneticKey(word: string): string {
  let s = word
    // "dz" is how Russian writes Japanese j (кадзимура Kajimura) and Polish writes a soft j.
    .replace(/dzh|zh|dj|dz/g, 'j')
    // Korean spellings: "eo" and "eu" (Revised Romanisation) are "o" and "u" in older and customary ones.
    .replace(/eo/g, 'o')
    .replace(/eu/g, 'u')
    .replace(/tch|ch/g, 'C')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/C/g, 'c')
    .replace(/ph/g, 'f')
    .replace(/kh/g, 'k')
    .replace(/gh/g, 'g')
    .replace(/sch|sh/g, 'x')
    .replace(/th/g, 't')
    .replace(/dh/g, 'd')
    // No "ck" rule: every Latin c is k or s by now, and a "ck" left is a ch before a k (ចក្រា chakra).
    .replace(/q/g, 'k')
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
  // Sibilants and affricates are one class: scripts and spellings trade them (Tamil ச s/ch, Thai จ ch/j, zh/j/ch).
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
  j: 's',
  // h is left out: scripts write it where Latin spellings do not (طاهر thr / Taher) and the other way round.
  f: 'p',
  v: 'p',
  l: 'l',
  r: 'r',
  m: 'm',
  n: 'n',
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

const organisationParticles = new Set(['al', 'el', 'ul', 'ad', 'ud', 'ar', 'as', 'at', 'az', 'de', 'du', 'la', 'le', 'of', 'the', 'and']);

// Words recur far more than whole names (a few hundred thousand distinct words in a million records): each is folded
// once and its token shared, read-only, by every name holding it, which keeps a million prepared records small.
// Bounded: cleared when full (names already built keep their tokens).
const tokens = new Map<string, NameToken>();
const maxTokens = 1 << 19;

function token(text: string, weight: number, initial = false, optional = false): NameToken {
  const id = `${text}\u0000${weight}${initial ? 'i' : ''}${optional ? 'o' : ''}`;
  let found = tokens.get(id);
  if (!found) {
    if (tokens.size >= maxTokens) tokens.clear();
    const key = initial ? text : phoneticKey(text);
    found = Object.freeze({ key, skeleton: initial ? text : skeleton(key), weight, initial, optional });
    tokens.set(id, found);
  }
  return found;
}

/** A name as written, in any script, ready to compare: Latin words, their keys and skeletons, the legal form. */
export function normaliseName(original: string, kind: NameKind = 'person'): NormalisedName {
  const text = original.normalize('NFC');
  const script = detectScript(text);
  if (kind === 'organisation') {
    // An acronym in brackets ("Daedong Credit Bank (DCB)") repeats the name; joining particles ("Lashkar-e-Toiba",
    // "Ansar al-Islam") are spelled every which way.
    const fromScript = stripScriptLegalForm(text.replace(/\(\s*[\p{Lu}\d.&\s]{2,12}\)/gu, ' '));
    const latin = transliterate(fromScript.name).replace(/&/g, ' ');
    const words = latin
      .replace(/['`]/g, '')
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 1 && !organisationParticles.has(w));
    const stripped = stripLegalForm(words);
    return {
      original,
      latin: latin.replace(/\s+/g, ' ').trim(),
      script,
      kind,
      tokens: stripped.words.map((w) => token(w, genericOrganisationWords.has(w) ? 0.3 : 1)),
      legalFamily: fromScript.family ?? stripped.family,
    };
  }
  const latin = transliterate(stripScriptTitles(text));
  const tokens = nameWords(latin).map((w) => token(w.text, commonNameTokens.has(w.text) ? 0.5 : 1, w.initial, w.optional));
  return { original, latin: latin.replace(/\s+/g, ' ').trim(), script, kind, tokens, legalFamily: null };
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
