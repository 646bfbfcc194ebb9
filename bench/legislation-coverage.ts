// Benchmark: coverage of every state and standard "as of" a date, and the all-pairs cooperation matrix, on embedded
// PGlite with 10 years of weekly assessment history for 45 states. The in-force cells come from assessment_in_force
// (periods kept by a trigger at validation, one GiST range scan). Baselines on the same data: the previous design
// (one LATERAL index probe per state and standard) and DISTINCT ON over the whole history.
// Run: npx tsx bench/legislation-coverage.ts [weeks=520]
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { sql } from '../src/server/db/index.js';
import { createTestPortal } from '../src/server/testing/portal.js';
import { median } from './lib/timing.js';

const weeks = Number(process.argv[2] ?? 520);
const portal = await createTestPortal();
const { db } = portal;
const leg = portal.services.legislation;
const states = (await leg.catalogue.memberStates()).map((m) => m.code);
const standards = (await leg.catalogue.standards()).standards.filter((s) => s.assessable).map((s) => s.id);

// Every week from 2014-01-06, every state records a validated version for every standard (plus a draft row every
// third week, which the in-force answer must skip), so each (state, standard) has `weeks` validated versions.
// Generated rows are valid by construction, so foreign-key checks are skipped while loading (replica role), but the
// in-force trigger runs as it does at validation (ENABLE ALWAYS), one statement per year.
let t = performance.now();
await db.exec(`SET session_replication_role = replica; ALTER TABLE assessment_versions ENABLE ALWAYS TRIGGER assessment_versions_in_force;`);
const list = (xs: string[]) => `'{${xs.join(',')}}'::text[]`;
for (let from = 0; from < weeks; from += 52) {
  const to = Math.min(weeks, from + 52) - 1;
  await db.exec(`
  INSERT INTO assessment_versions (assessment_id, version, state, catalogue_version, standard_id, status, valid_from, workflow, demo)
  SELECT gen_random_uuid(), 3, st, 1, sd, (ARRAY['met','partly','in_drafting','not_met'])[1 + ((w * 7 + length(st) * 13 + length(sd) * 5 + ascii(st) + ascii(right(sd, 1))) % 4)],
         date '2014-01-06' + w * 7, 'validated', true
  FROM unnest(${list(states)}) st, unnest(${list(standards)}) sd, generate_series(${from}, ${to}) w;
  INSERT INTO assessment_versions (assessment_id, version, state, catalogue_version, standard_id, status, valid_from, workflow, demo)
  SELECT gen_random_uuid(), 1, st, 1, sd, 'met', date '2014-01-06' + w * 7, 'draft', true
  FROM unnest(${list(states)}) st, unnest(${list(standards)}) sd, generate_series(${from}, ${to}, 3) w;`);
  process.stderr.write(`loaded weeks ${from}-${to} at ${((performance.now() - t) / 1000).toFixed(0)} s\n`);
}
await db.exec('SET session_replication_role = origin; ANALYZE assessment_versions; ANALYZE assessment_in_force');
const rows = (await db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM assessment_versions`))!.n;
const periods = (await db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM assessment_in_force`))!.n;
const loadMs = performance.now() - t;

interface Figures {
  median: number;
  p95: number;
  runs: number;
}
async function time(runs: number, fn: (i: number) => Promise<unknown>): Promise<Figures> {
  const ms: number[] = [];
  await fn(0); // warm-up
  for (let i = 1; i <= runs; i++) {
    t = performance.now();
    await fn(i);
    ms.push(performance.now() - t);
  }
  const sorted = [...ms].sort((a, b) => a - b);
  return { median: median(ms), p95: sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)], runs };
}
// A different date each run, spread over the whole history.
const dateAt = (i: number) => new Date(Date.parse('2014-06-01') + ((i * 97) % (weeks * 7)) * 86_400_000).toISOString().slice(0, 10);
const store = leg.assessments.store;
const key = (r: { state: string; standard_id: string; status: string; valid_from: string }) => `${r.state}|${r.standard_id}|${r.status}|${r.valid_from}`;
const sameAnswer = async (date: string) => {
  const a = (await store.inForce(date, states, standards)).map(key).sort();
  return (
    a.length > 0 &&
    JSON.stringify(a) === JSON.stringify((await store.inForceProbes(date, states, standards)).map(key).sort()) &&
    JSON.stringify(a) === JSON.stringify((await store.inForceDistinctOn(date, states, standards)).map(key).sort())
  );
};
const same = (await sameAnswer(dateAt(3))) && (await sameAnswer(dateAt(11)));

const periodsScan = await time(30, (i) => store.inForce(dateAt(i), states, standards));
const probes = await time(15, (i) => store.inForceProbes(dateAt(i), states, standards));
const distinctOn = await time(5, (i) => store.inForceDistinctOn(dateAt(i), states, standards));
const coverage = await time(30, (i) => leg.coverage.coverage(dateAt(i)));
const matrix = await time(30, (i) => leg.cooperation.matrix(i % 2 ? 'smuggling' : 'trafficking', dateAt(i)));
// The treaty part of coverage (data/treaties.csv and treaties-later.csv, read and reduced in memory) and the treaty table.
const treatyParties = await time(30, (i) => leg.treaties.parties(states, dateAt(i)));
const treatyOverview = await time(30, () => leg.treaties.overview());

const f = (x: Figures) => `median ${x.median.toFixed(1)} ms, p95 ${x.p95.toFixed(1)} ms (${x.runs} runs)`;
console.log(
  `machine: nproc ${os.availableParallelism()}, ${os.cpus()[0]?.model ?? 'unknown'}, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}, node ${process.version}, ${db.kind}`,
);
console.log(
  `history: ${states.length} states x ${standards.length} standards x ${weeks} weeks = ${rows} assessment rows, ${periods} in-force periods (loaded in ${(loadMs / 1000).toFixed(1)} s)`,
);
console.log(`in-force cells, periods (GiST range scan): ${f(periodsScan)}`);
console.log(`baseline, LATERAL index probes:            ${f(probes)} -> ${(probes.median / periodsScan.median).toFixed(1)}x the periods' median`);
console.log(
  `baseline, DISTINCT ON over history:        ${f(distinctOn)} -> ${(distinctOn.median / periodsScan.median).toFixed(1)}x; same answer from all three: ${same}`,
);
console.log(`coverage (all standards, indicators, treaties): ${f(coverage)}`);
console.log(`cooperation matrix (${states.length}x${states.length} ordered pairs): ${f(matrix)}`);
console.log(`treaty parties on a date (part of coverage): ${f(treatyParties)}; treaty table of every member: ${f(treatyOverview)}`);
await portal.close();
