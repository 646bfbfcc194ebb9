// The audit trail proves what happened: every write lands in it, and any alteration or removal is detected.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../db/index.js';
import { createTestPortal, signedIn, type TestPortal } from '../testing/portal.js';

let portal: TestPortal;
beforeAll(async () => {
  portal = await createTestPortal();
});
afterAll(() => portal.close());

const db = () => portal.db;

describe('the audit log', () => {
  it('records writes with who, what, when, from where and the outcome', async () => {
    const admin = await signedIn(portal, { role: 'admin', state: null });
    await admin.post('/api/organisations', { name: 'Audited Agency', kind: 'state_agency', memberCode: 'FJI' });
    const res = await admin.get('/api/audit?action=organisation.create');
    const entry = res.json().entries[0];
    expect(entry).toMatchObject({ action: 'organisation.create', outcome: 'ok', actor: admin.user.email, targetType: 'organisation' });
    expect(entry.ip).toBeTruthy();
  });

  it('records refused requests too', async () => {
    const officer = await signedIn(portal, { role: 'officer', state: 'IDN' });
    await officer.get('/api/users');
    const row = await db().one<{ outcome: string; actor_email: string }>(
      sql`SELECT outcome, actor_email FROM audit_log WHERE action = 'http GET /api/users' ORDER BY id DESC LIMIT 1`,
    );
    expect(row).toMatchObject({ outcome: 'denied', actor_email: officer.user.email });
  });

  it('cannot be updated or deleted through SQL', async () => {
    await expect(db().query(sql`UPDATE audit_log SET outcome = 'ok'`)).rejects.toThrow(/append-only/);
    await expect(db().query(sql`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
  });

  it('verifies intact, then names the first altered entry', async () => {
    const admin = await signedIn(portal, { role: 'admin', state: null });
    expect((await admin.get('/api/audit/verify')).json().ok).toBe(true);
    const target = await db().one<{ id: number }>(sql`SELECT id FROM audit_log ORDER BY id LIMIT 1 OFFSET 3`);
    await db().exec('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change');
    await db().query(sql`UPDATE audit_log SET detail = '{"forged": true}'::jsonb WHERE id = ${target!.id}`);
    await db().exec('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change');
    const result = (await admin.get('/api/audit/verify')).json();
    expect(result).toMatchObject({ ok: false, brokenAt: target!.id });
    expect(result.reason).toMatch(/altered/);
  });

  it('`portal audit verify` exits non-zero naming the broken entry when a row was removed', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { openDb } = await import('../db/index.js');
    const { migrate } = await import('../db/migrate.js');
    const { createTestDb } = await import('../testing/db.js');
    const { AuditLog } = await import('./log.js');
    const { SYSTEM_ACTOR } = await import('../access/actor.js');
    // A fresh chain in a database the CLI can open too: a new server database, or a file-backed PGlite.
    const dir = mkdtempSync(`${tmpdir()}/portal-audit-`);
    const server = portal.databaseUrl ? await createTestDb() : null;
    const open = async () => server?.db ?? (await openDb({ dataDir: `${dir}/db` }));
    const release = async (d: Awaited<ReturnType<typeof open>>) => {
      if (!server) await d.close();
    };

    let d = await open();
    await migrate(d);
    const log = new AuditLog(d);
    for (let i = 0; i < 3; i++) await log.record(SYSTEM_ACTOR, { action: 'test.write', outcome: 'ok', detail: { i } });
    await release(d);

    const env = { ...process.env, PORTAL_DATA: dir, DATABASE_URL: server?.url ?? '' };
    const cli = () => promisify(execFile)(process.execPath, ['bin/portal.mjs', 'audit', 'verify'], { env });
    expect((await cli()).stdout).toMatch(/intact/);

    d = await open();
    const victim = (await d.one<{ id: number }>(sql`SELECT id FROM audit_log ORDER BY id DESC LIMIT 1 OFFSET 1`))!.id;
    await d.exec('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change');
    await d.query(sql`DELETE FROM audit_log WHERE id = ${victim}`);
    await d.exec('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change');
    await release(d);

    const broken = await cli().then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(broken?.code).toBe(1);
    expect(broken?.stderr).toMatch(new RegExp(`BROKEN at entry ${victim + 1}`));
    await server?.drop();
  }, 180_000);
});
