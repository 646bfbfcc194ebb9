// Document check bench: N recorded documents (a fifth of them in keyed-hash lists), a 500-line batch checked through the
// service exactly as POST /api/documents/check runs it (normalise, hash each line, probe clear and hashed indexes in two
// joins, log the check and its hits, audit), against the baseline a national system would write first: one indexed
// lookup per line and per hash (1,000 queries, no logging). Interleaved round by round; p50/p95 and their ratio.
// Usage: npx tsx bench/documents-check.ts [--documents 1000000] [--rounds 40] [--data-dir /tmp/documents-bench]  (DATABASE_URL for PostgreSQL)

import { createHmac } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import type { Actor } from '../src/server/access/actor';
import { loadConfig } from '../src/server/config';
import { openDb, sql } from '../src/server/db/index';
import { migrate } from '../src/server/db/migrate';
import { regionalKey } from '../src/server/modules/documents/keyed-hash';
import { loadReferenceData } from '../src/server/reference';
import { seededRandom } from '../src/server/seeded-random';
import { createFoundation, createServices } from '../src/server/services';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : fallback;
}
const size = Number(option('documents', '1000000'));
const rounds = Number(option('rounds', '40'));
const dataDir = option('data-dir', '');
const fmt = (n: number, digits = 1) => n.toLocaleString('en-US', { maximumFractionDigits: digits });
const now = () => Number(process.hrtime.bigint()) / 1e6;
const KEY = 'b5'.repeat(32);
const key = regionalKey(KEY);
const hashOf = (issuer: string, number: string) => createHmac('sha256', key.secret).update(`${issuer}|${number}`).digest('hex');

console.log(`document check bench: ${fmt(size)} recorded documents, 500-line batches, ${rounds} interleaved rounds`);
console.log(
  `machine: ${cpus().length} x ${cpus()[0]?.model.trim()}, node ${process.version}, database ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite (embedded)'}, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);

const db = await openDb({ databaseUrl: process.env.DATABASE_URL || null, dataDir: dataDir || null });
await migrate(db);
await loadReferenceData(db);

const STATES = ['IDN', 'AUS', 'MYS', 'THA', 'LKA', 'PHL', 'NZL', 'PAK', 'VNM', 'KHM', 'BGD', 'MMR', 'AFG', 'IND', 'NPL', 'CHN', 'JPN', 'KOR', 'SGP', 'FJI'];
// The document with number index g: owner and issuer from g, a 9-character number that belongs to no one.
const issuerOf = (g: number) => STATES[(g * 7) % STATES.length];
const numberOf = (g: number) => `X${String((g * 7_919) % 100_000_000).padStart(8, '0')}`;
const hashedFrom = Math.floor(size * 0.8);

const existing = (await db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM document_records`))!.n;
if (existing < size) {
  const t0 = now();
  const statesArr = `(ARRAY[${STATES.map((s) => `'${s}'`).join(',')}])`;
  for (let from = existing; from < hashedFrom; from += 100_000) {
    const to = Math.min(hashedFrom, from + 100_000);
    // The same numbering as numberOf()/issuerOf(), in SQL.
    await db.exec(`INSERT INTO document_records (owner_state, issuing_state, doc_type, number_norm, status, reported_on, demo)
      SELECT ${statesArr}[1 + (g * 3) % ${STATES.length}], ${statesArr}[1 + (g * 7) % ${STATES.length}], 'passport', 'X' || lpad(((g::bigint * 7919) % 100000000)::text, 8, '0'),
        (ARRAY['lost','stolen','revoked','fraudulent','counterfeit'])[1 + g % 5], current_date - (g % 900), true
      FROM generate_series(${from}, ${to - 1}) g`);
    process.stdout.write(`\r  recorded ${fmt(to)} clear documents (${fmt((now() - t0) / 1000)} s)`);
  }
  for (let from = Math.max(existing, hashedFrom); from < size; from += 20_000) {
    const ids = Array.from({ length: Math.min(size, from + 20_000) - from }, (_v, k) => from + k);
    await db.query(sql`INSERT INTO document_records (owner_state, issuing_state, doc_type, number_hmac, key_id, status, demo)
      SELECT u.o, u.i, 'passport', decode(u.h, 'hex'), ${key.id}, 'stolen', true
      FROM unnest(${ids.map((g) => STATES[(g * 3) % STATES.length])}::text[], ${ids.map(issuerOf)}::text[], ${ids.map((g) => hashOf(issuerOf(g), numberOf(g)))}::text[]) AS u(o, i, h)`);
    process.stdout.write(
      `\r  recorded ${fmt(ids[ids.length - 1] + 1)} documents, the last ${fmt(ids[ids.length - 1] + 1 - hashedFrom)} as keyed hashes (${fmt((now() - t0) / 1000)} s)`,
    );
  }
  await db.exec('ANALYZE document_records');
  console.log(`\n  generation and indexing: ${fmt((now() - t0) / 1000)} s`);
}

const config = loadConfig({ webDir: '/nonexistent', documentKey: KEY });
const services = createServices(createFoundation(db, config));
const officer: Actor = {
  kind: 'user',
  userId: '00000000-0000-4000-8000-00000000b001',
  email: 'bench@documents.example',
  name: 'Bench officer',
  organisationId: 'bench',
  organisationKind: 'state_agency',
  state: 'AUS',
  memberStatus: 'member',
  roles: ['officer'],
  clearance: 'secret',
  clearanceExpires: '2099-01-01',
  groups: [],
  ip: null,
};

/** A manifest of 500 passengers: 10 recorded in clear, 5 in hashed lists, the rest on no list. */
function manifest(random: () => number) {
  const lines: { number: string; issuingState: string }[] = [];
  for (let i = 0; i < 10; i++) {
    const g = Math.floor(random() * hashedFrom);
    lines.push({ number: numberOf(g), issuingState: issuerOf(g) });
  }
  for (let i = 0; i < 5; i++) {
    const g = hashedFrom + Math.floor(random() * (size - hashedFrom));
    lines.push({ number: numberOf(g), issuingState: issuerOf(g) });
  }
  while (lines.length < 500)
    lines.push({ number: `M${String(Math.floor(random() * 1e8)).padStart(8, '0')}`, issuingState: STATES[Math.floor(random() * STATES.length)] });
  return lines.sort(() => random() - 0.5);
}

/** The baseline: a loop of single-document checks, one indexed lookup by number and one by hash per line. */
async function baseline(lines: { number: string; issuingState: string }[]) {
  let hits = 0;
  for (const l of lines) {
    const clear = await db.query(
      sql`SELECT id, owner_state, status FROM document_records WHERE number_norm = ${l.number} AND issuing_state = ${l.issuingState} AND withdrawn_at IS NULL`,
    );
    const hashed = await db.query(
      sql`SELECT id, owner_state, status FROM document_records WHERE number_hmac = decode(${hashOf(l.issuingState, l.number)}, 'hex') AND key_id = ${key.id} AND withdrawn_at IS NULL`,
    );
    if (clear.length || hashed.length) hits++;
  }
  return hits;
}

const random = seededRandom(777);
const ours: number[] = [];
const base: number[] = [];
let hitsOurs = 0;
let hitsBase = 0;
for (let w = 0; w < 3; w++) {
  await services.documents.check(officer, { documents: manifest(random) });
  await baseline(manifest(random));
}
for (let r = 0; r < rounds; r++) {
  const lines = manifest(random);
  // Alternate which goes first, so neither always runs on a warmer cache.
  const runOurs = async () => {
    const t = now();
    const a = await services.documents.check(officer, { documents: lines });
    ours.push(now() - t);
    hitsOurs = a.hits;
  };
  const runBase = async () => {
    const t = now();
    hitsBase = await baseline(lines);
    base.push(now() - t);
  };
  if (r % 2) {
    await runOurs();
    await runBase();
  } else {
    await runBase();
    await runOurs();
  }
  if (hitsOurs !== hitsBase) throw new Error(`round ${r}: the service found ${hitsOurs} hits, the baseline ${hitsBase}`);
  process.stdout.write(`\r  round ${r + 1}/${rounds}`);
}
const pct = (values: number[], p: number) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
console.log(`\n  hits per batch: ${hitsOurs} (service and baseline agree every round)`);
console.log('| | p50 | p95 | min | max |');
console.log('| --- | --- | --- | --- | --- |');
for (const [name, v] of [
  ['service: one batch of 500 (two joins, check logged and audited)', ours],
  ['baseline: 1,000 single lookups, nothing logged', base],
] as const)
  console.log(`| ${name} | ${fmt(pct(v, 50))} ms | ${fmt(pct(v, 95))} ms | ${fmt(Math.min(...v))} ms | ${fmt(Math.max(...v))} ms |`);
console.log(
  `ratio service/baseline: p50 ${fmt(pct(ours, 50) / pct(base, 50), 2)}x, p95 ${fmt(pct(ours, 95) / pct(base, 95), 2)}x; target p95 < 300 ms: ${pct(ours, 95) < 300 ? 'met' : 'NOT met'}`,
);
console.log(
  `load after: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
await db.close();
