// Soak: a mixed read/write load on the whole portal at a set rate for N minutes (open loop: requests leave on a
// fixed schedule whatever the answers), reporting errors, latency and the server's memory per window and a memory
// trend at the end. Target (issue 11): 30 minutes at 100 req/s, 0 errors, memory flat.
// Before the load it measures what each operation costs the server alone (CPU per request, one request at a time), and
// so how many requests per second of this mix the server could answer with one core, and with two.
// Usage: npx tsx bench/soak.ts [--minutes 30] [--rate 100] [--windows 15] [--db pglite|postgres] [--pglite files|memory] [--cost-requests 40]
//   PGlite runs on files in the server's data folder, as `portal serve` keeps it (--pglite memory: in memory, as before
//   2026-11-29 session 6, when the server's memory included the database's pages).
//   PostgreSQL: BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:55432/postgres); a database of its own is made and dropped.

import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { cpuMsOf, scratchDatabase, startTarget } from './lib/http-servers';
import { formatSpread, spread } from './lib/timing';

const { values: flags } = parseArgs({
  options: {
    minutes: { type: 'string', default: '30' },
    rate: { type: 'string', default: '100' },
    windows: { type: 'string', default: '15' },
    db: { type: 'string', default: 'pglite' },
    pglite: { type: 'string', default: 'files' },
    'max-in-flight': { type: 'string', default: '200' },
    // Requests of each operation, one at a time, for its cost before the load (0: skip).
    'cost-requests': { type: 'string', default: '40' },
  },
});
const minutes = Number(flags.minutes);
const rate = Number(flags.rate);
const windowCount = Number(flags.windows);
const maxInFlight = Number(flags['max-in-flight']);
const postgresServer = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:55432/postgres';

const scratch = flags.db === 'postgres' ? await scratchDatabase(postgresServer, `bench_soak_${process.pid}`) : null;
console.log(
  `Starting the portal on ${flags.db === 'postgres' ? 'PostgreSQL' : `PGlite (${flags.pglite === 'memory' ? 'in memory' : 'on files'})`} with the demo data...`,
);
const portal = await startTarget('portal', scratch?.url ?? null, { pgliteOnFiles: flags.pglite !== 'memory' });
const headers = { cookie: portal.cookie!, 'x-csrf-token': portal.csrfToken!, 'content-type': 'application/json' };

interface Operation {
  name: string;
  weight: number;
  send(n: number): Promise<Response>;
}
const get = (path: string) => fetch(`${portal.url}${path}`, { headers });
const write = (method: string, path: string, body: unknown) => fetch(`${portal.url}${path}`, { method, headers, body: JSON.stringify(body) });
const names = ['boat', 'Ahmad', 'passport', 'Kupang', 'broker', 'Jakarta'];
// What a working day looks like: mostly reads of lists, searches and records, some writes that are audited.
const operations: Operation[] = [
  { name: 'health', weight: 10, send: () => fetch(`${portal.url}/api/health`) },
  { name: 'session', weight: 15, send: () => get('/api/auth/session') },
  { name: 'entity search', weight: 15, send: (n) => get(`/api/networks/entities?q=${names[n % names.length]}`) },
  { name: 'entity record', weight: 10, send: () => get(`/api/networks/entities/${encodeURIComponent(portal.entityId!)}`) },
  { name: 'intel search', weight: 10, send: (n) => get(`/api/intel/reports?q=${names[n % names.length]}`) },
  { name: 'members', weight: 10, send: () => get('/api/members') },
  { name: 'alerts', weight: 5, send: () => get('/api/alerts') },
  { name: 'coverage', weight: 5, send: () => get('/api/legislation/coverage') },
  {
    name: 'record entity (write)',
    weight: 10,
    send: (n) =>
      write('POST', '/api/networks/entities', { kind: 'person', name: `Soak person ${n}`, classification: 'members', reliability: 'C', credibility: '3' }),
  },
  { name: 'set language (write)', weight: 10, send: (n) => write('PUT', '/api/auth/locale', { locale: ['en', 'id', 'th'][n % 3] }) },
];
const totalWeight = operations.reduce((a, o) => a + o.weight, 0);
const pick = (n: number) => {
  let at = (n * 7919) % totalWeight; // a fixed, well-mixed sequence: runs compare like with like
  for (const o of operations) if ((at -= o.weight) < 0) return o;
  return operations[0];
};

function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return line ? Number(line.split(/\s+/)[1]) / 1024 : NaN;
}

interface Window {
  latencies: number[];
  errors: Map<string, number>;
  skipped: number;
}
const newWindow = (): Window => ({ latencies: [], errors: new Map(), skipped: 0 });
const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : NaN);

for (const o of operations) {
  const res = await o.send(0);
  if (!res.ok) throw new Error(`${o.name} answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
  await res.arrayBuffer();
}

/**
 * What each operation costs the server process alone: requests one at a time (after a warm-up), the server's CPU time
 * per request and the wall time. The weighted mean is the server's CPU per request of the mix, so 1000 / mean is the
 * most it can answer per second on one core (the portal is one Node process; on PGlite the database runs in it too,
 * on PostgreSQL its backends take more CPU besides).
 */
async function operationCosts(requestsEach: number) {
  console.log(`\nWhat each operation costs the server, ${requestsEach} requests one at a time (load average ${loadavg()[0].toFixed(1)}):\n`);
  console.log('| operation | weight | server CPU ms per request | wall ms p50 |');
  console.log('|---|---:|---:|---:|');
  let weighted = 0;
  for (const o of operations) {
    for (let n = 1; n <= 5; n++) await (await o.send(n)).arrayBuffer();
    const walls: number[] = [];
    const cpu = cpuMsOf(portal.pid);
    for (let n = 0; n < requestsEach; n++) {
      const t0 = performance.now();
      await (await o.send(1000 + n)).arrayBuffer();
      walls.push(performance.now() - t0);
    }
    const perRequest = (cpuMsOf(portal.pid) - cpu) / requestsEach;
    weighted += (perRequest * o.weight) / totalWeight;
    console.log(
      `| ${o.name} | ${o.weight} | ${perRequest.toFixed(2)} | ${percentile(
        walls.sort((a, b) => a - b),
        0.5,
      ).toFixed(1)} |`,
    );
  }
  console.log(
    `\nThe mix: ${weighted.toFixed(2)} ms of server CPU per request, so at most ${(1000 / weighted).toFixed(0)} req/s on one core ` +
      `(${(2000 / weighted).toFixed(0)} on two, with nothing else running: the load generator and the database need CPU too)\n`,
  );
}
if (Number(flags['cost-requests']) > 0) await operationCosts(Number(flags['cost-requests']));

const durationMs = minutes * 60_000;
const windowMs = durationMs / windowCount;
const intervalMs = 1000 / rate;
console.log(
  `Machine: ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown'}; Node ${process.version}; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log(
  `${minutes} min at ${rate} req/s (${Math.round(rate * minutes * 60).toLocaleString('en')} requests), ${operations.length} operations, reported every ${(windowMs / 1000).toFixed(0)} s\n`,
);
console.log('| window | minute | requests | errors | p50 ms | p99 ms | server RSS MiB | load avg |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');

const started = performance.now();
let sent = 0;
let inFlight = 0;
let window = newWindow();
const all = { requests: 0, errors: 0, latencies: [] as number[], errorKinds: new Map<string, number>(), skipped: 0 };
const memory: { minute: number; rss: number }[] = [];
/** Latencies of the requests sent, per operation: where the time goes. */
const perOperation = new Map<string, number[]>(operations.map((o) => [o.name, []]));

function report(index: number) {
  const sorted = window.latencies.sort((a, b) => a - b);
  const errors = [...window.errors.values()].reduce((a, b) => a + b, 0);
  const rss = rssMiB(portal.pid);
  const minute = ((index + 1) * windowMs) / 60_000;
  memory.push({ minute, rss });
  console.log(
    `| ${index + 1} | ${minute.toFixed(1)} | ${sorted.length + window.skipped} | ${errors + window.skipped} | ${percentile(sorted, 0.5).toFixed(1)} | ${percentile(sorted, 0.99).toFixed(1)} | ${rss.toFixed(0)} | ${loadavg()[0].toFixed(1)} |`,
  );
  for (const [kind, n] of window.errors) all.errorKinds.set(kind, (all.errorKinds.get(kind) ?? 0) + n);
  all.requests += sorted.length + window.skipped;
  all.errors += errors + window.skipped;
  all.skipped += window.skipped;
  all.latencies.push(...sorted);
  window = newWindow();
}

async function fire(n: number) {
  const operation = pick(n);
  const mine = window;
  const t0 = performance.now();
  inFlight++;
  try {
    const res = await operation.send(n);
    await res.arrayBuffer();
    if (!res.ok) mine.errors.set(`${operation.name}: ${res.status}`, (mine.errors.get(`${operation.name}: ${res.status}`) ?? 0) + 1);
  } catch (error) {
    // fetch says only "fetch failed"; what failed is its cause (undici's code: a refused or reset connection, a timeout).
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const kind = `${operation.name}: ${(error as Error).message}${cause ? ` (${[cause.code, cause.message].filter(Boolean).join(': ')})` : ''}`;
    mine.errors.set(kind, (mine.errors.get(kind) ?? 0) + 1);
  } finally {
    inFlight--;
    const ms = performance.now() - t0;
    mine.latencies.push(ms);
    perOperation.get(operation.name)!.push(ms);
  }
}

let reported = 0;
while (performance.now() - started < durationMs) {
  const due = Math.floor((performance.now() - started) / intervalMs);
  while (sent <= due) {
    // Open loop with a bound: a server that falls far behind shows as skipped requests (counted as errors), not as a pile-up here.
    if (inFlight >= maxInFlight) window.skipped++;
    else void fire(sent);
    sent++;
  }
  const windowIndex = Math.floor((performance.now() - started) / windowMs);
  while (reported < windowIndex && reported < windowCount) report(reported++);
  await new Promise((resolve) => setTimeout(resolve, Math.max(1, intervalMs / 2)));
}
while (inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 10));
while (reported < windowCount) report(reported++);
await portal.stop();
await scratch?.drop();

// Memory trend: least-squares slope over the second half (after caches and pools have filled).
const tail = memory.slice(Math.floor(memory.length / 2));
const meanX = tail.reduce((a, m) => a + m.minute, 0) / tail.length;
const meanY = tail.reduce((a, m) => a + m.rss, 0) / tail.length;
const slope =
  tail.reduce((a, m) => a + (m.minute - meanX) * (m.rss - meanY), 0) /
  Math.max(
    1e-9,
    tail.reduce((a, m) => a + (m.minute - meanX) ** 2, 0),
  );
const sorted = all.latencies.sort((a, b) => a - b);
console.log(
  `\nTotal: ${all.requests.toLocaleString('en')} requests in ${minutes} min (${(all.requests / (minutes * 60)).toFixed(1)} req/s), ` +
    `${all.errors} errors${all.skipped ? ` (${all.skipped} not sent: ${maxInFlight} already in flight)` : ''}; p50 ${percentile(sorted, 0.5).toFixed(1)} ms, p99 ${percentile(sorted, 0.99).toFixed(1)} ms, max ${sorted[sorted.length - 1]?.toFixed(0)} ms`,
);
console.log(
  `Server RSS: ${formatSpread(spread(memory.map((m) => m.rss)))} MiB over the windows; first ${memory[0]?.rss.toFixed(0)}, last ${memory[memory.length - 1]?.rss.toFixed(0)}; ` +
    `trend over the second half ${slope >= 0 ? '+' : ''}${(slope * 10).toFixed(1)} MiB per 10 min`,
);
for (const [kind, n] of all.errorKinds) console.log(`  error ${kind}: ${n}`);
console.log('\n| operation | requests | p50 ms | p99 ms |');
console.log('|---|---:|---:|---:|');
for (const [name, ms] of perOperation) {
  const byTime = ms.sort((a, b) => a - b);
  console.log(`| ${name} | ${byTime.length.toLocaleString('en')} | ${percentile(byTime, 0.5).toFixed(1)} | ${percentile(byTime, 0.99).toFixed(1)} |`);
}
