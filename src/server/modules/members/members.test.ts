// The members directory: the real membership, loaded idempotently, searchable by anyone, agencies for members.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../db/index.js';
import { createTestPortal, signedIn, type TestPortal } from '../../testing/portal.js';
import { loadMembers } from './reference.js';

let portal: TestPortal;
beforeAll(async () => {
  portal = await createTestPortal();
});
afterAll(() => portal.close());

describe('the members directory', () => {
  it('holds the 45 states and territories and the 4 member organisations, with their source', async () => {
    const res = await portal.app.inject({ url: '/api/members' });
    const body = res.json();
    expect(body.total).toBe(49);
    expect(
      body.members
        .filter((m: { kind: string }) => m.kind === 'organisation')
        .map((m: { code: string }) => m.code)
        .sort(),
    ).toEqual(['ILO', 'IOM', 'UNHCR', 'UNODC']);
    expect(body.members.find((m: { code: string }) => m.code === 'LKA')).toMatchObject({ name: 'Sri Lanka', subregion: 'Southern Asia', kind: 'state' });
    expect(body.members[0].source).toMatch(/About the Bali Process/);
  });

  it('loads idempotently: a second load changes nothing', async () => {
    await loadMembers(portal.db);
    const n = await portal.db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM members`);
    expect(n!.n).toBe(49);
  });

  it('searches by name or code and filters by kind and sub-region', async () => {
    const get = async (q: string) => (await portal.app.inject({ url: `/api/members${q}` })).json();
    expect((await get('?q=lanka')).members.map((m: { code: string }) => m.code)).toEqual(['LKA']);
    expect((await get('?q=NZL')).members.map((m: { code: string }) => m.code)).toEqual(['NZL']);
    expect((await get('?kind=territory')).members.map((m: { code: string }) => m.code).sort()).toEqual(['HKG', 'MAC']);
    const pacific = (await get('?subregion=Melanesia')).members.map((m: { code: string }) => m.code).sort();
    expect(pacific).toEqual(['FJI', 'PNG', 'SLB', 'VUT']);
  });

  it('refuses an unknown filter value or field with a 400 naming it', async () => {
    const bad = await portal.app.inject({ url: '/api/members?kind=planet' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toMatch(/kind/);
    expect((await portal.app.inject({ url: '/api/members?colour=red' })).statusCode).toBe(400);
  });

  it('shows a member’s agencies only to signed-in users', async () => {
    expect((await portal.app.inject({ url: '/api/members/IDN' })).statusCode).toBe(401);
    const user = await signedIn(portal, { role: 'policy', state: 'IDN' });
    const res = await user.get('/api/members/IDN');
    expect(res.statusCode).toBe(200);
    expect(res.json().organisations.map((o: { name: string }) => o.name)).toContain('Test agency of IDN');
    expect((await user.get('/api/members/XXX')).statusCode).toBe(404);
  });
});
