// Backup and restore: everything comes back, the audit chain still verifies, and a restore never overwrites a live portal.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sql } from './index.js';
import { backup, restore } from './backup.js';
import { verifyAudit } from '../audit/verify.js';
import { createTestDb } from '../testing/db.js';
import { createTestPortal, makeUser } from '../testing/portal.js';

describe('backup and restore', () => {
  it('round-trips accounts and the audit chain into an empty portal, and refuses a non-empty one', { timeout: 180_000 }, async () => {
    const source = await createTestPortal();
    await makeUser(source.services, { role: 'officer', state: 'LKA', clearance: 'confidential' });
    await makeUser(source.services, { role: 'policy', state: 'FJI' });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'portal-backup-')), 'backup.jsonl');
    const rows = await backup(source.services.db, file);
    expect(rows).toBeGreaterThan(49);
    const users = (await source.services.db.query<{ email: string }>(sql`SELECT email FROM users ORDER BY email`)).map((u) => u.email);

    const target = await createTestDb();
    await restore(target.db, file);
    const restored = (await target.db.query<{ email: string }>(sql`SELECT email FROM users ORDER BY email`)).map((u) => u.email);
    expect(restored).toEqual(users);
    expect((await verifyAudit(target.db)).ok).toBe(true);
    // New rows continue after the restored ids.
    await target.db.query(sql`INSERT INTO login_attempts (email, ip, success) VALUES ('x', 'y', false)`);

    await expect(restore(source.services.db, file)).rejects.toThrow(/empty portal/);
    await target.drop();
    await source.close();
  });
});
