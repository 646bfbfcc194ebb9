// Every change that affects what a signed-in person may do takes effect on their very next request: on the instance
// that made the change and, with DATABASE_URL set, on a second instance of the portal sharing the same PostgreSQL
// (on PGlite one process owns the database, so there is one instance). Each scenario first sends a request to every
// instance, so that anything an instance might keep from it is in place, then changes one fact through instance A
// and asks every instance. Any cache of resolved sessions must keep all of this true (docs/benchmarks-http.md).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../access/actor.js';
import { buildApp, type Portal } from '../app.js';
import { type Db, openDb, sql } from '../db/index.js';
import { type Client, clientFor, createTestPortal, makeUser, signIn, type TestPortal } from '../testing/portal.js';

let a: TestPortal;
let other: { portal: Portal; db: Db } | null = null;
/** Instance A (where changes are made) and, on PostgreSQL, instance B. */
let instances: { name: string; app: FastifyInstance; resolve(token: string): Promise<unknown> }[] = [];
let admin: Client;

beforeAll(async () => {
  a = await createTestPortal();
  instances = [{ name: 'A', app: a.app, resolve: (token) => a.services.auth.resolve(token) }];
  if (a.databaseUrl) {
    const db = await openDb({ databaseUrl: a.databaseUrl });
    other = { db, portal: await buildApp({ db, config: a.config }) };
    const b = other.portal;
    instances.push({ name: 'B', app: b.app, resolve: (token) => b.services.auth.resolve(token) });
  }
  admin = await signIn(a.app, await makeUser(a.services, { role: 'admin', state: null, clearance: 'secret' }));
});

afterAll(async () => {
  if (other) {
    await other.portal.app.close();
    await other.db.close();
  }
  await a?.close();
});

/** A signed-in person, with the same session cookie on every instance; each instance has answered it once. */
async function person(opts: Parameters<typeof makeUser>[1] = { role: 'analyst', state: 'AUS', clearance: 'secret' }) {
  const user = await makeUser(a.services, opts);
  const client = await signIn(a.app, user);
  const token = client.cookie.slice(client.cookie.indexOf('=') + 1);
  const on = instances.map((i) => ({ name: i.name, client: clientFor(i.app, client.cookie, client.csrfToken), subject: () => i.resolve(token) }));
  for (const i of on) expect((await i.client.get('/api/auth/session')).statusCode).toBe(200);
  return { user, client, on };
}

/** What every instance answers to the person's next GET /api/auth/session (status, and the account when 200). */
async function nextRequest(on: { name: string; client: Client }[]) {
  const answers: Record<string, { status: number; error?: string; user?: Record<string, unknown>; permissions?: string[] }> = {};
  for (const i of on) {
    const res = await i.client.get('/api/auth/session');
    const body = res.json();
    answers[i.name] = res.statusCode === 200 ? { status: 200, user: body.user, permissions: body.permissions } : { status: res.statusCode, error: body.error };
  }
  return answers;
}

const everywhere = <T>(value: T) => Object.fromEntries(instances.map((i) => [i.name, value]));
const signedOut = () => everywhere(expect.objectContaining({ status: 401 }));

describe('a change that ends a session is refused on the next request, on every instance', () => {
  it('signing out', async () => {
    const { client, on } = await person();
    expect((await client.post('/api/auth/logout')).statusCode).toBe(200);
    expect(await nextRequest(on)).toEqual(signedOut());
  });

  it('signing out everywhere, from another session', async () => {
    const { user, on } = await person();
    const elsewhere = await signIn(a.app, user);
    expect((await elsewhere.post('/api/auth/logout-all')).json()).toMatchObject({ ok: true, sessions: 2 });
    expect(await nextRequest(on)).toEqual(signedOut());
  });

  it('an administrator disabling the account', async () => {
    const { user, on } = await person();
    expect((await admin.patch(`/api/users/${user.id}`, { disabled: true })).statusCode).toBe(200);
    expect(await nextRequest(on)).toEqual(signedOut());
  });

  it('an administrator resetting the password', async () => {
    const { user, on } = await person();
    expect((await admin.post(`/api/users/${user.id}/reset-password`)).statusCode).toBe(200);
    expect(await nextRequest(on)).toEqual(signedOut());
  });

  it('an administrator resetting the second factor', async () => {
    const { user, on } = await person();
    expect((await admin.post(`/api/users/${user.id}/reset-mfa`)).statusCode).toBe(200);
    expect(await nextRequest(on)).toEqual(signedOut());
  });

  it('the session reaching its end', async () => {
    const { user, on } = await person();
    await a.db.query(sql`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = ${user.id}`);
    // The first instance asked says why, and ends the session; the next finds it ended.
    const answers = await nextRequest(on);
    expect(answers).toEqual(signedOut());
    expect(answers.A.error).toBe('session_expired');
  });

  it('the account disabled straight in the database', async () => {
    const { user, on } = await person();
    await a.db.query(sql`UPDATE users SET disabled_at = now() WHERE id = ${user.id}`);
    // The first instance asked says why, and ends the session; the next finds it ended.
    const answers = await nextRequest(on);
    expect(answers).toEqual(signedOut());
    expect(answers.A.error).toBe('account_disabled');
  });
});

describe('a change to what a person may do shows on the next request, on every instance', () => {
  it('new roles', async () => {
    const { user, on } = await person({ role: 'officer', state: 'AUS' });
    const before = await nextRequest(on);
    expect((await admin.patch(`/api/users/${user.id}`, { roles: ['policy'] })).statusCode).toBe(200);
    const after = await nextRequest(on);
    for (const i of instances) {
      expect(after[i.name].user!.roles).toEqual(['policy']);
      expect(after[i.name].permissions).not.toEqual(before[i.name].permissions);
    }
  });

  it('a lower clearance', async () => {
    const { user, on } = await person();
    expect((await admin.patch(`/api/users/${user.id}`, { clearance: 'none' })).statusCode).toBe(200);
    const after = await nextRequest(on);
    for (const i of instances) expect(after[i.name].user).toMatchObject({ clearance: 'none', clearanceInForce: 'none' });
  });

  it('a clearance that has lapsed', async () => {
    const { user, on } = await person();
    await a.db.query(sql`UPDATE users SET clearance_expires = current_date - 1 WHERE id = ${user.id}`);
    const after = await nextRequest(on);
    for (const i of instances) expect(after[i.name].user).toMatchObject({ clearance: 'secret', clearanceInForce: 'none' });
  });

  it('another organisation, of another state', async () => {
    const { user, on } = await person();
    const moved = await a.services.accounts.createOrganisation(SYSTEM_ACTOR, { name: `Moved-to agency ${user.id}`, kind: 'state_agency', memberCode: 'NZL' });
    await a.db.query(sql`UPDATE users SET organisation_id = ${moved.id} WHERE id = ${user.id}`);
    const after = await nextRequest(on);
    for (const i of instances) expect(after[i.name].user).toMatchObject({ state: 'NZL', organisation: { id: moved.id } });
  });

  it('the organisation moved to another state', async () => {
    const { user, on } = await person({ role: 'analyst', state: 'AUS', agency: `Agency that moves ${Date.now()}`, clearance: 'secret' });
    await a.db.query(sql`UPDATE organisations SET member_code = 'FJI' WHERE id = (SELECT organisation_id FROM users WHERE id = ${user.id})`);
    const after = await nextRequest(on);
    for (const i of instances) expect(after[i.name].user).toMatchObject({ state: 'FJI' });
  });

  it("the state's membership status and its groups", async () => {
    const { on } = await person({ role: 'analyst', state: 'PLW', clearance: 'secret' });
    const db = a.db;
    await db.query(sql`INSERT INTO groups (code, name) VALUES ('access-changes-group', 'Access changes test group') ON CONFLICT DO NOTHING`);
    // Resolved as the access hook resolves every request (the groups and status are not in the session answer).
    const subjects = async () => Promise.all(on.map((i) => i.subject() as Promise<{ subject: { memberStatus: string; groups: string[] } }>));
    const status = (await db.one<{ status: string }>(sql`SELECT status FROM members WHERE code = 'PLW'`))!.status;
    const flipped = status === 'member' ? 'observer' : 'member';

    await db.query(sql`INSERT INTO group_members (group_code, member_code) VALUES ('access-changes-group', 'PLW')`);
    for (const s of await subjects()) expect(s.subject.groups).toContain('access-changes-group');
    await db.query(sql`DELETE FROM group_members WHERE group_code = 'access-changes-group' AND member_code = 'PLW'`);
    for (const s of await subjects()) expect(s.subject.groups).not.toContain('access-changes-group');

    await db.query(sql`UPDATE members SET status = ${flipped} WHERE code = 'PLW'`);
    try {
      for (const s of await subjects()) expect(s.subject.memberStatus).toBe(flipped);
    } finally {
      await db.query(sql`UPDATE members SET status = ${status} WHERE code = 'PLW'`);
    }
  });
});

describe('the instances', () => {
  it('are two on PostgreSQL, one on PGlite', () => {
    expect(instances.map((i) => i.name)).toEqual(a.databaseUrl ? ['A', 'B'] : ['A']);
  });
});
