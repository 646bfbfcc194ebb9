// Networks import benchmark: N FollowTheMoney lines through four importers, interleaved round by round, each run in a
// fresh database in a child process of its own (so its peak memory is its own):
//   ours        the portal's import job: lines read through the FtM model (on worker threads where the database leaves
//               cores free: import-pool.ts readingThreads; --threads N to choose), COPY into staging, one merge transaction
//   one-thread  the same job with every line read on the main thread (as before the worker threads)
//   previous    the importer it replaced: batched INSERT ... ON CONFLICT per 2,000 rows, committed batch by batch
//   ceiling     the database alone: the same staging rows, built before the clock starts, COPYed and merged the same way
// Lines per second (median and range over the rounds) and peak RSS (the process's high-water mark, PGlite included).
// Usage: npx tsx bench/networks-import.ts [--lines 20000] [--rounds 3] [--only ours,one-thread,previous,ceiling] [--threads N]   (DATABASE_URL for PostgreSQL)
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { userActor } from '../src/server/access/actor.js';
import type { Subject } from '../src/server/access/subject.js';
import { AuditLog } from '../src/server/audit/log.js';
import { type Db, openDb, sql } from '../src/server/db/index.js';
import { migrate } from '../src/server/db/migrate.js';
import { localised } from '../src/server/i18n/text.js';
import { ImportJobs } from '../src/server/imports/jobs.js';
import type { LineContext } from '../src/server/modules/networks/ftm-line.js';
import { ImportStaging } from '../src/server/modules/networks/import.js';
import { readLineBatch } from '../src/server/modules/networks/import-lines.js';
import { ImportMerge } from '../src/server/modules/networks/import-merge.js';
import { NetworkImports } from '../src/server/modules/networks/import-service.js';
import { NetworksStore } from '../src/server/modules/networks/store.js';
import { importJsonLines, NetworkImport } from './lib/networks-import-previous.js';
import { spread } from './lib/timing.js';

const option = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1]! : fallback;
};
const contenders = ['ours', 'one-thread', 'previous', 'ceiling'] as const;
type Contender = (typeof contenders)[number];

/**
 * Deterministic synthetic FtM: of every 10 lines, 5 persons, 1 phone account, 1 vessel, 1 sanction naming a person,
 * 1 ownership with a percentage and 1 unknown link, all between entities already written.
 */
function* ftmLines(count: number): Generator<string> {
  let entities = 0;
  for (let i = 0; i < count; i++) {
    const slot = i % 10;
    const a = entities > 10 ? (i * 7919) % entities : 0;
    const b = entities > 10 ? (i * 104729 + 13) % entities : 1;
    if (slot === 8 && entities > 10) {
      yield `${JSON.stringify({ id: `o${i}`, schema: 'Ownership', properties: { owner: [`e${a}`], asset: [`e${b}`], percentage: [String(i % 100)], startDate: ['2020-01-01'] } })}\n`;
      continue;
    }
    if (slot === 9 && entities > 10) {
      yield `${JSON.stringify({ id: `l${i}`, schema: 'UnknownLink', properties: { subject: [`e${a}`], object: [`e${b}`], role: ['communicates_with'] } })}\n`;
      continue;
    }
    const n = entities++;
    const line =
      slot === 5
        ? { id: `e${n}`, schema: 'UserAccount', properties: { number: [`+9477${String(1000000 + n).slice(-7)}`], service: ['phone'] } }
        : slot === 6
          ? { id: `e${n}`, schema: 'Vessel', properties: { name: [`MV Example ${n}`], imoNumber: [String(9000000 + (n % 999999))], flag: ['lk'] } }
          : slot === 7 && n > 10
            ? {
                id: `e${n}`,
                schema: 'Sanction',
                properties: { entity: [`e${a}`], authority: ['Example Authority'], program: ['Example Programme'], startDate: ['2023-06-01'] },
              }
            : {
                id: `e${n}`,
                schema: 'Person',
                properties: { name: [`Person ${n} Example`], birthDate: [`19${50 + (n % 50)}-0${1 + (n % 9)}-1${n % 9}`], nationality: ['lk'] },
              };
    yield `${JSON.stringify(line)}\n`;
  }
}

const subject: Subject = {
  userId: '00000000-0000-4000-8000-0000000be0c1',
  email: 'bench@bench.example',
  name: 'Bench analyst',
  organisationId: '',
  organisationKind: 'state_agency',
  state: 'AUS',
  memberStatus: 'member',
  roles: ['analyst'],
  clearance: 'secret',
  clearanceExpires: '2099-12-31',
  groups: [],
};
const context: LineContext = {
  provenance: {
    sourceState: 'AUS',
    sourceReport: 'BENCH',
    reliability: 'C',
    credibility: '3',
    ownerState: 'AUS',
    classification: 'restricted',
    releasableStates: [],
    releasableGroups: [],
    handlingCodes: [],
    demo: false,
  },
  allowedClassifications: ['members', 'restricted', 'confidential', 'secret'],
  countries: {},
  today: new Date().toISOString().slice(0, 10),
};

/**
 * CPU seconds of this process's main thread alone (Linux: /proc/self/task/<pid>/stat, user + system in clock ticks of
 * 1/100 s); process.cpuUsage() counts the worker threads too. On PGlite the main thread runs the database as well, so
 * its CPU time is the import's critical path.
 */
function mainThreadCpuSeconds(): number {
  try {
    const fields = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

/** The timed part of a run: BENCH_PHASES reports the main thread's CPU seconds inside it. */
const timedSection = {
  start: () => {},
  mainCpu: 0,
  cpuAtStart: 0,
};

/**
 * BENCH_PHASES=1: where the time goes, on stderr: seconds spent in COPY into staging and in the merge transaction (the
 * rest of a run is reading and checking lines in JavaScript), and every statement that took over 300 ms.
 */
function wherePhasesGo(db: Db): void {
  const phases = { copy: 0, merge: 0 };
  timedSection.start = () => {
    timedSection.cpuAtStart = mainThreadCpuSeconds();
  };
  const copy = db.copyFrom.bind(db);
  const transaction = db.transaction.bind(db);
  const query = db.query.bind(db);
  db.copyFrom = async (table, columns, data) => {
    const t = performance.now();
    await copy(table, columns, data);
    phases.copy += performance.now() - t;
  };
  db.transaction = async <T>(fn: () => Promise<T>) => {
    const t = performance.now();
    try {
      return await transaction(fn);
    } finally {
      phases.merge += performance.now() - t;
    }
  };
  db.query = async <T>(q: Parameters<Db['query']>[0]) => {
    const t = performance.now();
    try {
      return await query<T>(q);
    } finally {
      const ms = performance.now() - t;
      if (ms > 300) process.stderr.write(`slow ${ms.toFixed(0)} ms: ${q.strings.join('?').replace(/\s+/g, ' ').slice(0, 160)}\n`);
    }
  };
  process.on('exit', () =>
    process.stderr.write(
      `phases (s): copy ${(phases.copy / 1000).toFixed(1)}, merge ${(phases.merge / 1000).toFixed(1)}, cpu ${(process.cpuUsage().user / 1e6).toFixed(1)} user + ${(process.cpuUsage().system / 1e6).toFixed(1)} system, of which the main thread ${mainThreadCpuSeconds().toFixed(1)} (${(timedSection.mainCpu).toFixed(1)} while timed)\n`,
    ),
  );
}

/**
 * One run of one contender in this (child) process: a fresh database, the import timed, its result counted. On PGlite the
 * database is a copy of a migrated template folder, opened as the server opens its folder: creating a cluster (initdb)
 * costs PGlite ~850 MiB of RSS once, which is not the import's.
 */
async function child(contender: Contender, lines: number, template: string | null): Promise<void> {
  let dataDir: string | null = null;
  let dropDatabase: (() => Promise<void>) | null = null;
  let db: Db;
  if (process.env.DATABASE_URL) {
    const name = `bench_import_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    const admin = await openDb({ databaseUrl: process.env.DATABASE_URL });
    await admin.exec(`CREATE DATABASE ${name}`);
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    db = await openDb({ databaseUrl: url.toString() });
    dropDatabase = async () => {
      await admin.exec(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin.close();
    };
  } else {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'networks-import-bench-'));
    fs.cpSync(template!, dataDir, { recursive: true });
    db = await openDb({ dataDir });
  }
  await migrate(db);
  const audit = new AuditLog(db);
  if (process.env.BENCH_PHASES) wherePhasesGo(db);
  let seconds = 0;
  if (contender === 'ours' || contender === 'one-thread') {
    // ours: the database's default (readingThreads), or --threads N.
    const threads = contender === 'one-thread' ? 0 : process.argv.includes('--threads') ? Number(option('threads', '0')) : undefined;
    const imports = new NetworkImports(db, audit, new ImportJobs(db), threads === undefined ? undefined : { threads });
    timedSection.start();
    const started = performance.now();
    const job = await imports.ftm(
      userActor(subject, null),
      Readable.from(ftmLines(lines)),
      { lineContext: async () => context, recorded: [] },
      { bench: true },
    );
    seconds = (performance.now() - started) / 1000;
    timedSection.mainCpu = mainThreadCpuSeconds() - timedSection.cpuAtStart;
    if (job.status !== 'completed' || job.errorCount)
      throw new Error(`import ${job.status}: ${JSON.stringify(localised(job.errors.slice(0, 3), 'en'))} ${localised(job.message, 'en')}`);
  } else if (contender === 'previous') {
    const started = performance.now();
    const report = await importJsonLines(Readable.from(ftmLines(lines)), context, new NetworkImport(new NetworksStore(db), async () => {}));
    seconds = (performance.now() - started) / 1000;
    if (report.errorCount) throw new Error(`previous importer refused ${report.errorCount} lines: ${JSON.stringify(report.errors.slice(0, 3))}`);
  } else {
    // The staging rows of the whole file, made before the clock starts: what is timed is the database's part alone.
    const importId = randomUUID();
    await db.query(sql`INSERT INTO imports (id, module, format, user_id, state) VALUES (${importId}, 'networks', 'ftm', ${subject.userId}, 'AUS')`);
    const chunks: { entities: (string | Uint8Array)[]; links: (string | Uint8Array)[] }[] = [];
    const capture = new ImportStaging(
      {
        copyFrom: async (table: string, _c: readonly string[], data: string | Uint8Array) => {
          if (table === 'network_import_entities') chunks.push({ entities: [data], links: [] });
          else chunks.push({ entities: [], links: [data] });
        },
      } as unknown as Db,
      { id: importId, error: () => undefined, notice: () => undefined } as never,
    );
    let batch: string[] = [];
    let first = 1;
    for (const text of ftmLines(lines)) {
      batch.push(text);
      if (batch.length < 10_000) continue;
      await capture.addBatch(readLineBatch(batch.join(''), first, importId, context));
      first += batch.length;
      batch = [];
    }
    if (batch.length) await capture.addBatch(readLineBatch(batch.join(''), first, importId, context));
    await capture.settle();
    const { STAGED_ENTITY_COLUMNS, STAGED_LINK_COLUMNS } = await import('../src/server/modules/networks/staging-rows.js');
    const started = performance.now();
    for (const c of chunks) {
      for (const data of c.entities) await db.copyFrom('network_import_entities', STAGED_ENTITY_COLUMNS, data);
      for (const data of c.links) await db.copyFrom('network_import_links', STAGED_LINK_COLUMNS, data);
    }
    await db.transaction(() => new ImportMerge(db).merge(importId, subject, capture.repeated));
    await new ImportMerge(db).discard([importId]);
    seconds = (performance.now() - started) / 1000;
  }
  const stored = await db.one<{ n: number }>(
    sql`SELECT (SELECT count(*) FROM network_entities) + (SELECT count(*) FROM network_links WHERE derived_from IS NULL) AS n`,
  );
  await db.close();
  await dropDatabase?.();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  process.stdout.write(`${JSON.stringify({ contender, seconds, stored: stored?.n ?? 0, peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
}

function runChild(
  contender: Contender | 'setup',
  lines: number,
  template: string,
): Promise<{ contender: Contender; seconds: number; stored: number; peakRssMiB: number }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        fileURLToPath(import.meta.url),
        '--child',
        contender,
        '--lines',
        String(lines),
        '--template',
        template,
        ...(process.argv.includes('--threads') ? ['--threads', option('threads', '0')] : []),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    proc.stdout.on('data', (c) => {
      out += c;
    });
    proc.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!)) : reject(new Error(`${contender} exited ${code}`))));
  });
}

if (process.argv.includes('--child') && option('child', '') === 'setup') {
  // The template: a migrated PGlite folder, made once per bench run.
  const db = await openDb({ dataDir: option('template', '') });
  await migrate(db);
  await db.close();
  process.stdout.write('{}\n');
} else if (process.argv.includes('--child')) {
  await child(option('child', 'ours') as Contender, Number(option('lines', '20000')), process.env.DATABASE_URL ? null : option('template', ''));
} else {
  const lines = Number(option('lines', '20000'));
  const rounds = Number(option('rounds', '3'));
  const only = option('only', contenders.join(',')).split(',') as Contender[];
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  console.log(`networks import bench: ${fmt(lines)} FtM lines, ${rounds} interleaved rounds of ${only.join(', ')}`);
  console.log(
    `machine: ${os.cpus().length} x ${os.cpus()[0]?.model.trim()}, node ${process.version}, database ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite (embedded, file-backed)'}; load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const template = fs.mkdtempSync(path.join(os.tmpdir(), 'networks-import-template-'));
  if (!process.env.DATABASE_URL) await runChild('setup', 0, template);
  const results = new Map<Contender, { rate: number[]; rss: number[]; stored: number }>();
  for (let round = 1; round <= rounds; round++) {
    for (const contender of only) {
      const r = await runChild(contender, lines, template);
      const entry = results.get(contender) ?? { rate: [], rss: [], stored: r.stored };
      entry.rate.push(lines / r.seconds);
      entry.rss.push(r.peakRssMiB);
      results.set(contender, entry);
      console.log(
        `  round ${round} ${contender.padEnd(8)} ${r.seconds.toFixed(1)} s, ${fmt(lines / r.seconds)} lines/s, peak RSS ${r.peakRssMiB} MiB, ${fmt(r.stored)} records stored`,
      );
    }
  }
  const ours = results.get('ours');
  console.log('\ncontender  lines/s median (range)            peak RSS MiB median (range)  vs ours');
  for (const [contender, r] of results) {
    const rate = spread(r.rate);
    const rss = spread(r.rss);
    const ratio = ours ? spread(ours.rate).median / rate.median : NaN;
    console.log(
      `${contender.padEnd(10)} ${fmt(rate.median).padStart(8)} (${fmt(rate.min)}-${fmt(rate.max)})`.padEnd(44) +
        `${fmt(rss.median)} (${fmt(rss.min)}-${fmt(rss.max)})`.padEnd(29) +
        (contender === 'ours' ? '1.00' : `ours is ${ratio.toFixed(2)}x`),
    );
  }
  console.log(
    `load after: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  fs.rmSync(template, { recursive: true, force: true });
}
