// How alike two names are once normalised: Jaro-Winkler on tokens, order-free weighted token-set alignment.
import type { NameToken, NormalisedName } from './normalise';

// Reused match flags: Jaro-Winkler runs millions of times per bench and must not allocate.
const flagsA = new Uint8Array(64);
const flagsB = new Uint8Array(64);

/** Jaro-Winkler similarity, 0..1, with the standard prefix scale 0.1 over at most 4 characters. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return a.length ? 1 : 0;
  const la = Math.min(a.length, 64);
  const lb = Math.min(b.length, 64);
  if (!la || !lb) return 0;
  const window = Math.max(0, (Math.max(la, lb) >> 1) - 1);
  flagsA.fill(0, 0, la);
  flagsB.fill(0, 0, lb);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(lb - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (!flagsB[j] && a.charCodeAt(i) === b.charCodeAt(j)) {
        flagsA[i] = 1;
        flagsB[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (!matches) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < la; i++) {
    if (!flagsA[i]) continue;
    while (!flagsB[j]) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) transpositions++;
    j++;
  }
  const jaro = (matches / la + matches / lb + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < la && prefix < lb && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/**
 * Token similarities memoised by interned token ids: names repeat (a few thousand tokens cover most of a
 * population), so a million-record run computes each token pair once. Bounded: cleared when full.
 */
const tokenIds = new Map<string, number>();
const similarities = new Map<number, number>();
const maxTokens = 1 << 20;
const maxSimilarities = 1_000_000;

function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (tokenIds.size >= maxTokens || similarities.size >= maxSimilarities) {
    tokenIds.clear();
    similarities.clear();
  }
  let ia = tokenIds.get(a);
  if (ia === undefined) tokenIds.set(a, (ia = tokenIds.size));
  let ib = tokenIds.get(b);
  if (ib === undefined) tokenIds.set(b, (ib = tokenIds.size));
  const key = ia < ib ? ia * maxTokens + ib : ib * maxTokens + ia;
  let similarity = similarities.get(key);
  if (similarity === undefined) {
    similarity = ia < ib ? jaroWinkler(a, b) : jaroWinkler(b, a);
    similarities.set(key, similarity);
  }
  return similarity;
}

/**
 * Abjads and abugidas leave vowels out, and kana adds its own, so a name written in one of them can only be
 * compared with another spelling on consonants; two Latin or Cyrillic spellings keep their folded vowels, which
 * separates "Hassan" from "Hussein", and so do Burmese and Hangul, whose romanisers write the customary spellings.
 * Chinese and Thai compare both ways: their romanisations share consonants with people's spellings more than vowels.
 */
function comparison(a: NormalisedName, b: NormalisedName): 'key' | 'skeleton' | 'both' {
  const skeletal = (s: NormalisedName['script']) => s === 'abjad' || s === 'abugida' || s === 'kana';
  if (skeletal(a.script) || skeletal(b.script)) return 'skeleton';
  // Han and Thai romanisations are close to, but not quite, the spellings people use: both comparisons.
  if (a.script === 'han' || b.script === 'han' || a.script === 'thai' || b.script === 'thai') return 'both';
  return 'key';
}

// Reused similarity matrix: token sets are compared millions of times per run and must not allocate.
const simsBuffer = new Float64Array(16 * 16);

/** First consonants that romanisations write voiced or voiceless (phonetic keys write "ch" as "c"). */
const voicingPartner: Readonly<Record<string, string>> = { b: 'p', p: 'b', d: 't', t: 'd', g: 'k', k: 'g', j: 'c', c: 'j' };

/** Left-over words at least this alike count for NEAR_CREDIT of their similarity (set on the dev split). */
const NEAR_FLOOR = 0.6;
const NEAR_CREDIT = 0.2;

/** Below this, two tokens are different names, not two spellings of one. */
const sameTokenFloor = 0.78;

function pairSimilarity(x: NameToken, y: NameToken, how: 'key' | 'skeleton' | 'both'): number {
  const sim = rawPairSimilarity(x, y, how);
  return sim >= sameTokenFloor ? sim : 0;
}

/** An equal skeleton of one consonant ("Ali" / علي, but also "Zaw" / عائشہ): evidence, not a certainty (0.9: dev split). */
const ONE_CONSONANT = 0.9;

/**
 * Consonant skeletons compared: Jaro-Winkler, except that a skeleton of one consonant only matches the same one
 * (against a longer skeleton that contains it, Jaro-Winkler alone gives 0.78 for "t" / "mtn").
 */
function skeletonSimilarity(a: string, b: string): number {
  if (a.length > 1 && b.length > 1) return tokenSimilarity(a, b);
  return a === b ? ONE_CONSONANT : 0;
}

function rawPairSimilarity(x: NameToken, y: NameToken, how: 'key' | 'skeleton' | 'both'): number {
  if (x.initial || y.initial) {
    if (x.initial && y.initial) return x.key === y.key ? 1 : 0;
    const full = x.initial ? y : x;
    return full.key[0] === (x.initial ? x : y).key[0] ? 0.9 : 0;
  }
  // Names of vowels only ("Ei", "Aye", "Oo") have no consonant to compare: equal as far as a skeleton can tell.
  if (how === 'skeleton' && !x.skeleton && !y.skeleton) return 0.85;
  let sim = 0;
  if (how !== 'skeleton') {
    const first = x.key[0] as string;
    const other = y.key[0] as string;
    if (first === other) sim = tokenSimilarity(x.key, y.key);
    // Romanisations differ in the voicing of a first consonant (McCune-Reischauer Pak, Pom, To, Cho against Revised
    // Bak, Bom, Do, Jo; Daedong / Taedong): compared as one sound, a little below an exact spelling.
    else if (voicingPartner[first] === other) sim = tokenSimilarity(x.key, other + x.key.slice(1)) * 0.95;
    // Otherwise spelling variants of one name rarely differ in their first sound ("Yong" and "Tong" are two names).
    else sim = tokenSimilarity(x.key, y.key) * 0.9;
  }
  if (how !== 'key' && x.skeleton && y.skeleton) sim = Math.max(sim, skeletonSimilarity(x.skeleton, y.skeleton) * (how === 'both' ? 0.95 : 1));
  return sim;
}

export interface NameComparison {
  similarity: number;
  /** Tokens of each name with no counterpart in the other (their keys), for the reasons. */
  unmatchedA: number;
  unmatchedB: number;
}

/**
 * Token-set similarity: the best one-to-one pairing of tokens in any order, weighted (common names weigh half,
 * initials and patronymics less). A token missing from the shorter name costs half its weight when every token of
 * that name found a counterpart (a left-out middle name), its full weight otherwise.
 */
function tokenSet(a: NameToken[], b: NameToken[], how: 'key' | 'skeleton' | 'both'): NameComparison {
  const la = Math.min(a.length, 16);
  const lb = Math.min(b.length, 16);
  if (!la || !lb) return { similarity: 0, unmatchedA: la, unmatchedB: lb };
  const sims = simsBuffer;
  for (let i = 0; i < la; i++) for (let j = 0; j < lb; j++) sims[i * lb + j] = pairSimilarity(a[i] as NameToken, b[j] as NameToken, how);
  let usedA = 0;
  let usedB = 0;
  let matched = 0;
  let matchedWeight = 0;
  let pairs = 0;
  for (let round = Math.min(la, lb); round > 0; round--) {
    let best = 0;
    let at = -1;
    for (let k = 0; k < la * lb; k++) {
      const i = (k / lb) | 0;
      const j = k % lb;
      if (usedA & (1 << i) || usedB & (1 << j)) continue;
      if ((sims[k] as number) > best) {
        best = sims[k] as number;
        at = k;
      }
    }
    if (at < 0) break;
    const i = (at / lb) | 0;
    const j = at % lb;
    usedA |= 1 << i;
    usedB |= 1 << j;
    const w = Math.max((a[i] as NameToken).weight, (b[j] as NameToken).weight) * ((a[i] as NameToken).initial || (b[j] as NameToken).initial ? 0.5 : 1);
    matched += best * w;
    matchedWeight += w;
    pairs++;
  }
  if (!pairs) return { similarity: 0, unmatchedA: la, unmatchedB: lb };
  // Both names keep a word the other lacks: two spellings too far apart to be sure of ("Pershada" / "Prasondha",
  // "Charekh" / "Sharikh") count for part of their weight rather than as two missing words.
  if (pairs < la && pairs < lb) {
    for (let round = Math.min(la, lb) - pairs; round > 0; round--) {
      let best = NEAR_FLOOR;
      let at = -1;
      for (let i = 0; i < la; i++) {
        if (usedA & (1 << i) || (a[i] as NameToken).initial) continue;
        for (let j = 0; j < lb; j++) {
          if (usedB & (1 << j) || (b[j] as NameToken).initial) continue;
          const near = rawPairSimilarity(a[i] as NameToken, b[j] as NameToken, how);
          if (near > best) {
            best = near;
            at = i * lb + j;
          }
        }
      }
      if (at < 0) break;
      const i = (at / lb) | 0;
      const j = at % lb;
      usedA |= 1 << i;
      usedB |= 1 << j;
      const w = Math.max((a[i] as NameToken).weight, (b[j] as NameToken).weight);
      matched += best * w * NEAR_CREDIT;
      matchedWeight += w;
      pairs++;
    }
  }
  const aComplete = pairs === la;
  const bComplete = pairs === lb;
  let missing = 0;
  for (let i = 0; i < la; i++) {
    if (usedA & (1 << i)) continue;
    const t = a[i] as NameToken;
    missing += t.weight * (t.optional || t.initial ? 0.25 : bComplete ? 0.5 : 1);
  }
  for (let j = 0; j < lb; j++) {
    if (usedB & (1 << j)) continue;
    const t = b[j] as NameToken;
    missing += t.weight * (t.optional || t.initial ? 0.25 : aComplete ? 0.5 : 1);
  }
  return { similarity: matched / (matchedWeight + missing), unmatchedA: la - pairs, unmatchedB: lb - pairs };
}

function merge(x: NameToken, y: NameToken): NameToken {
  const key = x.key + y.key;
  return { key, skeleton: x.skeleton + y.skeleton, weight: Math.max(x.weight, y.weight), initial: false, optional: x.optional && y.optional };
}

/**
 * Names whose words run together in one spelling ("Chae-Il" / "Jae Il", "kyawwin", "Xiaoming"): the longer name
 * is also tried with two neighbouring words joined, once or twice.
 */
function withJoinedWords(a: NameToken[], b: NameToken[], how: 'key' | 'skeleton' | 'both', latin = false): NameComparison {
  let best = tokenSet(a, b, how);
  const [short, long, longIsA] = a.length < b.length ? [a, b, false] : [b, a, true];
  if (best.similarity >= 0.95) return best;
  // The shorter name may be the one that writes apart what the longer joins ("Ahmad Jan Akhund Zada" / "Ahmad Jan
  // Akhundzada Shukoor Akhundzada", an alias on the UN list). Latin against Latin only, and names of three words or
  // more: a Burmese or Korean name of two syllables joined would meet every name starting with them (set on dev).
  if (latin && short.length >= 3 && short.length <= 4 && long.length <= 6) {
    for (let i = 0; i + 1 < short.length; i++) {
      const joined = [...short.slice(0, i), merge(short[i] as NameToken, short[i + 1] as NameToken), ...short.slice(i + 2)];
      const r = longIsA ? tokenSet(long, joined, how) : tokenSet(joined, long, how);
      if (r.similarity > best.similarity) best = r;
    }
  }
  if (long.length === short.length || long.length > 5) return best;
  for (let i = 0; i + 1 < long.length; i++) {
    const joined = [...long.slice(0, i), merge(long[i] as NameToken, long[i + 1] as NameToken), ...long.slice(i + 2)];
    const candidates = [joined];
    if (joined.length > short.length && joined.length <= 4) {
      for (let k = 0; k + 1 < joined.length; k++)
        candidates.push([...joined.slice(0, k), merge(joined[k] as NameToken, joined[k + 1] as NameToken), ...joined.slice(k + 2)]);
    }
    for (const c of candidates) {
      const r = longIsA ? tokenSet(c, short, how) : tokenSet(short, c, how);
      if (r.similarity > best.similarity) best = r;
    }
  }
  return best;
}

// Name pairs repeat across a population (the same spellings recur): comparisons are memoised on the names' ids.
const comparisons = new Map<number, NameComparison>();
const maxComparisons = 500_000;
/** Two ids below 2^26 pack into one exact float64 key. */
const idSpan = 2 ** 26;

/** Similarity of an organisation's name and its acronym ("DCB" / "Daedong Credit Bank"): likely, not certain. */
const acronymSimilarity = 0.8;

function acronymOf(name: NormalisedName): string {
  const words = name.latin.split(/[^a-z0-9]+/).filter(Boolean);
  return words.length >= 2 ? words.map((w) => w[0]).join('') : '';
}

function isAcronym(short: NormalisedName, long: NormalisedName): boolean {
  const word = short.latin.split(/[^a-z0-9]+/).filter(Boolean);
  return word.length === 1 && (word[0] as string).length >= 2 && (word[0] as string).length <= 6 && acronymOf(long) === word[0];
}

function compareUnmemoised(a: NormalisedName, b: NormalisedName): NameComparison {
  const compared = withJoinedWords(a.tokens, b.tokens, comparison(a, b), a.script === 'latin' && b.script === 'latin');
  if (a.kind === 'organisation' && compared.similarity < acronymSimilarity && (isAcronym(a, b) || isAcronym(b, a))) {
    return { similarity: acronymSimilarity, unmatchedA: 0, unmatchedB: 0 };
  }
  return compared;
}

export function compareNames(a: NormalisedName, b: NormalisedName): NameComparison {
  if (a.id === undefined || b.id === undefined || a.id >= idSpan || b.id >= idSpan) return compareUnmemoised(a, b);
  const key = a.id < b.id ? a.id * idSpan + b.id : b.id * idSpan + a.id;
  let found = comparisons.get(key);
  if (!found) {
    if (comparisons.size >= maxComparisons) comparisons.clear();
    found = compareUnmemoised(a, b);
    comparisons.set(key, found);
  }
  return found;
}

export function nameSimilarity(a: NormalisedName, b: NormalisedName): number {
  return compareNames(a, b).similarity;
}

/** Best similarity over every pair of names (a record may carry aliases), with the pair that gave it. */
export function bestNamePair(
  a: readonly NormalisedName[],
  b: readonly NormalisedName[],
): { similarity: number; a: NormalisedName | null; b: NormalisedName | null; comparison: NameComparison | null } {
  let best = { similarity: 0, a: null as NormalisedName | null, b: null as NormalisedName | null, comparison: null as NameComparison | null };
  for (const na of a.slice(0, 12)) {
    for (const nb of b.slice(0, 12)) {
      const comparison = compareNames(na, nb);
      if (comparison.similarity > best.similarity || !best.a) best = { similarity: comparison.similarity, a: na, b: nb, comparison };
    }
  }
  return best;
}
