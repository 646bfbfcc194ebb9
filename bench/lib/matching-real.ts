// Scores the real labelled pairs with the portal's scorer, the previous one and an exact-name baseline; block recall on them.
import { transliterate } from '../../src/server/modules/networks/matching/normalise';
import { MatchRun } from '../../src/server/modules/networks/matching/propose';
import type { MatchRecord } from '../../src/server/modules/networks/matching/record';
import { scoreRecords } from '../../src/server/modules/networks/matching/scorer';
import { nameSimilarity as previousSimilarity } from './matching-previous/name-similarity';
import { normaliseName as previousNormalise } from './matching-previous/normalise';
import type { NamePair } from './name-pairs';

export type Scorer = (pair: NamePair) => number;

export const scorers: Record<'portal' | 'previous' | 'exact', Scorer> = {
  portal: (p) => scoreRecords({ schema: p.schema, names: [p.a] }, { schema: p.schema, names: [p.b] }).score,
  // The previous scorer's name similarity (it had no organisation names and no names-only score).
  previous: (p) => previousSimilarity(previousNormalise(p.a), previousNormalise(p.b)),
  // What a database join does: equal once transliterated, lowercased and stripped of punctuation.
  exact: (p) => (exactKey(p.a) === exactKey(p.b) ? 1 : 0),
};

function exactKey(name: string): string {
  return transliterate(name)
    .replace(/[^a-z ]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Block recall on real pairs: every name of the set becomes a record (names only, as a watch-list entry or a bare
 * report would be), the population is blocked as cross-matching blocks it, and a true pair counts when its two
 * names land in a common block.
 */
export function realBlockRecall(pairs: readonly NamePair[]): { recall: number; truePairs: number; candidatePairs: number; records: number } {
  const ids = new Map<string, number>();
  const records: MatchRecord[] = [];
  const idOf = (name: string, schema: string) => {
    const key = `${schema}\u0000${name}`;
    let id = ids.get(key);
    if (id === undefined) {
      ids.set(key, (id = records.length));
      records.push({ id: String(id), type: schema === 'Person' ? 'person' : 'organisation', state: 'UNK', names: [name], documents: [], phones: [] });
    }
    return id;
  };
  const positives = pairs.filter((p) => p.same).map((p) => [idOf(p.a, p.schema), idOf(p.b, p.schema)] as const);
  for (const p of pairs) {
    idOf(p.a, p.schema);
    idOf(p.b, p.schema);
  }
  const run = new MatchRun({});
  run.add(records);
  const candidates = new Set<number>();
  const stats = run.run({ onScored: (i, j) => candidates.add(i < j ? i * 1_000_000 + j : j * 1_000_000 + i) });
  const found = positives.filter(([i, j]) => i === j || candidates.has(i < j ? i * 1_000_000 + j : j * 1_000_000 + i)).length;
  return { recall: found / positives.length, truePairs: positives.length, candidatePairs: stats.candidatePairs, records: records.length };
}
