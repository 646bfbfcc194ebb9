// A restore killed with kill -9 in the middle (the command itself, or the server running it) leaves the portal as
// empty as before, never partial; started again, the same restore completes and verifies.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openDb, sql } from '../db/index.js';
import { seedDemo } from '../demo/seed.js';
import { createTestDb, type TestDb } from '../testing/db.js';
import { tableCounts } from '../testing/every-table.js';
import { createTestPortal, type TestPortal } from '../testing/portal.js';
import { portal, portalRun, startServer } from '../testing/processes.js';
import { backup } from './backup.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-restore-crash-'));
const file = path.join(dir, 'portal.backup');
const BULK = 60_000;
let source: TestPortal;
/** Row counts of a freshly opened portal (reference data only): what "empty" means. */
let emptyCounts: Map<string, number>;
const servers: TestDb[] = [];

const progress = /^restore: [\d,]+ of [\d,]+ rows/;

async function expectEmpty(db: Db) {
  expect(await tableCounts(db)).toEqual(emptyCounts);
}

beforeAll(async () => {
  source = await createTestPortal({}, { engine: 'pglite' });
  await seedDemo(source.services, dir);
  // Enough rows that a restore takes seconds; each entity merged into the next, so the self-reference points forward.
  await source.db.query(sql`
    INSERT INTO network_entities (id, kind, schema, caption, classification, merged_into)
    SELECT 'bulk-' || i, 'person', 'Person', 'Bulk person ' || i, 'members', CASE WHEN i < ${BULK} THEN 'bulk-' || (i + 1) END
    FROM generate_series(1, ${BULK}) AS i`);
  await backup(source.db, file, { keyring: source.services.secrets, passphrase: null });
  const fresh = await createTestDb({ engine: 'pglite' });
  emptyCounts = await tableCounts(fresh.db);
  await fresh.drop();
}, 300_000);

afterAll(async () => {
  for (const s of servers) await s.drop().catch(() => undefined);
  await source?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a restore killed in the middle', () => {
  it('kill -9 of `portal restore` leaves the portal empty; run again, it restores whole', { timeout: 600_000 }, async () => {
    // On the server in DATABASE_URL when one is set, else in a PGlite folder the command opens itself.
    const server = process.env.DATABASE_URL ? await createTestDb() : null;
    if (server) servers.push(server);
    const env = { PORTAL_DATA: path.join(dir, 'cli'), DATABASE_URL: server?.url ?? '' };

    const restoring = portal(['restore', file], env);
    await restoring.waitFor(progress);
    restoring.child.kill('SIGKILL');
    expect(await restoring.exited).toBe('SIGKILL');

    const db = server?.db ?? (await openDb({ dataDir: path.join(env.PORTAL_DATA, 'db') }));
    await expectEmpty(db);
    if (!server) await db.close();

    const again = await portalRun(['restore', '--verify', file], env);
    expect(again.stderr).not.toMatch(/error/);
    expect(again.stdout).toMatch(/^restored \d+ rows in \d+ tables; checksums match$/m);
    expect(again.code).toBe(0);
  });

  it('kill -9 of the server running a restore leaves the portal empty; restarted, it restores whole', { timeout: 600_000 }, async () => {
    const env = { PORTAL_DATA: path.join(dir, 'server'), DATABASE_URL: '' };
    // What this empty portal holds once a server has run on it (its job runner's queues and schedules): the baseline.
    const fresh = await startServer(env);
    fresh.child.kill('SIGTERM');
    await fresh.exited;
    let db = await openDb({ dataDir: path.join(env.PORTAL_DATA, 'db') });
    const baseline = await tableCounts(db);
    await db.close();

    const first = await startServer(env);
    const restoring = portal(['restore', file], env);
    await restoring.waitFor(progress);
    expect(restoring.stderr()).toMatch(new RegExp(`running inside the portal that holds .*: pid ${first.child.pid}, ${first.url}`));
    first.child.kill('SIGKILL');
    await first.exited;
    expect(await restoring.exited).toBe(1);
    expect(restoring.stderr()).toMatch(/the running portal stopped before the command finished/);

    db = await openDb({ dataDir: path.join(env.PORTAL_DATA, 'db') });
    expect(await tableCounts(db)).toEqual(baseline);
    await db.close();

    const second = await startServer(env);
    try {
      const again = await portalRun(['restore', '--verify', file], env);
      expect(again.stdout).toMatch(/^restored \d+ rows in \d+ tables; checksums match$/m);
      expect(again.stderr).toMatch(new RegExp(`running inside the portal that holds .*: pid ${second.child.pid}`));
      expect(again.code).toBe(0);
      const health = await fetch(`${second.url}/api/health`).then((r) => r.json());
      expect(health).toMatchObject({ status: 'ok', demo: true });
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
    expect(fs.existsSync(path.join(env.PORTAL_DATA, 'db.lock'))).toBe(false);
  });
});
