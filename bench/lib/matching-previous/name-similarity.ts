// Frozen copy of the matcher as it stood before issue 13 (commit 49071fa), kept as the bench's "previous scorer" baseline.
// How alike two names are once normalised: Jaro-Winkler on tokens, best token alignment, order-free.
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
const maxSimilarities = 4_000_000;

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
 * Abjads and abugidas leave vowels out, so a name written in one of them can only be compared with another
 * spelling on consonants; two Latin (or pinyin) spellings keep their folded vowels, which separates
 * "Hassan" from "Hussein".
 */
function comparesOnSkeleton(a: NormalisedName, b: NormalisedName): boolean {
  return a.script === 'abjad' || a.script === 'abugida' || b.script === 'abjad' || b.script === 'abugida';
}

function tokenText(token: NameToken, onSkeleton: boolean): string {
  return onSkeleton ? token.skeleton : token.key;
}

/** Best one-to-one alignment of tokens (greedy on the similarity matrix: names have 1 to 5 tokens). */
function alignedSimilarity(a: NameToken[], b: NameToken[], onSkeleton: boolean): number {
  const [short, long] = a.length <= b.length ? [a, b.slice(0, 30)] : [b, a.slice(0, 30)];
  if (!short.length) return 0;
  const sims: number[] = [];
  for (const s of short) for (const l of long) sims.push(tokenSimilarity(tokenText(s, onSkeleton), tokenText(l, onSkeleton)));
  let usedShort = 0;
  let usedLong = 0;
  let total = 0;
  for (let round = 0; round < short.length; round++) {
    let best = -1;
    let bestAt = -1;
    for (let k = 0; k < sims.length; k++) {
      const si = Math.floor(k / long.length);
      const li = k % long.length;
      if (usedShort & (1 << si) || usedLong & (1 << li)) continue;
      if ((sims[k] as number) > best) {
        best = sims[k] as number;
        bestAt = k;
      }
    }
    usedShort |= 1 << Math.floor(bestAt / long.length);
    usedLong |= 1 << (bestAt % long.length);
    total += best;
  }
  // A missing middle name costs a little; a lone matching given name among three costs more.
  const coverage = short.length / long.length;
  return (total / short.length) * (0.7 + 0.3 * coverage);
}

/** Names whose words run together in one script ("kyawwin") against the same name written apart. */
function concatenatedSimilarity(a: NameToken[], b: NameToken[], onSkeleton: boolean): number {
  const [single, many] = a.length === 1 ? [a, b] : b.length === 1 ? [b, a] : [null, null];
  if (!single || !many || many.length < 2) return 0;
  const one = tokenText(single[0] as NameToken, onSkeleton);
  const forward = many.map((t) => tokenText(t, onSkeleton)).join('');
  const backward = many
    .map((t) => tokenText(t, onSkeleton))
    .reverse()
    .join('');
  return Math.max(jaroWinkler(one, forward), jaroWinkler(one, backward));
}

export function nameSimilarity(a: NormalisedName, b: NormalisedName): number {
  const onSkeleton = comparesOnSkeleton(a, b);
  return Math.max(alignedSimilarity(a.tokens, b.tokens, onSkeleton), concatenatedSimilarity(a.tokens, b.tokens, onSkeleton));
}

/** Best similarity over every pair of names (a record may carry aliases), with the pair that gave it. */
export function bestNamePair(
  a: readonly NormalisedName[],
  b: readonly NormalisedName[],
): { similarity: number; a: NormalisedName | null; b: NormalisedName | null } {
  let best = { similarity: 0, a: null as NormalisedName | null, b: null as NormalisedName | null };
  for (const na of a) {
    for (const nb of b) {
      const similarity = nameSimilarity(na, nb);
      if (similarity > best.similarity) best = { similarity, a: na, b: nb };
    }
  }
  return best;
}
