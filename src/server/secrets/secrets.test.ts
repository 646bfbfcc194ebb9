// Secrets sealed at rest: no second-factor or webhook secret is readable in the database or in a backup, sign-in
// still works, `portal keys rotate` moves every secret to a new key, and a server without a key does not start.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userActor } from '../access/actor.js';
import { buildApp } from '../app.js';
import { backup } from '../backup/backup.js';
import { backupTables, ident } from '../backup/catalog.js';
import { openBackupFile } from '../backup/file.js';
import { type OperationIo, operations } from '../commands/operations.js';
import { loadConfig } from '../config.js';
import { sql } from '../db/index.js';
import { serve } from '../main.js';
import { createFoundation, createServices } from '../services.js';
import { createTestPortal, makeUser, signIn, type TestPortal } from '../testing/portal.js';
import { generateKey, Keyring, keyIdOf, parseKey, sealedKeyId } from './keyring.js';
import { sealClearSecrets, sealedCounts } from './sealed-columns.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-secrets-'));
let portal: TestPortal;
const secrets: string[] = [];

const silent = (): OperationIo => ({ out: () => undefined, note: () => undefined, progress: () => undefined, signal: new AbortController().signal });

beforeAll(async () => {
  portal = await createTestPortal();
  const officer = await makeUser(portal.services, { role: 'officer', state: 'IDN', clearance: 'confidential' });
  secrets.push(officer.totpSecret!);
  // An enrolment started and not finished leaves a pending secret.
  const analyst = await makeUser(portal.services, { role: 'analyst', state: 'AUS' });
  const row = (await portal.services.auth.store.userById(analyst.id))!;
  secrets.push((await portal.services.auth.startEnrolment({ id: row.id, email: row.email, state: null, ip: null }, row)).secret);
  const focal = await makeUser(portal.services, { role: 'focal_point', state: 'FJI' });
  const subject = await portal.services.auth.store.subjectOf((await portal.services.auth.store.userById(focal.id))!);
  secrets.push((await portal.services.notifications.setWebhook(userActor(subject, null), 'FJI', 'https://hooks.example.org/fji')).secret);
});

afterAll(async () => {
  await portal?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the keyring', () => {
  it('seals with the current key, opens with older ones, and never opens a value sealed for another use', () => {
    const [oldKey, newKey] = [generateKey(), generateKey()];
    const old = new Keyring([oldKey]);
    const sealed = old.seal('JBSWY3DPEHPK3PXP', 'totp');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(old.seal('JBSWY3DPEHPK3PXP', 'totp')).not.toBe(sealed);
    expect(sealedKeyId(sealed)).toBe(keyIdOf(parseKey(oldKey, 'test')));
    const rotated = new Keyring([newKey, oldKey]);
    expect(rotated.open(sealed, 'totp')).toBe('JBSWY3DPEHPK3PXP');
    expect(sealedKeyId(rotated.seal('x', 'totp'))).toBe(rotated.currentId);
    expect(() => rotated.open(sealed, 'webhook')).toThrow(/damaged or was sealed for another use/);
    expect(() => new Keyring([newKey]).open(sealed, 'totp')).toThrow(
      new RegExp(`sealed with key ${old.currentId}, which is not configured: add that key to PORTAL_SECRET_KEYS_OLD`),
    );
    expect(() => new Keyring(['too short'])).toThrow(/PORTAL_SECRET_KEY must be 32 random bytes in base64/);
  });

  it('opens a setting given sealed in the environment, such as SMTP_URL with its password', () => {
    const sealed = new Keyring([process.env.PORTAL_SECRET_KEY!]).seal('smtp://portal:s3cret@mail.example.org:587', 'env:SMTP_URL');
    process.env.SMTP_URL = sealed;
    try {
      expect(loadConfig().smtpUrl).toBe('smtp://portal:s3cret@mail.example.org:587');
    } finally {
      delete process.env.SMTP_URL;
    }
  });
});

describe('secrets at rest', () => {
  it('no TOTP or webhook secret is readable anywhere in the database', async () => {
    const db = portal.db;
    for (const table of await backupTables(db))
      for (const secret of secrets) {
        const hit = await db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${ident(table.name)} t WHERE strpos(to_jsonb(t)::text, ${secret}) > 0`);
        expect(hit!.n, `${table.name} holds a secret in clear`).toBe(0);
      }
    expect(Object.keys(await sealedCounts(db))).toEqual([portal.services.secrets.currentId]);
  });

  it('no TOTP or webhook secret is readable in a backup, not even once the backup is decrypted', async () => {
    const file = path.join(dir, 'secrets.backup');
    await backup(portal.db, file, { keyring: portal.services.secrets, passphrase: null });
    const raw = fs.readFileSync(file);
    for (const secret of secrets) expect(raw.includes(secret)).toBe(false);
    const reader = await openBackupFile(file, { keyring: portal.services.secrets, passphrase: null });
    let content = '';
    for await (const line of reader.lines()) content += line;
    await reader.close();
    expect(content).toContain('sealed:v1:');
    for (const secret of secrets) expect(content.includes(secret)).toBe(false);
  });

  it('a secret an older version stored in clear is sealed when the portal opens its database, and still signs in', async () => {
    const user = await makeUser(portal.services, { role: 'officer', state: 'PHL', clearance: 'restricted' });
    await portal.db.query(sql`UPDATE users SET totp_secret = ${user.totpSecret} WHERE id = ${user.id}`);
    expect(await sealClearSecrets(portal.db, portal.services.secrets)).toBe(1);
    const stored = await portal.db.one<{ totp_secret: string }>(sql`SELECT totp_secret FROM users WHERE id = ${user.id}`);
    expect(sealedKeyId(stored!.totp_secret)).toBe(portal.services.secrets.currentId);
    expect((await signIn(portal.app, user)).csrfToken).toBeTruthy();
  });
});

describe('portal keys rotate', () => {
  it('re-seals every secret with the new key; afterwards the old key is no longer needed to sign in', { timeout: 120_000 }, async () => {
    const user = await makeUser(portal.services, { role: 'officer', state: 'THA', clearance: 'confidential' });
    const newKey = generateKey();
    const config = { ...portal.config, secretKeys: [newKey, process.env.PORTAL_SECRET_KEY!] };
    const services = createServices(createFoundation(portal.db, config));
    const out: string[] = [];
    const code = await operations['keys.rotate'].run({ config, db: portal.db, services, io: { ...silent(), out: (l) => out.push(l) } });
    expect(code).toBe(0);
    expect(out[0]).toMatch(new RegExp(`^\\d+ secrets re-sealed with ${services.secrets.currentId} \\(\\d+ from ${portal.services.secrets.currentId}\\)`));
    expect(Object.keys(await sealedCounts(portal.db))).toEqual([services.secrets.currentId]);

    const onlyNew = await buildApp({ db: portal.db, config: { ...portal.config, secretKeys: [newKey] } });
    try {
      expect((await signIn(onlyNew.app, user)).csrfToken).toBeTruthy();
    } finally {
      await onlyNew.app.close();
    }
    // Put things back under the test key for the other tests of this file.
    const back = { ...portal.config, secretKeys: [process.env.PORTAL_SECRET_KEY!, newKey] };
    await operations['keys.rotate'].run({
      config: back,
      db: portal.db,
      services: createServices(createFoundation(portal.db, back)),
      io: silent(),
    });
  });
});

describe('a server without a key', () => {
  it('refuses to start, says why and how to make a key, before it opens any database', async () => {
    const config = loadConfig({ secretKeys: [], secretKeySource: 'none', dataDir: path.join(dir, 'no-key'), databaseUrl: null });
    await expect(serve(config)).rejects.toThrow(/refusing to start without a secret key: .*Set PORTAL_SECRET_KEY .*npx portal keys generate/);
    expect(fs.existsSync(path.join(dir, 'no-key'))).toBe(false);
  });
});
