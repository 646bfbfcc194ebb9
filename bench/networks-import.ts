// Import benchmark: N FollowTheMoney lines (default 1,000,000) streamed through the networks importer into PGlite
// (or DATABASE_URL): lines per second and peak memory, against a baseline of one INSERT per line on a sample.
// Run: npx tsx bench/networks-import.ts [lines]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { openDb, sql } from '../src/server/db/index.js';
import { migrate } from '../src/server/db/migrate.js';
import { importJsonLines, NetworkImport } from "./lib/networks-import-previous.js";
import { readFtmLine, type LineContext } from '../src/server/modules/networks/ftm-line.js';
import { NetworksStore } from '../src/server/modules/networks/store.js';

const lines = Number(process.argv[2] ?? process.env.NETWORKS_IMPORT_LINES ?? 1_000_000);
const baselineLines = Math.min(2_000, lines);

/** Deterministic synthetic FtM: 80% entities (persons, phones, vessels), 20% links to entities already written. */
function* ftmLines(count: number, prefix: string): Generator<string> {
  let entities = 0;
  for (let i = 0; i < count; i++) {
    if (i % 5 === 4 && entities > 10) {
      const a = (i * 7919) % entities;
      const b = (i * 104729 + 13) % entities;
      yield `${JSON.stringify({ id: `${prefix}l${i}`, schema: 'UnknownLink', properties: { subject: [`${prefix}e${a}`], object: [`${prefix}e${b}`], role: ['communicates_with'] } })}\n`;
      continue;
    }
    const n = entities++;
    const kind = n % 10;
    const line = kind < 7
      ? { id: `${prefix}e${n}`, schema: 'Person', properties: { name: [`Person ${n} Example`], birthDate: [`19${50 + (n % 50)}-0${1 + (n % 9)}-1${n % 9}`], nationality: ['lk'] } }
      : kind < 9
        ? { id: `${prefix}e${n}`, schema: 'UserAccount', properties: { number: [`+9477${String(1000000 + n).slice(-7)}`], service: ['phone'] } }
        : { id: `${prefix}e${n}`, schema: 'Vessel', properties: { name: [`MV Example ${n}`], imoNumber: [String(9000000 + (n % 999999))] } };
    yield `${JSON.stringify(line)}\n`;
  }
}

const context: LineContext = {
  provenance: { sourceState: 'AUS', sourceReport: 'BENCH', reliability: 'C', credibility: '3', ownerState: 'AUS', classification: 'restricted', releasableStates: [], releasableGroups: [], handlingCodes: [], demo: false },
  allowedClassifications: ['members', 'restricted'], iso3: (c) => c.toUpperCase(), today: new Date().toISOString().slice(0, 10),
};

const dataDir = process.env.DATABASE_URL ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'networks-bench-'));
const db = await openDb({ databaseUrl: process.env.DATABASE_URL ?? null, dataDir });
await migrate(db);
const store = new NetworksStore(db);

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 50);

// Baseline: the obvious importer, one INSERT per line, on a sample.
const baselineStart = performance.now();
for (const text of ftmLines(baselineLines, 'base-')) {
  const parsed = readFtmLine(text, context);
  if ('error' in parsed) continue;
  if (parsed.entity) await store.upsertEntities([parsed.entity]);
  for (const link of parsed.links) await store.upsertLinks([link]);
}
const baselineRate = baselineLines / ((performance.now() - baselineStart) / 1000);

const rssBefore = process.memoryUsage().rss;
peakRss = rssBefore;
const started = performance.now();
const report = await importJsonLines(Readable.from(ftmLines(lines, 'b-')), context, new NetworkImport(store, async () => {}));
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
const stored = await db.one<{ n: number }>(sql`SELECT (SELECT count(*) FROM network_entities WHERE id LIKE 'b-%') + (SELECT count(*) FROM network_links WHERE id LIKE 'b-%') AS n`);

const rate = lines / seconds;
console.log(`machine: ${os.cpus().length} cpus, ${os.cpus()[0]?.model}; database: ${db.kind}`);
console.log(`lines: ${lines}, imported: ${report.imported}, stored: ${stored?.n}, errors: ${report.errorCount}`);
console.log(`batched import: ${seconds.toFixed(1)} s, ${Math.round(rate)} lines/s`);
console.log(`peak RSS during import: ${Math.round(peakRss / 2 ** 20)} MiB (before: ${Math.round(rssBefore / 2 ** 20)} MiB)`);
console.log(`baseline (one INSERT per line, ${baselineLines} lines): ${Math.round(baselineRate)} lines/s; ratio ${(rate / baselineRate).toFixed(1)}x`);
await db.close();
if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
