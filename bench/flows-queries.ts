// Flows bench: ten years of monthly returns from 45 states with 200,000 incidents on embedded PGlite; the map (by route)
// and trend (by means) queries under the sharing policy, against the same queries without the reciprocity filter.
// Usage: npx tsx bench/flows-queries.ts [--incidents 200000] [--runs 7]
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { userActor } from '../src/server/access/actor';
import { DEFAULT_FLOWS_POLICY } from '../src/server/access/flows';
import type { Subject } from '../src/server/access/subject';
import { AuditLog } from '../src/server/audit/log';
import { openDb, sql } from '../src/server/db/index';
import { migrate } from '../src/server/db/migrate';
import { ImportJobs } from '../src/server/imports/jobs';
import { FlowsAnalysisStore } from '../src/server/modules/flows/analysis-store';
import { FlowsService } from '../src/server/modules/flows/service';
import { loadReferenceData } from '../src/server/reference';
import { median } from './lib/timing';

const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const incidents = option('incidents', 200_000);
const runs = option('runs', 7);
const FIRST = 2015 * 12;
const MONTHS = 120;

console.log(`flows bench: ${incidents.toLocaleString('en-US')} incidents, 45 states, ${MONTHS} months, PGlite in memory`);
console.log(`machine: ${cpus().length} x ${cpus()[0]?.model.trim()}, node ${process.version}`);

const db = await openDb({});
await migrate(db);
await loadReferenceData(db);
const states = (await db.query<{ code: string }>(sql`SELECT code FROM members WHERE kind = 'state' ORDER BY code`)).map((r) => r.code).slice(0, 45);

let t = performance.now();
await db.query(sql`SELECT setseed(0.42)`);
// 60 routes of 3 to 5 states; every state but LKA submits ~90% of its months, so reciprocity has gaps to filter.
const routes = Array.from({ length: 60 }, (_, i) => {
  const len = 3 + (i % 3);
  const stops: string[] = [];
  for (let k = 0; stops.length < len; k++) {
    const s = states[(i * 7 + k * 11 + k * k) % states.length];
    if (!stops.includes(s)) stops.push(s);
  }
  return stops.join('>');
});
await db.query(sql`INSERT INTO flow_routes (route_key, origin, transit, destination)
  SELECT k, split_part(k, '>', 1), (string_to_array(k, '>'))[2:cardinality(string_to_array(k, '>')) - 1], (string_to_array(k, '>'))[cardinality(string_to_array(k, '>'))]
  FROM unnest(${routes}::text[]) k`);
await db.query(sql`INSERT INTO flow_submissions (state, period, month_from, month_to, status, submitted_at)
  SELECT s, (m / 12)::text || '-' || lpad(((m % 12) + 1)::text, 2, '0'), m, m, 'submitted', now()
  FROM unnest(${states}::text[]) s, generate_series(${FIRST}::int, ${FIRST + MONTHS - 1}::int) m WHERE s <> 'LKA' AND random() < 0.9`);
const submissions = (await db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM flow_submissions`))!.n;
// Incident g goes to submission g mod n: an equality on a constant modulus, so the planner hash-joins.
await db.query(sql`INSERT INTO flow_incidents (submission_id, state, month, route_id, means, vessel_type, fee_amount, fee_currency, fee_usd, group_size, deaths, injuries)
  SELECT sub.id, sub.state, sub.month_from, coalesce((SELECT r.id FROM flow_routes r WHERE sub.state = r.origin OR sub.state = r.destination OR sub.state = ANY(r.transit) ORDER BY (r.id * 7919 + g) % 61 LIMIT 1), 1 + g % 60), (ARRAY['sea', 'air', 'land'])[1 + floor(random() * 3)::int], NULL,
    f, CASE WHEN f IS NULL THEN NULL ELSE 'USD' END, f, 1 + floor(random() * 60)::int, (random() < 0.03)::int, (random() < 0.05)::int
  FROM generate_series(0, ${incidents - 1}::int) g
  JOIN (SELECT id, state, month_from, (row_number() OVER (ORDER BY id) - 1)::int AS rn FROM flow_submissions) sub ON sub.rn = g % ${submissions}::int
  CROSS JOIN LATERAL (SELECT CASE WHEN random() < 0.8 THEN round((500 + random() * 9500)::numeric, 0) END AS f) fee`);
t = performance.now();
await new FlowsService(db, new AuditLog(db), new ImportJobs(db)).store.rollUp(null);
console.log(`rolled up in ${((performance.now() - t) / 1000).toFixed(1)} s`);
await db.query(sql`ANALYZE`);
const counts = await db.one<{ s: number; i: number }>(
  sql`SELECT (SELECT count(*) FROM flow_submissions)::int AS s, (SELECT count(*) FROM flow_incidents)::int AS i`,
);
console.log(`loaded ${counts!.s} submissions, ${counts!.i} incidents in ${((performance.now() - t) / 1000).toFixed(1)} s`);

const subject = (state: string) =>
  userActor(
    {
      userId: '00000000-0000-0000-0000-000000000001',
      email: 'bench@test.example',
      name: 'bench',
      organisationId: 'o',
      organisationKind: 'state_agency',
      state,
      memberStatus: 'member',
      roles: ['analyst'],
      clearance: 'none',
      clearanceExpires: null,
      groups: [],
    } as Subject,
    null,
  );
const flows = new FlowsService(db, new AuditLog(db), new ImportJobs(db));
const cells = new FlowsAnalysisStore(db);
const from = `${FIRST / 12}-01`;
const to = `${FIRST / 12 + 9}-12`;

async function time(label: string, fn: () => Promise<unknown>): Promise<number> {
  await fn(); // warm
  const ms: number[] = [];
  for (let r = 0; r < runs; r++) {
    t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  const m = median(ms);
  console.log(`${label.padEnd(66)} median ${m.toFixed(1).padStart(7)} ms   (min ${Math.min(...ms).toFixed(1)}, max ${Math.max(...ms).toFixed(1)})`);
  return m;
}

const idn = subject('IDN');
const results: Record<string, number> = {};
results.map = await time('map: aggregates by route, 10 years, IDN analyst (policy applied)', () =>
  flows.analysis.aggregates(idn, { from, to, groupBy: 'route' }),
);
results.trend = await time('trend: aggregates by means, 10 years, IDN analyst (policy applied)', () =>
  flows.analysis.aggregates(idn, { from, to, groupBy: 'means' }),
);
results.mapYear = await time('map: aggregates by route, last 12 months, IDN analyst', () =>
  flows.analysis.aggregates(idn, { from: `${FIRST / 12 + 9}-01`, to, groupBy: 'route' }),
);
results.lka = await time('map: aggregates by route, 10 years, LKA (never submitted)', () =>
  flows.analysis.aggregates(subject('LKA'), { from, to, groupBy: 'route' }),
);
results.cells = await time('  part: incident cells (route x means x month) as IDN stands to them', () =>
  cells.incidentCells('IDN', FIRST, FIRST + MONTHS - 1, DEFAULT_FLOWS_POLICY),
);
results.view = await time('  part: the cells under the small-cell rule, summed by route (IDN analyst)', () =>
  flows.analysis.view(idn, 'route', FIRST, FIRST + MONTHS - 1, DEFAULT_FLOWS_POLICY),
);
const visible = sql`(x.month IN (SELECT generate_series(rs.month_from, rs.month_to) FROM flow_submissions rs WHERE rs.state = 'IDN' AND rs.status = 'submitted') OR x.state = 'IDN')`;
results.filtered = await time('  part: per-state contributions by route WITH reciprocity filter', () =>
  cells.contributions('route', 'IDN', FIRST, FIRST + MONTHS - 1, visible, DEFAULT_FLOWS_POLICY),
);
results.baseline = await time('baseline: per-state contributions by route WITHOUT reciprocity filter', () =>
  cells.contributions('route', 'IDN', FIRST, FIRST + MONTHS - 1, sql`TRUE`, DEFAULT_FLOWS_POLICY),
);
results.raw = await time('baseline: regional cells by route straight from the 200k incidents', () =>
  db.query(
    sql`SELECT x.route_id, x.month, count(*), sum(x.group_size) FROM flow_incidents x JOIN flow_submissions s ON s.id = x.submission_id AND s.status = 'submitted' GROUP BY 1, 2`,
  ),
);
results.fees = await time('fees: distribution per route and median per quarter, 10 years', () => flows.analysis.fees(idn, { from, to }));

console.log('');
console.log(`ratio per-state contributions with / without reciprocity filter: ${(results.filtered / results.baseline).toFixed(2)}x`);
console.log(`ratio whole map answer (policy applied) / unfiltered per-state query: ${(results.map / results.baseline).toFixed(2)}x`);
console.log(`ratio incident cells from the rollup / regional cells straight from incidents: ${(results.cells / results.raw).toFixed(3)}x`);
console.log(`budget 300 ms: map ${results.map < 300 ? 'OK' : 'OVER'}, trend ${results.trend < 300 ? 'OK' : 'OVER'}`);
await db.close();
