// HTTP throughput of the portal against bare Fastify running the same query (the ceiling): anonymous and signed-in
// GET /api/health, a signed-in API route and three heavy reads, on PGlite and on PostgreSQL. Every target is loaded
// in turn, round after round (the order rotates), by autocannon from this process while each server runs in its own;
// req/s, p50/p99 and the server process's CPU time per request are medians over the rounds with their range.
// Usage: npx tsx bench/http-throughput.ts [--db pglite,postgres] [--rounds 5] [--seconds 5] [--connections 8] [--targets bare,anonymous,...]
//   PostgreSQL: BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:55432/postgres); a database of its own is made and dropped.

import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { cpuMsOf, type RunningTarget, scratchDatabase, startTarget } from './lib/http-servers';
import { formatSpread, median, spread } from './lib/timing';

const { values: flags } = parseArgs({
  options: {
    db: { type: 'string', default: 'pglite,postgres' },
    rounds: { type: 'string', default: '5' },
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '8' },
    // A comma-separated subset of the target keys (bare, anonymous, signed_in, session, graph, coverage, intel).
    targets: { type: 'string' },
  },
});
const rounds = Number(flags.rounds);
const seconds = Number(flags.seconds);
const connections = Number(flags.connections);
const postgresServer = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:55432/postgres';

interface Target {
  key: string;
  label: string;
  url: string;
  /** The server process answering it (for its CPU time). */
  pid: number;
  /** PostgreSQL only: the database its server connects to (its backends' CPU time is counted too). */
  database?: string;
  headers?: Record<string, string>;
}

interface Sample {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** CPU milliseconds the server process spent per request answered (Linux; NaN elsewhere). */
  cpuMs: number;
  /** PostgreSQL: CPU milliseconds its backends serving this target spent per request (NaN on PGlite, in the server process). */
  dbCpuMs: number;
}

/**
 * CPU time so far of the PostgreSQL backends connected to one database, by pid (a local server: /proc of its processes).
 * A signed-in request's extra query costs the database server too, on the same two cores.
 */
async function backendCpu(database: string | undefined): Promise<Map<number, number>> {
  const cpu = new Map<number, number>();
  if (!database) return cpu;
  const client = new pg.Client({ connectionString: postgresServer });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1', [database]);
    for (const { pid } of rows) cpu.set(pid, cpuMsOf(pid));
  } finally {
    await client.end();
  }
  return cpu;
}

async function load(target: Target, durationSeconds: number): Promise<Sample> {
  const dbBefore = await backendCpu(target.database);
  const cpuBefore = cpuMsOf(target.pid);
  const result = await autocannon({ url: target.url, connections, duration: durationSeconds, headers: target.headers });
  const answered = Math.max(1, result.requests.total);
  const cpuMs = (cpuMsOf(target.pid) - cpuBefore) / answered;
  let dbCpuMs = Number.NaN;
  if (target.database) {
    let spent = 0;
    for (const [pid, after] of await backendCpu(target.database)) spent += after - (dbBefore.get(pid) ?? 0);
    dbCpuMs = spent / answered;
  }
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    cpuMs,
    dbCpuMs,
  };
}

function targetsOf(bare: RunningTarget, portal: RunningTarget): Target[] {
  const signedIn = { cookie: portal.cookie!, 'x-csrf-token': portal.csrfToken! };
  return [
    { key: 'bare', label: 'bare Fastify, same health query (ceiling)', url: `${bare.url}/api/health`, pid: bare.pid },
    { key: 'anonymous', label: 'portal GET /api/health, anonymous', pid: portal.pid, url: `${portal.url}/api/health` },
    { key: 'signed_in', label: 'portal GET /api/health, signed in', pid: portal.pid, url: `${portal.url}/api/health`, headers: signedIn },
    { key: 'session', label: 'portal GET /api/auth/session, signed in', pid: portal.pid, url: `${portal.url}/api/auth/session`, headers: signedIn },
    {
      key: 'graph',
      label: 'heavy: GET /api/networks/graph (visible graph + measures)',
      pid: portal.pid,
      url: `${portal.url}/api/networks/graph`,
      headers: signedIn,
    },
    { key: 'coverage', label: 'heavy: GET /api/legislation/coverage', pid: portal.pid, url: `${portal.url}/api/legislation/coverage`, headers: signedIn },
    {
      key: 'intel',
      label: 'heavy: GET /api/intel/reports?q=boat (search under the access filter)',
      pid: portal.pid,
      url: `${portal.url}/api/intel/reports?q=boat`,
      headers: signedIn,
    },
  ];
}

function cpuSpread(samples: Sample[], field: 'cpuMs' | 'dbCpuMs' = 'cpuMs'): string {
  const { median: m, min, max } = spread(samples.map((x) => x[field]));
  return `${m.toFixed(3)} (${min.toFixed(3)}-${max.toFixed(3)})`;
}

async function check(target: Target) {
  const res = await fetch(target.url, { headers: target.headers });
  if (res.status !== 200) throw new Error(`${target.label} answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
  // GET /api/health is public: a session that failed to resolve would pass unnoticed there, so ask a route that needs it.
  if (target.headers?.cookie) {
    const signedIn = await fetch(new URL('/api/auth/session', target.url), { headers: target.headers });
    if (signedIn.status !== 200) throw new Error(`${target.label}: the session cookie is not signed in (${signedIn.status})`);
  }
}

async function benchDatabase(kind: 'pglite' | 'postgres') {
  const [portalName, bareName] = [`bench_http_${process.pid}`, `bench_http_bare_${process.pid}`];
  const scratch = kind === 'postgres' ? await scratchDatabase(postgresServer, portalName) : null;
  const bareScratch = kind === 'postgres' ? await scratchDatabase(postgresServer, bareName) : null;
  console.log(`\n${kind}: starting the portal (migrations, reference data, demo data) and bare Fastify...`);
  const [portal, bare] = [await startTarget('portal', scratch?.url ?? null), await startTarget('bare', bareScratch?.url ?? null)];
  try {
    const only = flags.targets?.split(',');
    const targets = targetsOf(bare, portal)
      .filter((t) => !only || only.includes(t.key))
      .map((t) => ({ ...t, database: kind === 'postgres' ? (t.key === 'bare' ? bareName : portalName) : undefined }));
    for (const t of targets) await check(t);
    for (const t of targets) await load(t, 1); // warm-up: JIT, caches, connection pools
    const samples = new Map<string, Sample[]>(targets.map((t) => [t.key, []]));
    const loadBefore = loadavg();
    for (let round = 0; round < rounds; round++) {
      const order = targets.map((_, i) => targets[(i + round) % targets.length]);
      for (const t of order) samples.get(t.key)!.push(await load(t, seconds));
      process.stdout.write(`  round ${round + 1}/${rounds} done\n`);
    }
    const loadAfter = loadavg();
    console.log(
      `\n${kind === 'pglite' ? 'PGlite 0.5 (in memory)' : 'PostgreSQL 15 (local server)'}; ${connections} connections, ${seconds} s per target per round, ${rounds} rounds; ` +
        `load average before ${loadBefore.map((l) => l.toFixed(1)).join(' ')}, after ${loadAfter.map((l) => l.toFixed(1)).join(' ')}\n`,
    );
    const withDb = kind === 'postgres';
    console.log(
      `| target | req/s median (range) | p50 ms | p99 ms | errors | server CPU ms per request, median (range) |${withDb ? " PostgreSQL backends' CPU ms per request | both |" : ''}`,
    );
    console.log(`|---|---:|---:|---:|---:|---:|${withDb ? '---:|---:|' : ''}`);
    for (const t of targets) {
      const s = samples.get(t.key)!;
      const db = withDb ? ` ${cpuSpread(s, 'dbCpuMs')} | ${median(s.map((x) => x.cpuMs + x.dbCpuMs)).toFixed(3)} |` : '';
      console.log(
        `| ${t.label} | ${formatSpread(spread(s.map((x) => x.rps)))} | ${median(s.map((x) => x.p50))} | ${median(s.map((x) => x.p99))} | ${s.reduce((a, x) => a + x.errors, 0)} | ${cpuSpread(s)} |${db}`,
      );
    }
    const ratio = (a: string, b: string) => {
      const xs = samples.get(a)!;
      const ys = samples.get(b)!;
      const perRound = xs.map((x, i) => x.rps / ys[i].rps);
      return `${((100 * median(xs.map((x) => x.rps))) / median(ys.map((y) => y.rps))).toFixed(0)} % (rounds ${(100 * Math.min(...perRound)).toFixed(0)}-${(100 * Math.max(...perRound)).toFixed(0)} %)`;
    };
    // The same share from the server's CPU per request: anonymous cost over signed-in cost, round by round.
    const cpuRatio = (a: string, b: string, withBackends = false) => {
      const cost = (x: Sample) => x.cpuMs + (withBackends ? x.dbCpuMs : 0);
      const xs = samples.get(a)!;
      const ys = samples.get(b)!;
      const perRound = xs.map((x, i) => cost(ys[i]) / cost(x));
      return `${((100 * median(ys.map(cost))) / median(xs.map(cost))).toFixed(0)} % (rounds ${(100 * Math.min(...perRound)).toFixed(0)}-${(100 * Math.max(...perRound)).toFixed(0)} %)`;
    };
    const measured = (key: string) => samples.has(key);
    if (measured('signed_in') && measured('anonymous')) {
      console.log(`\nsigned-in /api/health as a share of anonymous: ${ratio('signed_in', 'anonymous')} (target: at least 60 %)`);
      console.log(`the same from the portal process's CPU per request (anonymous / signed in): ${cpuRatio('signed_in', 'anonymous')}`);
      if (kind === 'postgres')
        console.log(`the same from the CPU of the portal and its PostgreSQL backends together: ${cpuRatio('signed_in', 'anonymous', true)}`);
    }
    if (measured('anonymous') && measured('bare')) console.log(`anonymous /api/health as a share of bare Fastify: ${ratio('anonymous', 'bare')}`);
  } finally {
    await portal.stop();
    await bare.stop();
    await scratch?.drop();
    await bareScratch?.drop();
  }
}

console.log(
  `Machine: ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown'}; Node ${process.version}; load generator autocannon in this process, each server in its own.`,
);
for (const kind of flags.db.split(',') as ('pglite' | 'postgres')[]) await benchDatabase(kind);
