// One server for bench/http-throughput.ts and bench/soak.ts, run as its own process so that the load generator
// does not share its event loop: the whole portal with the demo data set, or bare Fastify answering the portal's
// health query with nothing else (the ceiling). Prints one JSON line {port, ...} once it listens.
// Usage: npx tsx bench/lib/http-target.ts portal|bare [DATABASE_URL]   (PGlite in memory without a URL, or on files in
// its data folder with BENCH_PGLITE_FOLDER=1)

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { buildApp } from '../../src/server/app';
import { currentTotp } from '../../src/server/auth/totp';
import { loadConfig } from '../../src/server/config';
import { type Db, openDb, sql } from '../../src/server/db/index';
import { migrate } from '../../src/server/db/migrate';
import { seedDemo } from '../../src/server/demo/seed';
import { databaseFolder } from '../../src/server/main';
import { loadReferenceData } from '../../src/server/reference';

export interface TargetReady {
  port: number;
  /** portal only: the session cookie and CSRF token of a signed-in, cleared analyst. */
  cookie?: string;
  csrfToken?: string;
  /** portal only: the id of an entity the analyst may read. */
  entityId?: string;
}

const [kind, databaseUrl] = process.argv.slice(2);

/** The query GET /api/health runs (modules/system): the bare server runs the same one, so the gap is the portal's own cost. */
const healthQuery = sql`SELECT EXISTS (SELECT 1 FROM settings WHERE key = 'demo_seeded') AS demo`;

async function bare(): Promise<TargetReady> {
  const db: Db = await openDb({ databaseUrl: databaseUrl ?? null });
  await db.exec(`CREATE TABLE IF NOT EXISTS settings (key text PRIMARY KEY, value jsonb NOT NULL)`);
  const app = Fastify({ logger: false });
  app.get('/api/health', async () => {
    const row = await db.one<{ demo: boolean }>(healthQuery);
    return { status: 'ok', database: db.kind, demo: row?.demo ?? false, version: '0.1.0' };
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { port: (app.server.address() as { port: number }).port };
}

async function portal(): Promise<TargetReady> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-http-'));
  process.once('exit', () => rmSync(dataDir, { recursive: true, force: true }));
  const config = loadConfig({ webDir: '/nonexistent', dataDir, databaseUrl: databaseUrl ?? null, loginMaxFailures: 1000 });
  // PGlite in memory unless BENCH_PGLITE_FOLDER is set: then on files in the data folder, as `portal serve` keeps it
  // (the soak's memory figures are then the server's own, not the database's growing pages).
  const onFiles = !databaseUrl && Boolean(process.env.BENCH_PGLITE_FOLDER);
  const db = await openDb({ databaseUrl: databaseUrl ?? null, dataDir: onFiles ? databaseFolder(config) : null, holder: 'bench target' });
  await migrate(db);
  await loadReferenceData(db);
  const { app, services } = await buildApp({ db, config });
  const { accounts } = await seedDemo(services, dataDir);
  const analyst = accounts.find((a) => a.role === 'analyst' && a.totpSecret)!;
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: analyst.email, password: analyst.password, totp: currentTotp(analyst.totpSecret!) },
  });
  if (login.statusCode !== 200) throw new Error(`bench sign-in failed: ${login.statusCode} ${login.body}`);
  const cookie = String(login.headers['set-cookie']).split(';')[0];
  const entity = await db.one<{ id: string }>(sql`SELECT id FROM network_entities WHERE owner_state = 'AUS' ORDER BY id LIMIT 1`);
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { port: (app.server.address() as { port: number }).port, cookie, csrfToken: login.json().csrfToken, entityId: entity?.id };
}

const ready = kind === 'bare' ? await bare() : await portal();
process.stdout.write(`${JSON.stringify(ready)}\n`);
process.once('SIGTERM', () => process.exit(0));
