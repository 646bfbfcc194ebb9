// Backup and restore round-trip a portal with a row in every table: PGlite -> PostgreSQL -> PGlite when DATABASE_URL
// names a server, PGlite -> PGlite otherwise. The restored portal verifies, signs in with its sealed TOTP secrets,
// searches by its generated column, continues its sequences and keeps its audit chain; a damaged, foreign or
// mismatching file is refused and leaves the portal empty.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { verifyAudit } from '../audit/verify.js';
import { loadConfig } from '../config.js';
import { type Db, sql } from '../db/index.js';
import { generateKey, Keyring } from '../secrets/keyring.js';
import { createTestDb, type TestDb } from '../testing/db.js';
import { fillEveryTable, tableCounts } from '../testing/every-table.js';
import { createTestPortal, signIn, type TestPortal } from '../testing/portal.js';
import { backup } from './backup.js';
import { type BackupKeys, BackupWriter, openBackupFile } from './file.js';
import { RestoreMismatch, restore } from './restore.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-backup-'));
let source: TestPortal;
let keys: BackupKeys;
let file: string;
let sourceCounts: Map<string, number>;
const toDrop: TestDb[] = [];

async function emptyTarget(engine?: 'pglite'): Promise<Db> {
  const target = await createTestDb({ engine });
  toDrop.push(target);
  return target.db;
}

const users = async (db: Db) => (await db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM users`))!.n;

beforeAll(async () => {
  source = await createTestPortal({}, { engine: 'pglite' });
  const empty = await fillEveryTable(source, dir);
  expect(
    empty,
    `tables left empty: add one record of each to FILLERS in src/server/testing/every-table.ts (or to the module's demo), so that backup and restore are proven to carry them`,
  ).toEqual([]);
  keys = { keyring: source.services.secrets, passphrase: null };
  file = path.join(dir, 'portal.backup');
  await backup(source.db, file, keys);
  sourceCounts = await tableCounts(source.db);
}, 300_000);

afterAll(async () => {
  for (const t of toDrop) await t.drop().catch(() => undefined);
  await source?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('round-trips every table across engines, and the restored portal works', { timeout: 300_000 }, async () => {
    const server = Boolean(process.env.DATABASE_URL);
    const first = await emptyTarget(server ? undefined : 'pglite');
    const result = await restore(first, file, keys, { verify: true });
    expect(result).toMatchObject({ rows: [...sourceCounts.values()].reduce((a, b) => a + b, 0), tables: sourceCounts.size, verified: true });

    let final = first;
    if (server) {
      // And back: what the server holds, backed up there, restores into PGlite with the same checksums.
      const again = path.join(dir, 'from-server.backup');
      await backup(first, again, keys);
      final = await emptyTarget('pglite');
      expect((await restore(final, again, keys, { verify: true })).verified).toBe(true);
    }
    expect(await tableCounts(final)).toEqual(sourceCounts);

    // The generated search column is computed again: an intelligence report is found by a word of its title.
    const { title } = (await source.db.one<{ title: string }>(sql`SELECT title FROM intel_reports ORDER BY id LIMIT 1`))!;
    const word = title.split(/\W+/).find((w) => w.length >= 5)!;
    const search = sql`SELECT count(*)::int AS n FROM intel_reports WHERE search @@ plainto_tsquery('simple', ${word})`;
    const found = (await final.one<{ n: number }>(search))!.n;
    expect(found).toBeGreaterThan(0);
    expect(found).toBe((await source.db.one<{ n: number }>(search))!.n);
    // Attachments come back byte for byte.
    const bytes = await final.one<{ content: Uint8Array }>(sql`SELECT content FROM intel_attachments WHERE filename = 'every-byte.bin'`);
    expect(Buffer.from(bytes!.content)).toEqual(Buffer.from(Array.from({ length: 512 }, (_, i) => i % 256)));
    expect((await verifyAudit(final)).ok).toBe(true);
    // Sequences continue after the restored ids.
    const before = await final.one<{ id: number }>(sql`SELECT max(id)::int AS id FROM audit_log`);
    await final.query(sql`INSERT INTO login_attempts (email, ip, success) VALUES ('x', 'y', false)`);
    const app = await buildApp({ db: final, config: loadConfig({ webDir: '/nonexistent' }) });
    try {
      // A demo officer signs in with the TOTP secret the backup carried sealed.
      const accounts = JSON.parse(fs.readFileSync(path.join(dir, 'demo-accounts.json'), 'utf8')) as {
        email: string;
        password: string;
        totpSecret: string | null;
      }[];
      const officer = accounts.find((a) => a.totpSecret)!;
      const client = await signIn(app.app, { id: '', state: null, ...officer });
      expect((await client.get('/api/auth/session')).statusCode).toBe(200);
      const after = await final.one<{ id: number }>(sql`SELECT max(id)::int AS id FROM audit_log`);
      expect(after!.id).toBeGreaterThan(before!.id);
      expect((await verifyAudit(final)).ok).toBe(true);
    } finally {
      await app.app.close();
    }
  });

  it('restores into an empty portal whose job runner has already left jobs in its queues', { timeout: 120_000 }, async () => {
    // A server keeps completed duties in pgboss.job for a day, and pg-boss refuses to delete a queue that jobs refer to.
    const target = await emptyTarget('pglite');
    await target.queryText(`SELECT pgboss.create_queue('auth.cleanup', '{"policy":"standard"}'::json)`);
    await target.queryText(`INSERT INTO pgboss.job (name, data, state) VALUES ('auth.cleanup', '{}', 'completed')`);
    const result = await restore(target, file, keys, { verify: true });
    expect(result.verified).toBe(true);
    expect(await users(target)).toBe(await users(source.db));
  });

  it('refuses to restore over a portal that has accounts', async () => {
    await expect(restore(source.db, file, keys)).rejects.toThrow(/restore needs an empty portal: this one has \d+ accounts/);
  });

  it('refuses a file encrypted with another key, naming the key it needs, and leaves the portal empty', async () => {
    const target = await emptyTarget('pglite');
    const other = { keyring: new Keyring([generateKey()]), passphrase: null };
    await expect(restore(target, file, other)).rejects.toThrow(
      new RegExp(`encrypted with the portal key ${keys.keyring.currentId}, which is not configured here`),
    );
    expect(await users(target)).toBe(0);
  });

  it('refuses a damaged file, naming where, and leaves the portal empty', async () => {
    const damaged = path.join(dir, 'damaged.backup');
    const bytes = fs.readFileSync(file);
    bytes[Math.floor(bytes.length * 0.7)] ^= 0x40;
    fs.writeFileSync(damaged, bytes);
    const target = await emptyTarget('pglite');
    await expect(restore(target, damaged, keys)).rejects.toThrow(/is damaged at byte \d+|cannot be decrypted/);
    expect(await users(target)).toBe(0);
  });

  it('with --verify, names the first table whose content differs from the manifest, and restores nothing', { timeout: 120_000 }, async () => {
    // A file whose manifest disagrees with its rows for one table (as a bug in either engine's conversion would).
    const reader = await openBackupFile(file, keys);
    const forged = path.join(dir, 'forged.backup');
    const writer = await BackupWriter.create(forged, keys);
    for await (const line of reader.lines()) {
      if (!line.startsWith('{"type":"manifest"')) await writer.line(line);
      else {
        const manifest = JSON.parse(line) as { tables: Record<string, { rows: number; checksum: string }> };
        manifest.tables['public.organisations']!.checksum = `${manifest.tables['public.organisations']!.rows}:0`;
        await writer.line(JSON.stringify(manifest));
      }
    }
    await reader.close();
    await writer.finish();
    const target = await emptyTarget('pglite');
    const error = await restore(target, forged, keys, { verify: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RestoreMismatch);
    expect((error as RestoreMismatch).message).toMatch(/^table public\.organisations differs: .* nothing was restored$/);
    expect(await users(target)).toBe(0);
  });
});
