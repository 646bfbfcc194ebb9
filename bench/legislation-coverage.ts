// Benchmark: coverage of every state and standard "as of" a date, and the all-pairs cooperation matrix, on embedded
// PGlite with 10 years of weekly assessment history for 45 states. Baseline: the same in-force query written as
// DISTINCT ON over the whole history. Run: npx tsx bench/legislation-coverage.ts [weeks=520]
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { sql } from '../src/server/db/index.js';
import { createTestPortal } from '../src/server/testing/portal.js';
import { median } from './lib/timing.js';

const weeks = Number(process.argv[2] ?? 520);
const portal = await createTestPortal();
const { db } = portal.services;
const leg = portal.services.legislation;
const states = (await leg.catalogue.memberStates()).map((m) => m.code);
const standards = (await leg.catalogue.standards()).standards.filter((s) => s.assessable).map((s) => s.id);

// Every week from 2015-01-05, every state records a validated version for every standard (plus its draft and
// submitted rows for a third of them), so each (state, standard) has `weeks` validated versions.
let t = performance.now();
// Year by year: one statement per 52 weeks keeps PGlite's memory flat.
for (let from = 0; from < weeks; from += 52) {
  const to = Math.min(weeks, from + 52) - 1;
  await db.exec(`
  INSERT INTO assessment_versions (assessment_id, version, state, catalogue_version, standard_id, status, valid_from, workflow, demo)
  SELECT gen_random_uuid(), 3, st, 1, sd, (ARRAY['met','partly','in_drafting','not_met'])[1 + ((w * 7 + length(st) * 13 + length(sd) * 5 + ascii(st) + ascii(right(sd, 1))) % 4)],
         date '2014-01-06' + w * 7, 'validated', true
  FROM unnest('{${states.join(',')}}'::text[]) st, unnest('{${standards.join(',')}}'::text[]) sd, generate_series(${from}, ${to}) w;
  INSERT INTO assessment_versions (assessment_id, version, state, catalogue_version, standard_id, status, valid_from, workflow, demo)
  SELECT gen_random_uuid(), 1, st, 1, sd, 'met', date '2014-01-06' + w * 7, 'draft', true
  FROM unnest('{${states.join(',')}}'::text[]) st, unnest('{${standards.join(',')}}'::text[]) sd, generate_series(${from}, ${to}, 3) w;`);
}
await db.exec('ANALYZE assessment_versions');
const rows = (await db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM assessment_versions`))!.n;
const loadMs = performance.now() - t;

async function time(runs: number, fn: (i: number) => Promise<unknown>): Promise<number> {
  const ms: number[] = [];
  await fn(0); // warm-up
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    await fn(i);
    ms.push(performance.now() - t);
  }
  return median(ms);
}
const dateAt = (i: number) => new Date(Date.parse('2014-06-01') + ((i * 97) % (weeks * 7)) * 86_400_000).toISOString().slice(0, 10);

const lateral = await time(15, (i) => leg.assessments.store.inForce(dateAt(i), states, standards));
const distinctOn = await time(5, (i) => leg.assessments.store.inForceDistinctOn(dateAt(i), states, standards));
const same = JSON.stringify((await leg.assessments.store.inForce('2020-03-03', states, standards)).map((r) => r.status).sort())
  === JSON.stringify((await leg.assessments.store.inForceDistinctOn('2020-03-03', states, standards)).map((r) => r.status).sort());
const coverage = await time(15, (i) => leg.coverage.coverage(dateAt(i)));
const matrix = await time(9, (i) => leg.cooperation.matrix(i % 2 ? 'smuggling' : 'trafficking', dateAt(i)));

const cpu = os.cpus()[0]?.model ?? 'unknown';
console.log(`machine: ${os.cpus().length} cores (nproc ${os.availableParallelism()}), ${cpu}, node ${process.version}, ${db.kind}`);
console.log(`history: ${states.length} states x ${standards.length} standards x ${weeks} weeks = ${rows} assessment rows (loaded in ${(loadMs / 1000).toFixed(1)} s)`);
console.log(`in-force cells, LATERAL index probes:  ${lateral.toFixed(1)} ms (median)`);
console.log(`in-force cells, DISTINCT ON baseline:  ${distinctOn.toFixed(1)} ms (median)  -> ${(distinctOn / lateral).toFixed(1)}x slower; same answer: ${same}`);
console.log(`GET coverage (all standards, indicators, treaties): ${coverage.toFixed(1)} ms (median)`);
console.log(`cooperation matrix (${states.length}x${states.length} ordered pairs): ${matrix.toFixed(1)} ms (median)`);
await portal.close();
