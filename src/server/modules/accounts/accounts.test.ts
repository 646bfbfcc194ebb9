// Account administration: the RSO admin runs organisations and focal points; focal points run their own state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../access/actor.js';
import { sql } from '../../db/index.js';
import { createTestPortal, signedIn, type TestPortal } from '../../testing/portal.js';

let portal: TestPortal;
beforeAll(async () => {
  portal = await createTestPortal();
});
afterAll(() => portal.close());

async function orgOf(state: string) {
  return (
    await portal.services.accounts.createOrganisation(SYSTEM_ACTOR, { name: `Agency ${state} ${Math.random()}`, kind: 'state_agency', memberCode: state })
  ).id;
}
const inAYear = () => new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);

describe('a focal point', () => {
  it('adds an officer to their own state and vouches for a clearance up to their own', async () => {
    const fp = await signedIn(portal, { role: 'focal_point', state: 'MYS', clearance: 'confidential' });
    const org = await orgOf('MYS');
    const res = await fp.post('/api/users', {
      email: 'new.officer@mys.test.example',
      name: 'New Officer',
      organisationId: org,
      roles: ['officer'],
      clearance: 'confidential',
      clearanceExpires: inAYear(),
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().user.clearanceVouchedBy).toBe(fp.user.id);
    expect(res.json().temporaryPassword).toMatch(/.{12,}/);
    expect(res.json().user.mustChangePassword).toBe(true);
  });

  it('may not vouch above their own clearance', async () => {
    const fp = await signedIn(portal, { role: 'focal_point', state: 'MYS', clearance: 'confidential' });
    const res = await fp.post('/api/users', {
      email: 'too.high@mys.test.example',
      name: 'X',
      organisationId: await orgOf('MYS'),
      roles: ['officer'],
      clearance: 'secret',
      clearanceExpires: inAYear(),
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().field).toBe('clearance');
  });

  it('may not add accounts to another state, nor grant focal point or admin', async () => {
    const fp = await signedIn(portal, { role: 'focal_point', state: 'MYS', clearance: 'confidential' });
    const other = await fp.post('/api/users', { email: 'x1@test.example', name: 'X', organisationId: await orgOf('IDN'), roles: ['officer'] });
    expect(other.statusCode).toBe(403);
    const grant = await fp.post('/api/users', { email: 'x2@test.example', name: 'X', organisationId: await orgOf('MYS'), roles: ['focal_point'] });
    expect(grant.statusCode).toBe(403);
    expect(grant.json().field).toBe('roles');
  });

  it('sees only their own state’s accounts, and another state’s account is not even confirmed to exist', async () => {
    const fp = await signedIn(portal, { role: 'focal_point', state: 'THA', clearance: 'restricted' });
    const idn = await signedIn(portal, { role: 'officer', state: 'IDN' });
    const list = (await fp.get('/api/users')).json();
    expect(list.users.every((u: { state: string }) => u.state === 'THA')).toBe(true);
    expect((await fp.patch(`/api/users/${idn.user.id}`, { disabled: true })).statusCode).toBe(404);
  });

  it('a clearance above none needs an expiry in the future', async () => {
    const fp = await signedIn(portal, { role: 'focal_point', state: 'MYS', clearance: 'secret' });
    const org = await orgOf('MYS');
    const none = await fp.post('/api/users', { email: 'noexp@test.example', name: 'X', organisationId: org, roles: ['officer'], clearance: 'restricted' });
    expect(none.json().field).toBe('clearanceExpires');
    const past = await fp.post('/api/users', {
      email: 'past@test.example',
      name: 'X',
      organisationId: org,
      roles: ['officer'],
      clearance: 'restricted',
      clearanceExpires: '2020-01-01',
    });
    expect(past.json().field).toBe('clearanceExpires');
    const bad = await fp.post('/api/users', {
      email: 'bad@test.example',
      name: 'X',
      organisationId: org,
      roles: ['officer'],
      clearance: 'restricted',
      clearanceExpires: '2024-13-45',
    });
    expect(bad.statusCode).toBe(400);
  });
});

describe('the RSO admin', () => {
  it('creates organisations and focal points, disables and resets accounts, which ends their sessions', async () => {
    const admin = await signedIn(portal, { role: 'admin', state: null });
    const org = await admin.post('/api/organisations', { name: 'National Committee on Trafficking', kind: 'state_agency', memberCode: 'NPL' });
    expect(org.statusCode).toBe(201);
    const fp = await admin.post('/api/users', {
      email: 'fp.npl@test.example',
      name: 'FP Nepal',
      organisationId: org.json().id,
      roles: ['focal_point'],
      clearance: 'restricted',
      clearanceExpires: inAYear(),
    });
    expect(fp.statusCode).toBe(201);
    const target = await signedIn(portal, { role: 'policy', state: 'NPL' });
    expect((await admin.post(`/api/users/${target.user.id}/reset-password`)).json().temporaryPassword).toBeTruthy();
    expect((await target.get('/api/auth/session')).statusCode).toBe(401);
    expect((await admin.patch(`/api/users/${target.user.id}`, { disabled: true })).json().disabled).toBe(true);
  });

  it('refuses a party that is not a member and a duplicate e-mail', async () => {
    const admin = await signedIn(portal, { role: 'admin', state: null });
    expect((await admin.post('/api/organisations', { name: 'Nowhere Police', kind: 'state_agency', memberCode: 'XYZ' })).json().field).toBe('memberCode');
    const org = await orgOf('FJI');
    await admin.post('/api/users', { email: 'dup@test.example', name: 'A', organisationId: org, roles: ['policy'] });
    const dup = await admin.post('/api/users', { email: 'DUP@test.example', name: 'B', organisationId: org, roles: ['policy'] });
    expect(dup.statusCode).toBe(409);
  });
});

describe('everyone else', () => {
  it('an officer, analyst or policy officer cannot list or manage accounts', async () => {
    for (const role of ['officer', 'analyst', 'policy', 'coordinator'] as const) {
      const c = await signedIn(portal, { role, state: 'IDN' });
      expect((await c.get('/api/users')).statusCode, role).toBe(403);
      expect((await c.post('/api/organisations', { name: 'X agency', kind: 'state_agency', memberCode: 'IDN' })).statusCode, role).toBe(403);
    }
  });
});

describe('what each account says its administrator may do', () => {
  it('a focal point may change their officers but not their own state’s other focal point, and nobody may disable themselves', async () => {
    const fp = await signedIn(portal, { role: 'focal_point', state: 'VNM', clearance: 'restricted' });
    const officer = await signedIn(portal, { role: 'officer', state: 'VNM' });
    const otherFp = await signedIn(portal, { role: 'focal_point', state: 'VNM' });
    const users = (await fp.get('/api/users')).json().users as { id: string; can: Record<string, boolean> }[];
    const byId = new Map(users.map((u) => [u.id, u.can]));
    expect(byId.get(officer.user.id)).toEqual({ edit: true, resetPassword: true, resetMfa: true, disable: true });
    expect(byId.get(otherFp.user.id)).toEqual({ edit: false, resetPassword: false, resetMfa: false, disable: false });
    expect(byId.get(fp.user.id)!.disable).toBe(false);
  });
});

describe('nobody locks themselves out', () => {
  it('the RSO admin cannot disable their own account: refused naming the field, and the account stays in use', async () => {
    const admin = await signedIn(portal, { role: 'admin', state: null });
    const res = await admin.patch(`/api/users/${admin.user.id}`, { disabled: true });
    expect(res.statusCode).toBe(400);
    expect(res.json().field).toBe('disabled');
    expect((await admin.get('/api/auth/session')).statusCode).toBe(200);
    const me = ((await admin.get('/api/users?includeDisabled=true')).json().users as { id: string; disabled: boolean; can: Record<string, boolean> }[]).find(
      (u) => u.id === admin.user.id,
    )!;
    expect(me.disabled).toBe(false);
    expect(me.can.disable).toBe(false);
  });
});

describe('what an administrator may give an account', () => {
  it('the RSO admin grants every role and vouches for every clearance; a focal point only their officers’ roles, up to their own clearance', async () => {
    const admin = await signedIn(portal, { role: 'admin', state: null });
    expect((await admin.get('/api/users/grants')).json()).toEqual({
      roles: ['admin', 'focal_point', 'officer', 'analyst', 'policy', 'coordinator', 'observer'],
      clearances: ['none', 'restricted', 'confidential', 'secret'],
    });
    const fp = await signedIn(portal, { role: 'focal_point', state: 'THA', clearance: 'restricted' });
    expect((await fp.get('/api/users/grants')).json()).toEqual({
      roles: ['officer', 'analyst', 'policy', 'coordinator', 'observer'],
      clearances: ['none', 'restricted'],
    });
  });

  it('is not told to those who administer no account', async () => {
    const officer = await signedIn(portal, { role: 'officer', state: 'THA' });
    expect((await officer.get('/api/users/grants')).statusCode).toBe(403);
  });
});

describe('changing an account', () => {
  it('the RSO admin changes an account’s role, organisation and clearance and renews its expiry, each recorded in the audit log', async () => {
    const admin = await signedIn(portal, { role: 'admin', state: null });
    const target = await signedIn(portal, { role: 'officer', state: 'KHM' });
    const org = await orgOf('KHM');
    const renewed = new Date(Date.now() + 2 * 365 * 86_400_000).toISOString().slice(0, 10);
    const res = await admin.patch(`/api/users/${target.user.id}`, {
      roles: ['analyst'],
      organisationId: org,
      clearance: 'confidential',
      clearanceExpires: renewed,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ roles: ['analyst'], organisation: { id: org }, state: 'KHM', clearance: 'confidential', clearanceExpires: renewed });
    expect(res.json().clearanceVouchedBy).toBe(admin.user.id);
    const [entry] = await portal.db.query<{ action: string; actor_id: string; detail: Record<string, unknown> }>(
      sql`SELECT action, actor_id, detail FROM audit_log WHERE target_id = ${target.user.id} AND action = 'user.update' ORDER BY id DESC LIMIT 1`,
    );
    expect(entry).toMatchObject({
      action: 'user.update',
      actor_id: admin.user.id,
      detail: { roles: ['analyst'], organisationId: org, clearanceExpires: renewed },
    });
    expect(entry.detail.organisation).toMatch(/^Agency KHM/);
  });

  it('a focal point moves an officer only within their own state; another state’s focal point does not see the account', async () => {
    const fp = await signedIn(portal, { role: 'focal_point', state: 'LAO', clearance: 'restricted' });
    const officer = await signedIn(portal, { role: 'officer', state: 'LAO' });
    const abroad = await fp.patch(`/api/users/${officer.user.id}`, { organisationId: await orgOf('THA') });
    expect(abroad.statusCode).toBe(403);
    expect(abroad.json().field).toBe('organisationId');
    const home = await fp.patch(`/api/users/${officer.user.id}`, { organisationId: await orgOf('LAO') });
    expect(home.statusCode, home.body).toBe(200);
    const other = await signedIn(portal, { role: 'focal_point', state: 'THA', clearance: 'restricted' });
    expect((await other.patch(`/api/users/${officer.user.id}`, { roles: ['analyst'] })).statusCode).toBe(404);
    const officerClient = await signedIn(portal, { role: 'officer', state: 'LAO' });
    expect((await officerClient.patch(`/api/users/${officer.user.id}`, { roles: ['analyst'] })).statusCode).toBe(403);
  });

  it('an admin cannot lower their own role nor move themselves out of the Regional Support Office; the account is unchanged', async () => {
    const admin = await signedIn(portal, { role: 'admin', state: null });
    const lower = await admin.patch(`/api/users/${admin.user.id}`, { roles: ['policy'] });
    expect(lower.statusCode).toBe(400);
    expect(lower.json().field).toBe('roles');
    const away = await admin.patch(`/api/users/${admin.user.id}`, { organisationId: await orgOf('IDN') });
    expect(away.statusCode).toBe(400);
    expect(away.json().field).toBe('organisationId');
    const me = ((await admin.get('/api/users')).json().users as { id: string; roles: string[]; organisation: { kind: string } }[]).find(
      (u) => u.id === admin.user.id,
    )!;
    expect(me.roles).toEqual(['admin']);
    expect(me.organisation.kind).toBe('rso');
    // Adding a role to oneself is not lowering it.
    expect((await admin.patch(`/api/users/${admin.user.id}`, { roles: ['admin', 'coordinator'] })).statusCode).toBe(200);
  });

  it('refuses an unknown organisation naming the field', async () => {
    const admin = await signedIn(portal, { role: 'admin', state: null });
    const target = await signedIn(portal, { role: 'officer', state: 'KHM' });
    const res = await admin.patch(`/api/users/${target.user.id}`, { organisationId: '00000000-0000-4000-8000-000000000000' });
    expect(res.statusCode).toBe(400);
    expect(res.json().field).toBe('organisationId');
  });
});
