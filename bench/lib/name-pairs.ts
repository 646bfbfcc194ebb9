// Real labelled name pairs (data/matching/name-pairs.tsv) and precision / recall / F1 of a scorer over them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface NamePair {
  split: 'dev' | 'test';
  source: string;
  schema: string;
  group: string;
  a: string;
  b: string;
  same: boolean;
  clearCut: boolean;
}

export function loadNamePairs(path = fileURLToPath(new URL('../../data/matching/name-pairs.tsv', import.meta.url))): NamePair[] {
  const [header, ...lines] = readFileSync(path, 'utf8').split('\n').filter(Boolean);
  if (header !== 'split\tsource\tschema\tgroup\tname_a\tname_b\tsame\tclear_cut') throw new Error(`unexpected header in ${path}`);
  return lines.map((line) => {
    const [split, source, schema, group, a, b, same, clearCut] = line.split('\t');
    return { split: split as NamePair['split'], source: source!, schema: schema!, group: group!, a: a!, b: b!, same: same === '1', clearCut: clearCut === '1' };
  });
}

export interface Quality {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
  pairs: number;
}

/** Precision, recall and F1 of "score >= threshold means same" over scored pairs. */
export function qualityAt(scored: readonly { same: boolean; score: number }[], threshold: number): Quality {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { same, score } of scored) {
    if (score >= threshold) same ? tp++ : fp++;
    else if (same) fn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { threshold, precision, recall, f1, pairs: scored.length };
}

/** The threshold with the best F1 over a grid (used on the dev split only, never on the reported test split). */
export function bestThreshold(scored: readonly { same: boolean; score: number }[], grid = 100): Quality {
  let best = qualityAt(scored, 0);
  for (let i = 1; i < grid; i++) {
    const q = qualityAt(scored, i / grid);
    if (q.f1 > best.f1) best = q;
  }
  return best;
}
