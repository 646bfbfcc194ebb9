// Cross-matching bench. Part 1: precision, recall and F1 on REAL labelled name pairs (data/matching/name-pairs.tsv),
// the portal's scorer against the previous scorer and an exact-name baseline, interleaved over several rounds, with
// the threshold fixed on the dev split and the figures reported on the held-out test split; block recall on the real
// pairs. Part 2: a labelled synthetic population of N records (default 1,000,000) matched on every core (worker
// threads): block recall, pairs scored per second, precision/recall, against the exact-name baseline and, with
// --previous, the previous matcher on one core.
// Usage: npx tsx bench/matching.ts [--records 1000000] [--workers 2] [--rounds 5] [--seed 20240601] [--previous] [--skip-synthetic]
import { cpus, loadavg } from 'node:os';
import { transliterate } from '../src/server/modules/networks/matching/normalise';
import { matchInWorkers } from '../src/server/modules/networks/matching/parallel';
import { defaultMatchThreshold, proposalThreshold } from '../src/server/modules/networks/matching/scorer';
import { BlockIndex as PreviousBlockIndex } from './lib/matching-previous/blocking';
import { prepareRecord as previousPrepare } from './lib/matching-previous/record';
import { scorePair as previousScorePair } from './lib/matching-previous/score';
import { realBlockRecall, scorers } from './lib/matching-real';
import { syntheticPopulation } from './lib/matching-synthetic';
import { bestThreshold, loadNamePairs, type NamePair, qualityAt } from './lib/name-pairs';
import { median } from './lib/timing';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}
const flag = (name: string) => process.argv.includes(`--${name}`);
const recordCount = option('records', 1_000_000);
const workers = option('workers', Math.min(2, cpus().length));
const rounds = option('rounds', 5);
const seed = option('seed', 20240601);
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 3 });
const pct = (n: number) => `${(100 * n).toFixed(1)}%`;
const seconds = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e9;

console.log(
  `cross-matching bench; machine: ${cpus().length} x ${cpus()[0]?.model.trim()}, node ${process.version}, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);

// ---------------------------------------------------------------- Part 1: real labelled pairs
const pairs = loadNamePairs();
const headline = (p: NamePair) => !/pseudonym|other-name/.test(p.source);
const dev = pairs.filter((p) => p.split === 'dev');
const test = pairs.filter((p) => p.split === 'test');
console.log(
  `\n1. Real labelled pairs: ${fmt(pairs.length)} (dev ${fmt(dev.length)}, held-out test ${fmt(test.length)}); headline figures leave out the ${fmt(pairs.filter((p) => !headline(p)).length)} pseudonym / other-name aliases`,
);

const names = ['portal', 'previous', 'exact'] as const;
const timesMs: Record<(typeof names)[number], number[]> = { portal: [], previous: [], exact: [] };
const scores: Record<(typeof names)[number], number[]> = { portal: [], previous: [], exact: [] };
for (let round = 0; round < rounds; round++) {
  // Interleaved: each round runs every scorer once over all pairs, in a rotating order.
  for (let k = 0; k < names.length; k++) {
    const name = names[(k + round) % names.length] as (typeof names)[number];
    const started = process.hrtime.bigint();
    scores[name] = pairs.map(scorers[name]);
    timesMs[name].push(seconds(started) * 1000);
  }
}
const scored = (name: (typeof names)[number], subset: (p: NamePair) => boolean) =>
  pairs.map((p, i) => ({ ...p, score: scores[name][i] as number })).filter(subset);

// The portal's threshold is its configured one (set on the dev split); the others get their best dev threshold.
const thresholds = {
  portal: defaultMatchThreshold,
  previous: bestThreshold(scored('previous', (p) => p.split === 'dev' && headline(p))).threshold,
  exact: 0.5,
};
const devBest = bestThreshold(scored('portal', (p) => p.split === 'dev' && headline(p)));
console.log(
  `portal threshold ${thresholds.portal} (best F1 on dev: ${devBest.f1.toFixed(3)} at ${devBest.threshold.toFixed(2)}); previous scorer's best dev threshold ${thresholds.previous.toFixed(2)}`,
);
console.log('\nheld-out test split          portal P / R / F1          previous P / R / F1        exact name P / R / F1');
const row = (label: string, subset: (p: NamePair) => boolean) => {
  const cells = names.map((n) => {
    const q = qualityAt(
      scored(n, (p) => p.split === 'test' && subset(p)),
      thresholds[n],
    );
    return `${q.precision.toFixed(3)} / ${q.recall.toFixed(3)} / ${q.f1.toFixed(3)}`.padEnd(27);
  });
  const n = pairs.filter((p) => p.split === 'test' && subset(p)).length;
  console.log(`${`${label} (${n})`.padEnd(29)}${cells.join('')}`);
};
row('all (headline)', headline);
row('clear-cut', (p) => headline(p) && p.clearCut);
// The headline over the sources of the first measurement (2026-11-28, 5,089 pairs), to compare with its figures.
const addedLater = new Set(['wikidata-han-token', 'kname-khmer']);
row('headline, first sources', (p) => headline(p) && !addedLater.has(p.source));
for (const source of [...new Set(pairs.map((p) => p.source))]) row(source, (p) => p.source === source);

console.log('\nprecision / recall curve of the portal scorer on the held-out test split (headline pairs):');
console.log('threshold  precision  recall  F1');
for (const t of [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
  const q = qualityAt(
    scored('portal', (p) => p.split === 'test' && headline(p)),
    t,
  );
  console.log(
    `${t.toFixed(2).padEnd(11)}${q.precision.toFixed(3).padEnd(11)}${q.recall.toFixed(3).padEnd(8)}${q.f1.toFixed(3)}${t === thresholds.portal ? '   <- configured' : ''}`,
  );
}
console.log('\nscoring speed on the real pairs (median of rounds, one core):');
for (const n of names) {
  const ms = median(timesMs[n]);
  console.log(
    `  ${n.padEnd(9)} ${ms.toFixed(0)} ms for ${fmt(pairs.length)} pairs = ${fmt(Math.round(pairs.length / (ms / 1000)))} pairs/s (runs ${timesMs[n].map((t) => t.toFixed(0)).join(', ')} ms)`,
  );
}
const realBlocks = realBlockRecall(pairs.filter(headline));
console.log(
  `\nblock recall on the real pairs (every name a names-only record): ${pct(realBlocks.recall)} of ${fmt(realBlocks.truePairs)} true pairs share a block; ${fmt(realBlocks.candidatePairs)} candidate pairs among ${fmt(realBlocks.records)} records`,
);
console.log('  by source, each blocked alone:');
for (const source of [...new Set(pairs.filter(headline).map((p) => p.source))]) {
  const r = realBlockRecall(pairs.filter((p) => headline(p) && p.source === source));
  console.log(`  ${source.padEnd(26)} ${pct(r.recall)} of ${fmt(r.truePairs)}`);
}
const firstBlocks = realBlockRecall(pairs.filter((p) => headline(p) && !addedLater.has(p.source)));
console.log(`  the first sources together (as measured before): ${pct(firstBlocks.recall)} of ${fmt(firstBlocks.truePairs)} true pairs`);

if (flag('skip-synthetic')) process.exit(0);

// ---------------------------------------------------------------- Part 2: synthetic population at scale
console.log(
  `\n2. Synthetic population: ${fmt(recordCount)} person records, seed ${seed}, proposal threshold ${proposalThreshold}; matching on ${workers} worker thread(s)`,
);
const truePairsOf = () => {
  const sizes = new Map<number, number>();
  for (const { cluster } of syntheticPopulation(recordCount, seed)) sizes.set(cluster, (sizes.get(cluster) ?? 0) + 1);
  let pairsTotal = 0;
  for (const s of sizes.values()) pairsTotal += (s * (s - 1)) / 2;
  return { pairsTotal, clusters: sizes.size };
};
const { pairsTotal, clusters } = truePairsOf();
const cpu0 = process.cpuUsage();
const wall = process.hrtime.bigint();
const result = await matchInWorkers(
  { module: new URL('./lib/matching-source.ts', import.meta.url).href, exportName: 'synthetic', args: [recordCount, seed] },
  { workers, threshold: proposalThreshold, bins: 100 },
);
const wallSeconds = seconds(wall);
const cpu = process.cpuUsage(cpu0);
const bins = result.trueByBin.length - 1;
const at = (t: number) => {
  let tp = 0;
  let fp = 0;
  for (let b = Math.floor(t * bins); b <= bins; b++) {
    tp += result.trueByBin[b] as number;
    fp += result.falseByBin[b] as number;
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, pairsTotal);
  return { precision, recall, f1: (2 * precision * recall) / Math.max(1e-12, precision + recall) };
};
const engine = at(proposalThreshold);
console.log(`identities ${fmt(clusters)}; true matching pairs ${fmt(pairsTotal)}`);
console.log(
  `blocks ${fmt(result.stats.blocks)}; over-large blocks compared by sorted neighbourhood ${fmt(result.stats.windowedBlocks)} (${fmt(result.stats.windowedMemberships)} memberships)`,
);
console.log(
  `candidate pairs ${fmt(result.stats.candidatePairs)} (per worker: ${result.shards.map((s) => fmt(s.stats.candidatePairs)).join(' / ')}); true pairs among them ${fmt(result.trueCandidates)} = block recall ${pct(result.trueCandidates / pairsTotal)}`,
);
console.log(
  `prepare (every worker, in parallel) ${result.prepareSeconds.toFixed(1)} s; block + score ${result.scoringSeconds.toFixed(1)} s on ${workers} threads = ${fmt(Math.round(result.stats.candidatePairs / result.scoringSeconds))} pairs scored per second (wall)`,
);
const perCpu = result.stats.candidatePairs / Math.max(1e-9, result.scoringCpuSeconds);
console.log(
  `block + score CPU time of the worker threads ${result.scoringCpuSeconds.toFixed(1)} s = ${fmt(Math.round(perCpu))} pairs per CPU-second per thread; with ${workers} cores to ourselves: ${fmt(Math.round(perCpu * workers))} pairs per second`,
);
console.log(
  `wall ${wallSeconds.toFixed(1)} s; process CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s (${((cpu.user + cpu.system) / 1e6 / wallSeconds).toFixed(2)} cores busy on average); peak RSS of a worker's process ${(result.peakRss / 2 ** 20).toFixed(0)} MiB; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log(
  `portal at ${proposalThreshold}: precision ${pct(engine.precision)} recall ${pct(engine.recall)} F1 ${engine.f1.toFixed(3)}; proposals ${fmt(result.proposals)}`,
);
console.log('threshold  precision  recall   F1');
for (const t of [0.5, 0.7, 0.8, 0.9, 0.95]) {
  const m = at(t);
  console.log(`${t.toFixed(2).padEnd(10)} ${pct(m.precision).padEnd(10)} ${pct(m.recall).padEnd(8)} ${m.f1.toFixed(3)}`);
}

// Exact-name baseline, counted exactly: pairs sharing the transliterated name, and how many are one identity.
const groups = new Map<string, Map<number, number>>();
for (const { record, cluster } of syntheticPopulation(recordCount, seed)) {
  const key = transliterate(record.names[0] ?? '')
    .replace(/[^a-z ]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const g = groups.get(key) ?? new Map<number, number>();
  g.set(cluster, (g.get(cluster) ?? 0) + 1);
  groups.set(key, g);
}
let exactPairs = 0;
let exactTrue = 0;
for (const g of groups.values()) {
  let n = 0;
  for (const c of g.values()) {
    n += c;
    exactTrue += (c * (c - 1)) / 2;
  }
  exactPairs += (n * (n - 1)) / 2;
}
const ep = exactTrue / Math.max(1, exactPairs);
const er = exactTrue / pairsTotal;
console.log(`exact-name baseline: precision ${pct(ep)} recall ${pct(er)} F1 ${((2 * ep * er) / (ep + er)).toFixed(3)} (${fmt(exactPairs)} pairs)`);

if (flag('previous')) {
  // The previous matcher, as it stood before issue 13, on one core: its blocking and scorer over the same records.
  const started = process.hrtime.bigint();
  const index = new PreviousBlockIndex();
  const prepared: ReturnType<typeof previousPrepare>[] = [];
  const cluster = new Int32Array(recordCount);
  let i = 0;
  for (const { record, cluster: c } of syntheticPopulation(recordCount, seed)) {
    const p = previousPrepare(record as never, i);
    prepared.push(p);
    index.add(p);
    cluster[i++] = c;
  }
  const prepareSeconds = seconds(started);
  const scoring = process.hrtime.bigint();
  let trueCandidates = 0;
  let tp = 0;
  let fp = 0;
  const stats = index.forEachCandidatePair((a, b) => {
    const same = cluster[a] === cluster[b];
    if (same) trueCandidates++;
    const s = previousScorePair(prepared[a]!, prepared[b]!).score;
    if (s >= 0.8) same ? tp++ : fp++;
  });
  const scoreSeconds = seconds(scoring);
  const pp = tp / Math.max(1, tp + fp);
  const pr = tp / pairsTotal;
  console.log(
    `previous matcher (1 core): block recall ${pct(trueCandidates / pairsTotal)}; ${fmt(stats.candidatePairs)} candidate pairs; prepare ${prepareSeconds.toFixed(1)} s; block + score ${scoreSeconds.toFixed(1)} s = ${fmt(Math.round(stats.candidatePairs / scoreSeconds))} pairs/s; at its 0.8: precision ${pct(pp)} recall ${pct(pr)} F1 ${((2 * pp * pr) / (pp + pr)).toFixed(3)}`,
  );
}
