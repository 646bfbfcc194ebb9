// Signing in as a government would require: argon2id passwords, TOTP for cleared accounts, lockout, CSRF, timeouts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../access/actor.js';
import { sql } from '../db/index.js';
import { createTestPortal, freshTotp, makeUser, signIn, type TestPortal } from '../testing/portal.js';

let portal: TestPortal;
beforeAll(async () => {
  portal = await createTestPortal({ loginMaxFailures: 3 });
});
afterAll(() => portal.close());

const login = (body: unknown) => portal.app.inject({ method: 'POST', url: '/api/auth/login', payload: body as object });
const auditCount = async (action: string, outcome: string) =>
  (await portal.db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = ${action} AND outcome = ${outcome}`))!.n;

describe('signing in', () => {
  it('stores passwords as argon2id hashes, never in clear', async () => {
    const user = await makeUser(portal.services, { role: 'policy' });
    const row = await portal.services.auth.store.userByEmail(user.email);
    expect(row!.password_hash).toMatch(/^\$argon2id\$/);
    expect(row!.password_hash).not.toContain(user.password);
  });

  it('returns the user and a CSRF token, and sets an httpOnly SameSite=Strict cookie', async () => {
    const user = await makeUser(portal.services, { role: 'policy' });
    const res = await login({ email: user.email, password: user.password });
    expect(res.statusCode).toBe(200);
    expect(res.json().user.email).toBe(user.email);
    expect(res.json().csrfToken).toMatch(/.{20,}/);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
  });

  it('refuses a wrong password with 401 and audits it', async () => {
    const user = await makeUser(portal.services, { role: 'policy' });
    const before = await auditCount('auth.login', 'denied');
    const res = await login({ email: user.email, password: 'not-the-password-1A!' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: 'invalid_credentials', message: 'The e-mail address or the password is wrong.' });
    expect(await auditCount('auth.login', 'denied')).toBe(before + 1);
  });

  it('gives the same answer for an unknown account as for a wrong password', async () => {
    const res = await login({ email: 'nobody@test.example', password: 'whatever-password-1A' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toBe('invalid_credentials');
  });

  it('locks an account temporarily after repeated failures, even for the right password', async () => {
    const user = await makeUser(portal.services, { role: 'policy' });
    for (let i = 0; i < 3; i++) expect((await login({ email: user.email, password: 'Wrong-password-123' })).statusCode).toBe(401);
    const res = await login({ email: user.email, password: user.password });
    expect(res.statusCode).toBe(429);
    expect(res.headers['retry-after']).toBeDefined();
  });

  it('refuses a disabled account', async () => {
    const user = await makeUser(portal.services, { role: 'policy' });
    await portal.services.accounts.update(SYSTEM_ACTOR, user.id, { disabled: true });
    const res = await login({ email: user.email, password: user.password });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toBe('account_disabled');
  });

  it('names an unknown field and a malformed e-mail', async () => {
    const res = await login({ email: 'x@test.example', password: 'p', role: 'admin' });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/role/);
    const bad = await login({ email: 'not-an-email', password: 'p' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toMatch(/email/);
  });
});

describe('the TOTP second factor', () => {
  it('is required for a cleared account', async () => {
    const user = await makeUser(portal.services, { role: 'officer', clearance: 'secret' });
    const res = await login({ email: user.email, password: user.password });
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toBe('mfa_required');
  });

  it('accepts a current code once and refuses its replay', async () => {
    const user = await makeUser(portal.services, { role: 'officer', clearance: 'secret' });
    const code = freshTotp(user.totpSecret!);
    expect((await login({ email: user.email, password: user.password, totp: code })).statusCode).toBe(200);
    const replay = await login({ email: user.email, password: user.password, totp: code });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error).toBe('totp_replayed');
  });

  it('refuses a wrong code', async () => {
    const user = await makeUser(portal.services, { role: 'officer', clearance: 'secret' });
    const wrong = '000000' === freshTotp(user.totpSecret!) ? '111111' : '000000';
    const res = await login({ email: user.email, password: user.password, totp: wrong });
    expect(res.statusCode).toBe(401);
    // Named for the code's field, so that the sign-in form says it beside the code, in the reader's language.
    expect(res.json()).toMatchObject({ error: 'invalid_totp', field: 'totp', message: expect.stringMatching(/^This code is wrong/) });
    const inThai = await portal.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: user.password, totp: wrong },
      headers: { 'accept-language': 'th' },
    });
    expect(inThai.json().message).toMatch(/^รหัสนี้ไม่ถูกต้อง/);
  });

  it('makes a cleared account without a second factor enrol before doing anything else', async () => {
    const user = await makeUser(portal.services, { role: 'officer', clearance: 'restricted' });
    await portal.services.accounts.resetMfa(SYSTEM_ACTOR, user.id);
    const client = await signIn(portal.app, { ...user, totpSecret: null });
    expect((await client.get('/api/members/IDN')).statusCode).toBe(403);
    const enrol = await client.post('/api/auth/mfa/enrol');
    expect(enrol.statusCode).toBe(200);
    expect(enrol.json().qrSvg).toContain('<svg');
    expect(enrol.json().otpauthUrl).toMatch(/^otpauth:\/\/totp\//);
    expect((await client.post('/api/auth/mfa/confirm', { totp: '12345' })).statusCode).toBe(400);
    const confirm = await client.post('/api/auth/mfa/confirm', { totp: freshTotp(enrol.json().secret) });
    expect(confirm.statusCode).toBe(200);
    expect((await client.get('/api/members/IDN')).statusCode).toBe(200);
  });
});

describe('sessions', () => {
  it('requires the CSRF token on every unsafe request', async () => {
    const user = await makeUser(portal.services, { role: 'policy' });
    const client = await signIn(portal.app, user);
    const res = await portal.app.inject({ method: 'PUT', url: '/api/auth/locale', payload: { locale: 'th' }, headers: { cookie: client.cookie } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toBe('csrf');
    expect((await client.put('/api/auth/locale', { locale: 'th' })).statusCode).toBe(200);
  });

  it('expires after 30 idle minutes', async () => {
    const user = await makeUser(portal.services, { role: 'policy' });
    const client = await signIn(portal.app, user);
    await portal.db.query(sql`UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE user_id = ${user.id}`);
    const res = await client.get('/api/auth/session');
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toBe('session_expired');
  });

  it('expires 12 hours after sign-in however active', async () => {
    const user = await makeUser(portal.services, { role: 'policy' });
    const client = await signIn(portal.app, user);
    await portal.db.query(sql`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = ${user.id}`);
    expect((await client.get('/api/auth/session')).json().error).toBe('session_expired');
  });

  it('resolves a signed-in request with one database query, and writes last-seen at most once a minute', async () => {
    const user = await makeUser(portal.services, { role: 'policy' });
    const client = await signIn(portal.app, user);
    const db = portal.db;
    const query = db.query.bind(db);
    const lastSeen = async () => (await query<{ at: Date }>(sql`SELECT max(last_seen_at) AS at FROM sessions WHERE user_id = ${user.id}`))[0].at.getTime();
    const seen: string[] = [];
    db.query = (async (q: Parameters<typeof query>[0]) => {
      seen.push(q.statement ?? q.strings.join('?'));
      return query(q);
    }) as typeof db.query;
    try {
      const first = await lastSeen();
      expect((await client.get('/api/health')).statusCode).toBe(200);
      expect((await client.get('/api/health')).statusCode).toBe(200);
      // Two requests: each one health query and one session query, no write.
      expect(seen.filter((text) => /session_caller/.test(text))).toHaveLength(2);
      expect(seen).toHaveLength(4);
      expect(seen.filter((text) => /UPDATE sessions/.test(text))).toHaveLength(0);
      expect(await lastSeen()).toBe(first);
      // The session query carries no secret of the account: the access hook never holds them.
      const resolved = await portal.services.auth.resolve(client.cookie.split('=')[1].split(';')[0]);
      expect(JSON.stringify(resolved)).not.toMatch(/password_hash|totp_secret|totp_pending_secret|argon2/);

      await query(sql`UPDATE sessions SET last_seen_at = now() - interval '61 seconds' WHERE user_id = ${user.id}`);
      const stale = await lastSeen();
      seen.length = 0;
      expect((await client.get('/api/auth/session')).statusCode).toBe(200);
      expect(seen.filter((text) => /UPDATE sessions/.test(text))).toHaveLength(1);
      expect(await lastSeen()).toBeGreaterThan(stale);
    } finally {
      db.query = query;
    }
  });

  it('answers the requests of several callers that arrive together with one session query, each with its own caller', async () => {
    const policy = await makeUser(portal.services, { role: 'policy', state: 'AUS' });
    const analyst = await makeUser(portal.services, { role: 'analyst', state: 'IDN', clearance: 'secret' });
    const [a, b, c] = [await signIn(portal.app, policy), await signIn(portal.app, analyst), await signIn(portal.app, policy)];
    await c.post('/api/auth/logout', {});
    const db = portal.db;
    const query = db.query.bind(db);
    const seen: string[] = [];
    db.query = (async (q: Parameters<typeof query>[0]) => {
      seen.push(q.statement ?? q.strings.join('?'));
      return query(q);
    }) as typeof db.query;
    try {
      // Sent in the same turn of the event loop, as requests arriving together on a busy server.
      const [asA, asB, asC, again] = await Promise.all([
        a.get('/api/auth/session'),
        b.get('/api/auth/session'),
        c.get('/api/auth/session'),
        a.get('/api/auth/session'),
      ]);
      expect(seen.filter((text) => /session_caller/.test(text))).toHaveLength(1);
      expect([asA.statusCode, asB.statusCode, asC.statusCode, again.statusCode]).toEqual([200, 200, 401, 200]);
      expect(asA.json().user.id).toBe(policy.id);
      expect(again.json().user.id).toBe(policy.id);
      expect(asB.json().user.id).toBe(analyst.id);
    } finally {
      db.query = query;
    }
  });

  it("knows the groups of the user's state from the same query", async () => {
    const user = await makeUser(portal.services, { role: 'policy', state: 'AUS' });
    await portal.db.query(sql`INSERT INTO groups (code, name) VALUES ('edge-test-group', 'Edge test group') ON CONFLICT DO NOTHING`);
    await portal.db.query(sql`INSERT INTO group_members (group_code, member_code) VALUES ('edge-test-group', 'AUS') ON CONFLICT DO NOTHING`);
    const client = await signIn(portal.app, user);
    const resolved = await portal.services.auth.resolve(client.cookie.split('=')[1].split(';')[0]);
    expect(resolved.subject.groups).toContain('edge-test-group');
    expect(resolved.subject).toMatchObject({ userId: user.id, state: 'AUS', memberStatus: 'member', roles: ['policy'] });
  });

  it('signs out everywhere', async () => {
    const user = await makeUser(portal.services, { role: 'policy' });
    const a = await signIn(portal.app, user);
    const b = await signIn(portal.app, user);
    const res = await a.post('/api/auth/logout-all');
    expect(res.json().sessions).toBe(2);
    expect((await b.get('/api/auth/session')).statusCode).toBe(401);
  });

  it('lets a user change their password only with the current one and a strong new one', async () => {
    const user = await makeUser(portal.services, { role: 'policy' });
    const client = await signIn(portal.app, user);
    expect((await client.post('/api/auth/password', { currentPassword: 'wrong', newPassword: 'Another-strong-pass-9' })).json().field).toBe('currentPassword');
    expect((await client.post('/api/auth/password', { currentPassword: user.password, newPassword: 'short' })).json().field).toBe('newPassword');
    expect((await client.post('/api/auth/password', { currentPassword: user.password, newPassword: 'Another-strong-pass-9' })).statusCode).toBe(200);
  });
});
