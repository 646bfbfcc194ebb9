// Intelligence search bench: N synthetic reports on the embedded database (PGlite), full-text search first page for an
// officer of one state with the access filter (readableBy) vs the same query with no access filter; p50/p95 and ratio.
// Usage: npx tsx bench/intel-search.ts [--reports 1000000] [--runs 40] [--data-dir /tmp/intel-bench]  (DATABASE_URL for PostgreSQL)
import { cpus } from 'node:os';
import { readableBy } from '../src/server/access/records';
import type { Subject } from '../src/server/access/subject';
import { openDb, type Sql, sql } from '../src/server/db/index';
import { migrate } from '../src/server/db/migrate';
import { PAGE_SIZE } from '../src/server/modules/intel/service';
import { IntelStore } from '../src/server/modules/intel/store';
import { loadReferenceData } from '../src/server/reference';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : fallback;
}
const size = Number(option('reports', '1000000'));
const runs = Number(option('runs', '40'));
const dataDir = option('data-dir', '');
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });
const now = () => Number(process.hrtime.bigint()) / 1e6;

console.log(`intel search bench: ${fmt(size)} reports, ${runs} runs per query`);
console.log(
  `machine: ${cpus().length} x ${cpus()[0]?.model.trim()}, node ${process.version}, database ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite (embedded)'}`,
);

const db = await openDb({ databaseUrl: process.env.DATABASE_URL || null, dataDir: dataDir || null });
await migrate(db);
await loadReferenceData(db);

const states = ['IDN', 'AUS', 'MYS', 'THA', 'LKA', 'PHL', 'NZL', 'PAK', 'VNM', 'KHM', 'BGD', 'MMR', 'AFG', 'IND', 'NPL', 'CHN', 'JPN', 'KOR', 'SGP', 'FJI'];
// A skewed vocabulary: a few very common words, many rare ones (like real reports).
const domain = [
  'vessel',
  'boat',
  'passport',
  'facilitator',
  'departure',
  'transit',
  'payment',
  'recruiter',
  'visa',
  'harbour',
  'airport',
  'smuggler',
  'victims',
  'broker',
  'route',
  'forged',
  'crew',
  'fishing',
  'cash',
  'hawala',
];
const existing = (await db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM intel_reports`))!.n;
if (existing < size) {
  const t0 = now();
  const batch = 50_000;
  const vocab = `ARRAY[${domain.map((w) => `'${w}'`).join(',')}]`;
  const statesArr = `(ARRAY[${states.map((s) => `'${s}'`).join(',')}])`;
  // w(k): a word from the vocabulary, or a synthetic rare word 'w<number>' (skewed by a cube).
  const word = () =>
    `(CASE WHEN random() < 0.6 THEN (${vocab})[1 + floor(random() * ${domain.length})::int] ELSE 'w' || floor(power(random(), 3) * 50000)::int END)`;
  for (let from = existing; from < size; from += batch) {
    const to = Math.min(size, from + batch);
    await db.exec(`
      INSERT INTO intel_reports (reference, title, body, category, reliability, credibility, owner_state, classification, releasable_states, created_at, demo)
      SELECT 'BENCH-' || g, ${[1, 2, 3, 4].map(word).join(` || ' ' || `)},
        ${Array.from({ length: 14 }, () => word()).join(` || ' ' || `)},
        (ARRAY['people_smuggling','trafficking_in_persons','document_fraud','money_laundering','irregular_migration'])[1 + floor(random() * 5)::int],
        (ARRAY['A','B','C','D','E','F'])[1 + floor(random() * 6)::int], (1 + floor(random() * 6)::int)::text,
        ${statesArr}[1 + floor(random() * ${states.length})::int],
        (ARRAY['members','restricted','restricted','confidential','secret'])[1 + floor(random() * 5)::int],
        ARRAY[${statesArr}[1 + floor(random() * ${states.length})::int], ${statesArr}[1 + floor(random() * ${states.length})::int]],
        now() - (g || ' minutes')::interval, true
      FROM generate_series(${from + 1}, ${to}) g`);
    process.stdout.write(`\r  generated ${fmt(to)} reports (${fmt((now() - t0) / 1000)} s)`);
  }
  await db.exec('ANALYZE intel_reports');
  console.log(`\n  generation and indexing: ${fmt((now() - t0) / 1000)} s`);
}

const officer: Subject = {
  userId: '00000000-0000-0000-0000-000000000000',
  email: 'bench@example',
  name: 'bench',
  organisationId: '00000000-0000-0000-0000-000000000000',
  organisationKind: 'state_agency',
  state: 'AUS',
  memberStatus: 'member',
  roles: ['officer'],
  clearance: 'secret',
  clearanceExpires: '2999-12-31',
  groups: [],
};
const store = new IntelStore(db);
async function timed(where: Sql): Promise<{ p50: number; p95: number; rows: number }> {
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs + 3; i++) {
    const t = now();
    rows = (await store.page(where, PAGE_SIZE, 0)).length;
    if (i >= 3) times.push(now() - t); // the first three warm the cache
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length * 0.5)], p95: times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)], rows };
}

const queries = [
  { label: 'common word ("vessel")', q: 'vessel' },
  { label: 'two words ("boat passport")', q: 'boat passport' },
  { label: 'rare word ("w40000")', q: 'w40000' },
  { label: 'no match ("nothingmatches")', q: 'nothingmatches' },
];
console.log('\nfirst page (20 rows, newest first) for an officer of AUS (secret clearance):');
console.log('query                           | filtered p50 / p95 ms | unfiltered p50 / p95 ms | ratio p95 | rows');
for (const { label, q } of queries) {
  const filtered = await timed(IntelStore.searchWhere(readableBy(officer, 'r'), { q }));
  const open = await timed(IntelStore.searchWhere(sql`TRUE`, { q }));
  console.log(
    `${label.padEnd(31)} | ${fmt(filtered.p50).padStart(8)} / ${fmt(filtered.p95).padEnd(10)} | ${fmt(open.p50).padStart(9)} / ${fmt(open.p95).padEnd(11)} | ${(filtered.p95 / open.p95).toFixed(2).padStart(9)} | ${filtered.rows}`,
  );
}
const t = now();
await Promise.all(
  (['category', 'classification', 'owner_state', 'grading'] as const).map((c) =>
    store.facet(IntelStore.searchWhere(readableBy(officer, 'r'), { q: 'vessel' }), c),
  ),
);
console.log(`\nfacets for "vessel" (4 facets, each over at most 2,000 matching rows): ${fmt(now() - t)} ms`);
await db.close();
