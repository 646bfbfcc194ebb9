// What a signed-in request pays for its session: CPU per call of the session query (AuthStore.sessionWithUser, as the
// access hook runs it) against the queries it replaced (whole rows as jsonb; before that the state's groups read by a
// subquery) and the anonymous health query, in-process, taking turns round by round. CPU time, not wall time: on a shared machine the load moves wall time
// several-fold and CPU time much less. A demo-sized portal: one signed-in analyst whose state belongs to two groups.
// Usage: npx tsx bench/session-query.ts [--calls 3000] [--rounds 7]   (DATABASE_URL for PostgreSQL: then the CPU is the
// client's only, so read the wall time column)
import { createHash } from 'node:crypto';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { sql } from '../src/server/db/index.js';
import { createTestPortal, signedIn } from '../src/server/testing/portal.js';
import { spread } from './lib/timing.js';

const option = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1]! : fallback;
};
const calls = Number(option('calls', '3000'));
const rounds = Number(option('rounds', '7'));
process.env.PORTAL_SECRET_KEY ??= Buffer.alloc(32, 7).toString('base64');

const portal = await createTestPortal();
const analyst = await signedIn(portal, { role: 'analyst', state: 'AUS', clearance: 'secret' });
const db = portal.db;
for (const group of ['bench-a', 'bench-b']) {
  await db.query(sql`INSERT INTO groups (code, name) VALUES (${group}, ${group}) ON CONFLICT DO NOTHING`);
  await db.query(sql`INSERT INTO group_members (group_code, member_code) VALUES (${group}, 'AUS') ON CONFLICT DO NOTHING`);
}
const sessionId = createHash('sha256')
  .update(decodeURIComponent(analyst.cookie.split('=')[1]!))
  .digest('hex');

/** The session query before migration 0856: the same join, the groups by a subquery on every call. */
const previous = sql.prepared(
  'bench_session_previous',
  sql`
  SELECT to_jsonb(s) AS session, to_jsonb(u) AS account, o.name::text AS organisation_name, o.kind::text AS organisation_kind,
         o.member_code::text AS member_code, m.status::text AS member_status,
         ARRAY(SELECT gm.group_code::text FROM group_members gm WHERE gm.member_code = o.member_code ORDER BY gm.group_code) AS groups
  FROM sessions s JOIN users u ON u.id = s.user_id JOIN organisations o ON o.id = u.organisation_id LEFT JOIN members m ON m.code = o.member_code
  WHERE s.id = ${sessionId}`,
);
/** The session query before one JSON column (2026-11-29): the whole session and account rows as jsonb, five more columns. */
const jsonbRows = sql.prepared(
  'bench_session_jsonb_rows',
  sql`
  SELECT to_jsonb(s) AS session, to_jsonb(u) AS account, o.name::text AS organisation_name, o.kind::text AS organisation_kind,
         o.member_code::text AS member_code, m.status::text AS member_status, m.group_codes AS groups
  FROM sessions s JOIN users u ON u.id = s.user_id JOIN organisations o ON o.id = u.organisation_id LEFT JOIN members m ON m.code = o.member_code
  WHERE s.id = ${sessionId}`,
);
const health = sql.prepared('bench_health', sql`SELECT EXISTS (SELECT 1 FROM settings WHERE key = 'demo_seeded') AS demo`);

/** The floor of any query: one round trip that reads nothing. */
const roundTrip = sql.prepared('bench_round_trip', sql`SELECT 1 AS one`);
const token = decodeURIComponent(analyst.cookie.split('=')[1]!);

const contenders: Record<string, () => Promise<unknown>> = {
  'whole session resolution (AuthService.resolve: token hash, query, checks, subject)': () => portal.services.auth.resolve(token),
  'session query (ours, with the JS around it)': () => portal.services.auth.store.sessionWithUser(sessionId),
  'session query before one JSON column: two jsonb rows (SQL alone)': () => db.one(jsonbRows),
  'session query before 0856 (SQL alone)': () => db.one(previous),
  'health query (anonymous request)': () => db.one(health),
  'SELECT 1 (one round trip, nothing read)': () => db.one(roundTrip),
};
const found = (await portal.services.auth.store.sessionWithUser(sessionId))!;
const before = (await db.one<{ groups: string[] }>(previous))!;
if (found.groups.join() !== before.groups.join() || found.groups.length !== 2) throw new Error(`groups differ: ${found.groups} / ${before.groups}`);

const results = new Map<string, { cpu: number[]; wall: number[] }>();
for (let round = 0; round < rounds; round++) {
  const order = Object.keys(contenders);
  for (let i = 0; i < round % order.length; i++) order.push(order.shift()!);
  for (const name of order) {
    const run = contenders[name]!;
    const cpu = process.cpuUsage();
    const wall = performance.now();
    for (let i = 0; i < calls; i++) await run();
    const used = process.cpuUsage(cpu);
    const entry = results.get(name) ?? { cpu: [], wall: [] };
    entry.cpu.push((used.user + used.system) / calls);
    entry.wall.push(((performance.now() - wall) * 1000) / calls);
    results.set(name, entry);
  }
}
console.log(
  `session query bench: ${db.kind}, ${calls} calls x ${rounds} rounds, turns taken; ${os.cpus().length} x ${os.cpus()[0]?.model.trim()}, node ${process.version}`,
);
console.log(
  `load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log('| query | CPU us per call, median (range) | wall us per call, median (range) |\n|---|---:|---:|');
for (const [name, r] of results) {
  const cpu = spread(r.cpu);
  const wall = spread(r.wall);
  console.log(
    `| ${name} | ${cpu.median.toFixed(0)} (${cpu.min.toFixed(0)}-${cpu.max.toFixed(0)}) | ${wall.median.toFixed(0)} (${wall.min.toFixed(0)}-${wall.max.toFixed(0)}) |`,
  );
}
await portal.close();
