// Agreements check bench: N synthetic agreements among the member states on the embedded database (PGlite); latency of
// agreements.check(a, b, category, date), the question the intelligence exchange asks before every dissemination,
// against the naive baseline of loading every agreement and filtering parties, dates and scope in JavaScript.
// Usage: npx tsx bench/agreements-check.ts [--agreements 5000] [--runs 200]  (DATABASE_URL for PostgreSQL)
import { cpus } from 'node:os';
import { AuditLog } from '../src/server/audit/log';
import { openDb, sql } from '../src/server/db/index';
import { migrate } from '../src/server/db/migrate';
import { scopesCovering } from '../src/server/modules/agreements/scope';
import { AgreementsService } from '../src/server/modules/agreements/service';
import { DirectoryService } from '../src/server/modules/directory/service';
import { MembersService } from '../src/server/modules/members/service';
import { loadReferenceData } from '../src/server/reference';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : fallback;
}
const size = Number(option('agreements', '5000'));
const runs = Number(option('runs', '200'));
const now = () => Number(process.hrtime.bigint()) / 1e6;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

console.log(`agreements check bench: ${size} agreements, ${runs} checks`);
console.log(
  `machine: ${cpus().length} x ${cpus()[0]?.model.trim()}, node ${process.version}, database ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite (embedded)'}`,
);

const db = await openDb({ databaseUrl: process.env.DATABASE_URL || null, dataDir: null });
await migrate(db);
await loadReferenceData(db);
const audit = new AuditLog(db);
const members = new MembersService(db, audit);
const agreements = new AgreementsService(db, audit, members, new DirectoryService(db, audit, members));

const states = (await db.query<{ code: string }>(sql`SELECT code FROM members WHERE kind <> 'organisation' ORDER BY code`)).map((r) => r.code);
const scopes = ['smuggling_intelligence', 'trafficking_intelligence', 'document_fraud', 'financial_intelligence', 'corruption_intelligence'];
let t = now();
// Bulk synthetic rows in SQL: two or three parties, one or two scopes, effective 2000-2025, half with an expiry.
await db.query(sql`
  INSERT INTO agreements (id, title, type, scope, status, signed_on, effective_on, expires_on, demo)
  SELECT md5(i::text)::uuid, 'bench ' || i, 'mou',
    CASE WHEN i % 3 = 0 THEN ARRAY[(${scopes}::text[])[1 + i % 5], (${scopes}::text[])[1 + (i / 5) % 5]] ELSE ARRAY[(${scopes}::text[])[1 + i % 5]] END,
    'in_force', date '2000-01-01' + (i * 37 % 9000), date '2000-01-01' + (i * 37 % 9000),
    CASE WHEN i % 2 = 0 THEN date '2000-01-01' + (i * 37 % 9000) + 1825 ELSE NULL END, true
  FROM generate_series(1, ${size}) AS i`);
await db.query(sql`
  INSERT INTO agreement_parties (agreement_id, member_code)
  SELECT DISTINCT md5(i::text)::uuid, (${states}::text[])[1 + ((i * k * 7919) % ${states.length})]
  FROM generate_series(1, ${size}) AS i, generate_series(1, 3) AS k WHERE k < 3 OR i % 4 = 0`);
console.log(`setup: ${(now() - t).toFixed(0)} ms`);

const categories = ['people_smuggling', 'trafficking_in_persons', 'identity_fraud', 'money_laundering', 'corruption'];
const queries = Array.from({ length: runs }, (_, i) => ({
  a: states[(i * 13) % states.length],
  b: states[(i * 29 + 1) % states.length],
  category: categories[i % 5],
  date: `20${10 + (i % 15)}-06-01`,
})).filter((q) => q.a !== q.b);

const timed: number[] = [];
let covered = 0;
for (const q of queries) {
  t = now();
  if ((await agreements.check(q.a, q.b, q.category, q.date)).covered) covered++;
  timed.push(now() - t);
}

// Baseline: every agreement loaded (as a list page would), then parties, dates and scope filtered in JavaScript.
const naive: number[] = [];
let naiveCovered = 0;
for (const q of queries.slice(0, Math.min(queries.length, 20))) {
  t = now();
  const all = await agreements.store.list([]);
  const scopesFor = scopesCovering(q.category);
  const hit = all.find(
    (ag) =>
      ag.parties.some((p) => p.state === q.a) &&
      ag.parties.some((p) => p.state === q.b) &&
      ag.effectiveOn !== null &&
      ag.effectiveOn <= q.date &&
      (ag.expiresOn === null || ag.expiresOn >= q.date) &&
      ag.scope.some((s) => scopesFor.includes(s)),
  );
  if (hit) naiveCovered++;
  naive.push(now() - t);
}
const agree = queries.slice(0, naive.length).length;
console.log(`check():        p50 ${pct(timed, 50).toFixed(2)} ms, p95 ${pct(timed, 95).toFixed(2)} ms (${covered}/${queries.length} covered)`);
console.log(
  `naive baseline: p50 ${pct(naive, 50).toFixed(2)} ms, p95 ${pct(naive, 95).toFixed(2)} ms (${naiveCovered}/${agree} covered of the first ${agree})`,
);
console.log(`ratio (baseline p50 / check p50): ${(pct(naive, 50) / pct(timed, 50)).toFixed(1)}x`);
await db.close();
