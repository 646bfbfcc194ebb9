// Cross-matching bench: a labelled synthetic population from 45 states, matched; speed, memory, precision/recall vs a baseline.
// Usage: npx tsx bench/matching.ts [--records 1000000] [--threshold 0.8] [--seed 20240601]
import { cpus } from 'node:os';
import { transliterate } from '../src/server/modules/networks/matching/normalise';
import { MatchRun, defaultThreshold } from '../src/server/modules/networks/matching/propose';
import type { MatchRecord } from '../src/server/modules/networks/matching/record';
import { scorePair } from '../src/server/modules/networks/matching/score';
import { syntheticPopulation } from './lib/matching-synthetic';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}
const recordCount = option('records', 1_000_000);
const threshold = option('threshold', defaultThreshold);
const seed = option('seed', 20240601);

let peakRss = 0;
const sampleMemory = () => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
};
const seconds = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e9;
const pairsOf = (n: number) => (n * (n - 1)) / 2;
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 3 });
const pct = (n: number) => `${(100 * n).toFixed(2)}%`;

console.log(`cross-matching bench: ${fmt(recordCount)} person records, threshold ${threshold}, seed ${seed}`);
console.log(`machine: ${cpus().length} x ${cpus()[0]?.model.trim()}, node ${process.version}`);

// 1. Stream the population in batches: keep only what evaluation needs (cluster ids, baseline keys).
const started = process.hrtime.bigint();
const cluster = new Int32Array(recordCount);
const baselineGroup = new Int32Array(recordCount);
const baselineIds = new Map<string, number>();
const clusterSizes = new Map<number, number>();
const run = new MatchRun({ threshold });
let batch: MatchRecord[] = [];
let n = 0;
const flush = () => {
  run.add(batch);
  batch = [];
  sampleMemory();
};
for (const { record, cluster: c } of syntheticPopulation(recordCount, seed)) {
  cluster[n] = c;
  clusterSizes.set(c, (clusterSizes.get(c) ?? 0) + 1);
  // Baseline: what a plain database join would do, exact match on the transliterated, lowercased name.
  const exact = transliterate(record.names[0] ?? '').replace(/[^a-z ]/g, '').replace(/\s+/g, ' ').trim();
  let group = baselineIds.get(exact);
  if (group === undefined) baselineIds.set(exact, (group = baselineIds.size));
  baselineGroup[n] = group;
  batch.push(record);
  n++;
  if (batch.length === 50_000) flush();
}
flush();
const prepareSeconds = seconds(started);
let truePairs = 0;
for (const size of clusterSizes.values()) truePairs += pairsOf(size);

// 2. Block and score every candidate pair; evaluate each score against the ground truth.
const bins = 20;
const trueByBin = new Float64Array(bins + 1);
const falseByBin = new Float64Array(bins + 1);
let trueCandidates = 0;
let scored = 0;
const samples: [number, number][] = [];
const scoringStarted = process.hrtime.bigint();
const stats = run.run({
  onScored: (i, j, score) => {
    const same = cluster[i] === cluster[j];
    const bin = Math.floor(score * bins);
    if (same) {
      trueCandidates++;
      trueByBin[bin]++;
    } else falseByBin[bin]++;
    if (++scored % 2_000_000 === 0) sampleMemory();
    if (same && score >= threshold && samples.length < 6 && scored % 997 === 0) samples.push([i, j]);
  },
});
const scoringSeconds = seconds(scoringStarted);
sampleMemory();
const wallSeconds = seconds(started);

function atThreshold(t: number): { precision: number; recall: number; f1: number; proposed: number } {
  let tp = 0;
  let fp = 0;
  for (let b = Math.floor(t * bins); b <= bins; b++) {
    tp += trueByBin[b] as number;
    fp += falseByBin[b] as number;
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, truePairs);
  return { precision, recall, f1: (2 * precision * recall) / Math.max(1e-12, precision + recall), proposed: tp + fp };
}

// 3. Baseline counted exactly: pairs sharing an exact name, and how many of them are the same identity.
const packed = new Float64Array(recordCount);
for (let k = 0; k < recordCount; k++) packed[k] = (baselineGroup[k] as number) * 2 ** 21 + (cluster[k] as number);
packed.sort();
let baselinePairs = 0;
let baselineTrue = 0;
for (let s = 0; s < recordCount; ) {
  const group = Math.floor((packed[s] as number) / 2 ** 21);
  let e = s;
  let runStart = s;
  while (e < recordCount && Math.floor((packed[e] as number) / 2 ** 21) === group) {
    if (packed[e] !== packed[runStart]) {
      baselineTrue += pairsOf(e - runStart);
      runStart = e;
    }
    e++;
  }
  baselineTrue += pairsOf(e - runStart);
  baselinePairs += pairsOf(e - s);
  s = e;
}
const baseline = {
  precision: baselineTrue / Math.max(1, baselinePairs),
  recall: baselineTrue / Math.max(1, truePairs),
};
const baselineF1 = (2 * baseline.precision * baseline.recall) / (baseline.precision + baseline.recall);
const engine = atThreshold(threshold);

console.log('');
console.log(`identities (clusters)            ${fmt(clusterSizes.size)}; true matching pairs ${fmt(truePairs)}`);
console.log(`blocking keys                     ${fmt(stats.keys)} in ${fmt(stats.blocks)} blocks; skipped over-large blocks ${fmt(stats.oversizedBlocks)} (${fmt(stats.oversizedMemberships)} memberships)`);
console.log(`candidate pairs                   ${fmt(stats.candidatePairs)} (all-pairs would be ${fmt(pairsOf(recordCount))}); true pairs among them ${fmt(trueCandidates)} = blocking recall ${pct(trueCandidates / truePairs)}`);
console.log(`generate + normalise + key        ${prepareSeconds.toFixed(1)} s`);
console.log(`block + score                     ${scoringSeconds.toFixed(1)} s, ${fmt(Math.round(stats.candidatePairs / scoringSeconds))} pairs scored per second`);
console.log(`wall time                         ${wallSeconds.toFixed(1)} s`);
console.log(`peak memory (rss)                 ${(peakRss / 2 ** 20).toFixed(0)} MiB`);
console.log(`proposals at ${threshold}                 ${fmt(engine.proposed)}`);
console.log(`engine   precision ${pct(engine.precision)}  recall ${pct(engine.recall)}  F1 ${engine.f1.toFixed(3)}`);
console.log(`baseline (exact transliterated name) precision ${pct(baseline.precision)}  recall ${pct(baseline.recall)}  F1 ${baselineF1.toFixed(3)}  (${fmt(baselinePairs)} pairs)`);
console.log(`ratio to baseline: recall x${(engine.recall / baseline.recall).toFixed(2)}, precision x${(engine.precision / baseline.precision).toFixed(2)}, F1 x${(engine.f1 / baselineF1).toFixed(2)}`);
console.log('');
console.log('threshold  precision  recall   F1');
for (const t of [0.5, 0.6, 0.7, 0.8, 0.9, 0.95]) {
  const m = atThreshold(t);
  console.log(`${t.toFixed(2).padEnd(10)} ${pct(m.precision).padEnd(10)} ${pct(m.recall).padEnd(8)} ${m.f1.toFixed(3)}`);
}
console.log('');
console.log('sample proposals with reasons:');
for (const [i, j] of samples) {
  const a = run.record(i);
  const b = run.record(j);
  const { score, reasons } = scorePair(a, b, true);
  console.log(`  ${a.state}:${a.names[0]?.original}  <->  ${b.state}:${b.names[0]?.original}  ${score.toFixed(3)}: ${reasons.join('; ')}`);
}
