// Blocking keys: cheap keys that put records likely to match in the same block, and the order records take inside a
// block too large to compare all to all (sorted neighbourhood).
import { hanTranscriptionKeys, latinSoundKey } from './han-keys';
import type { NormalisedName } from './normalise';
import type { PreparedRecord } from './record';

/**
 * A looser form of a token's consonant skeleton for blocking: r and l merged (kana and Korean write one for the
 * other), m and n merged, at most the first `length` consonants (spellings differ most at the end of a word).
 */
export function looseSkeleton(skeleton: string, length: number): string {
  let out = '';
  for (const ch of skeleton) {
    const c = ch === 'r' ? 'l' : ch === 'm' ? 'n' : ch;
    if (c !== out[out.length - 1]) out += c;
    if (out.length === length) break;
  }
  return out;
}

/**
 * Which pairs of a block are candidates, and how large a block may grow before it is compared by sorted
 * neighbourhood instead of all to all:
 *   any       any two of its records (names with a birth year or date, documents, phones, organisations)
 *   undated   only pairs where a record has no birth date (names-only records)
 *   whole     the same, on the whole name and nationality: allowed to grow large (see BlockIndex)
 *   stateless on the whole name, only pairs where a record has no birth date and a record has no nationality
 *   script    only pairs of a record written in Chinese characters with one that is not (han-keys.ts: the key is
 *             too coarse to pair two Latin names, and two Chinese names share their pinyin keys already)
 */
export type PairRule = 'any' | 'undated' | 'whole' | 'stateless' | 'script';

export function pairRuleOf(key: string): PairRule {
  const kind = key[1];
  return kind === 'Q' || kind === 'S' ? 'undated' : kind === 'N' ? 'whole' : kind === 'W' ? 'stateless' : kind === 'H' ? 'script' : 'any';
}

/** Whether a record has a name written in Chinese characters (the 'script' pair rule pairs it with the others). */
export function writtenInHan(record: PreparedRecord): boolean {
  return record.names.some((name) => name.script === 'han');
}

/**
 * Keys of one record. The first letter is the record type, the second the kind of key:
 *   P  two name-token skeletons (loose, 3 consonants) + birth year (survives token order, a typo late in a word,
 *      script vs Latin)
 *   T  one name-token skeleton + full birth date with day and month unordered (survives a typo in another token
 *      and a day/month swap)
 *   Q  two name-token skeletons, no year, also with two neighbouring words joined ("Yong Chol" / "Yong-Chol",
 *      "هدايت الله" / "Hidayatullah"); for a one-word name, its skeleton, its skeleton without the first consonant
 *      (Cyrillic х and Latin h: Хейдон / Heydon) and its first two consonants (katakana drops the end: ライナー / Rainer)
 *   S  one uncommon name-token skeleton
 *   N  the whole name (every token skeleton) and the nationality; W  the whole name, for records without nationality
 *   (Q, S, N and W only pair records of which at least one has no birth date: watch-list names, bare reports,
 *   aliases; a common name makes large N and W blocks, compared all to all all the same, because nothing but the
 *   name tells such records apart)
 *   H  a name word's first three sounds as Chinese transcribes them, or a Han-written foreign name's (han-keys.ts);
 *      pairs a Han-written record only with records in other scripts
 *   O  an organisation's or vessel's name token (generic business words left out), its words joined, its acronym
 *   D  document number (passport, identity card, IMO, MMSI)
 *   F  phone number
 */
export function blockingKeys(record: PreparedRecord): string[] {
  const t = record.type[0];
  const keys = new Set<string>();
  for (const document of record.documents) if (document.number.length >= 5) keys.add(`${t}D|${document.number}`);
  for (const phone of record.phones) keys.add(`${t}F|${phone}`);
  for (const name of record.names.slice(0, 4)) {
    if (record.type === 'person') personKeys(t, name, record, keys);
    else organisationKeys(t, name, keys);
  }
  return [...keys];
}

function personKeys(t: string, name: NormalisedName, record: PreparedRecord, keys: Set<string>): void {
  const dob = record.dob;
  const dayMonth = dob && dob.day ? `${Math.min(dob.day, dob.month)}-${Math.max(dob.day, dob.month)}` : '';
  const tokens = name.tokens.slice(0, 5).filter((token) => !token.initial);
  const skeletons = [...new Set(tokens.map((token) => looseSkeleton(token.skeleton, 3)).filter(Boolean))].sort();
  if (skeletons.length === 1) {
    if (dob) keys.add(`${t}P|${skeletons[0]}|${dob.year}`);
    keys.add(`${t}Q|${skeletons[0]}`);
    // A one-word name (a foreign surname in kana or Cyrillic): also its first two consonants other than r and l,
    // which katakana drops or turns into vowels (Bernstein / バーンスタイン, Alberts / アルバーツ).
    const skeleton = tokens[0]?.skeleton ?? '';
    const bare = looseSkeleton(skeleton.replace(/[rl]/g, ''), 2);
    if (bare.length === 2) keys.add(`${t}Q|~${bare}`);
    if (tokens.length === 1) {
      const tail = looseSkeleton(skeleton.slice(1), 3);
      if (tail) keys.add(`${t}Q|${tail}`);
      const head = looseSkeleton(skeleton, 2);
      if (head.length === 2) keys.add(`${t}Q|^${head}`);
    }
  }
  for (const token of tokens) {
    const full = looseSkeleton(token.skeleton, 6);
    if (token.weight >= 1 && full.length >= 2) keys.add(`${t}S|${full}`);
  }
  for (let i = 0; i < skeletons.length; i++) {
    if (dayMonth && (skeletons[i] as string).length >= 2) keys.add(`${t}T|${skeletons[i]}|${dob?.year}|${dayMonth}`);
    for (let j = i + 1; j < skeletons.length; j++) {
      if (dob) keys.add(`${t}P|${skeletons[i]}|${skeletons[j]}|${dob.year}`);
      keys.add(`${t}Q|${skeletons[i]}|${skeletons[j]}`);
    }
  }
  if (tokens.length >= 2 && tokens.length <= 4) {
    for (let i = 0; i + 1 < tokens.length; i++) {
      const joined = looseSkeleton((tokens[i]?.skeleton ?? '') + (tokens[i + 1]?.skeleton ?? ''), 3);
      if (!joined) continue;
      const others = new Set(
        tokens
          .filter((_, k) => k !== i && k !== i + 1)
          .map((token) => looseSkeleton(token.skeleton, 3))
          .filter(Boolean),
      );
      if (others.size === 0) keys.add(`${t}Q|${joined}`);
      for (const other of others) keys.add(`${t}Q|${[other, joined].sort().join('|')}`);
    }
  }
  if (skeletons.length) {
    if (record.nationality) keys.add(`${t}N|${skeletons.join('|')}|${record.nationality}`);
    keys.add(`${t}W|${skeletons.join('|')}`);
  }
  if (name.script === 'han') for (const key of hanTranscriptionKeys(name.original)) keys.add(`${t}H|${key}`);
  else
    for (const token of tokens) {
      const key = latinSoundKey(token);
      if (key.length >= 2) keys.add(`${t}H|${key}`);
    }
}

function organisationKeys(t: string, name: NormalisedName, keys: Set<string>): void {
  const words = name.tokens.slice(0, 6).filter((token) => token.weight >= 1 && token.key.length >= 2);
  for (const token of words) keys.add(`${t}O|${looseSkeleton(token.skeleton, 4) || token.key}`);
  // Words run together in one spelling and apart in another ("Namchongang" / "Nam Chon Gang").
  if (words.length >= 2) {
    const joined = looseSkeleton(words.map((token) => token.skeleton).join(''), 4);
    if (joined.length >= 2) keys.add(`${t}O|${joined}`);
  }
  // An acronym stands for the name ("DCB" / "Daedong Credit Bank (DCB)"): initials of every written word, or a
  // short single word taken as an acronym.
  const latinWords = name.latin.split(/[^a-z0-9]+/).filter(Boolean);
  const acronym = latinWords.length >= 2 ? latinWords.map((w) => w[0]).join('') : latinWords[0] && latinWords[0].length <= 5 ? latinWords[0] : '';
  if (acronym.length >= 2 && acronym.length <= 6) keys.add(`${t}O#${acronym}`);
}

/**
 * Where a record sits inside a block too large to compare all to all: records sorted by whole name (consonant
 * skeletons of its words, sorted), then nationality, then birth date, so that the spellings of one name, and then
 * one person's records, are neighbours.
 */
export function neighbourhoodKey(record: PreparedRecord): string {
  const name = record.names[0];
  const skeletons = (name?.tokens ?? [])
    .map((token) => looseSkeleton(token.skeleton, 6))
    .sort()
    .join(' ');
  const dob = record.dob ? `${record.dob.year}-${record.dob.month}-${record.dob.day}` : '';
  return `${skeletons}\u0001${record.nationality}\u0001${dob}`;
}
