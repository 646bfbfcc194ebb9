// The matching API as analysts and other modules rely on it: one scorer with coded reasons, proposals ranked with both
// records side by side, decisions in bulk that are all recorded or none, merges undone, all of it audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../db/index.js';
import { type Client, createTestPortal, signedIn, type TestPortal } from '../../testing/portal.js';
import { seedNetworksDemo } from './demo.js';

let portal: TestPortal;
let analyst: Client;

beforeAll(async () => {
  portal = await createTestPortal();
  await seedNetworksDemo(portal.services.networks.store);
  analyst = await signedIn(portal, { role: 'analyst', state: 'AUS', clearance: 'secret' });
}, 60_000);
afterAll(async () => portal?.close());

describe('POST /api/networks/matching/score', () => {
  it('scores a person written in Arabic script against the Latin record, with coded reasons', async () => {
    const res = await analyst.post('/api/networks/matching/score', {
      a: { schema: 'Person', names: ['محمد طاهر أنوري'], birthDate: '1961', nationality: 'AFG' },
      b: { schema: 'Person', names: ['Mohammad Taher Anwari'], birthDate: '1961', nationality: 'AFG', documents: [{ type: 'passport', number: 'OA 123456' }] },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ match: true, threshold: 0.5 });
    expect(body.score).toBeGreaterThan(0.8);
    const codes = body.reasons.map((r: { code: string }) => r.code);
    expect(codes).toEqual(expect.arrayContaining(['name.transliterated', 'birthDate.sameYear', 'nationality.same']));
    expect(body.reasons[0].params).toMatchObject({ a: 'محمد طاهر أنوري', b: 'Mohammad Taher Anwari', scriptA: 'abjad', scriptB: 'latin' });
  });

  it('says no for different people, and for a person against a company', async () => {
    const different = (
      await analyst.post('/api/networks/matching/score', {
        a: { schema: 'Person', names: ['Mohamed Rahimy'], birthDate: '1991-11-20' },
        b: { schema: 'Person', names: ['Mohammad Rahimi'], birthDate: '1984-03-02' },
      })
    ).json();
    expect(different.match).toBe(false);
    expect(different.reasons.map((r: { code: string }) => r.code)).toContain('birthDate.differs');
    const mixed = (
      await analyst.post('/api/networks/matching/score', { a: { schema: 'Person', names: ['Maju Jaya'] }, b: { schema: 'Company', names: ['PT Maju Jaya'] } })
    ).json();
    expect(mixed).toMatchObject({ score: 0, match: false, reasons: [{ code: 'schema.incompatible' }] });
  });

  it('names the field of a bad request, and refuses callers without the networks workbench', async () => {
    const bad = await analyst.post('/api/networks/matching/score', { a: { schema: 'Planet', names: ['X'] }, b: { schema: 'Person', names: [] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/schema|names/);
    const policy = await signedIn(portal, { role: 'policy', state: 'IDN' });
    const body = { a: { schema: 'Person', names: ['A B'] }, b: { schema: 'Person', names: ['A B'] } };
    expect((await policy.post('/api/networks/matching/score', body)).statusCode).toBe(403);
    expect((await portal.app.inject({ method: 'POST', url: '/api/networks/matching/score', payload: body })).statusCode).toBe(401);
  });
});

describe('resolution', () => {
  it('lists proposals best first with both records side by side, and the coded reasons', async () => {
    expect((await analyst.post('/api/networks/matches/run')).statusCode).toBe(200);
    const { matches } = (await analyst.get('/api/networks/matches?status=proposed')).json();
    expect(matches.length).toBeGreaterThan(0);
    for (let i = 1; i < matches.length; i++) expect(matches[i - 1].score).toBeGreaterThanOrEqual(matches[i].score);
    const organiser = matches.find((m: { a: { id: string }; b: { id: string } }) => [m.a.id, m.b.id].sort().join() === 'demo-p-organiser,demo-p-organiser-pak');
    expect(organiser).toBeDefined();
    expect(organiser.a).toMatchObject({ schema: 'Person', birthDate: '1975-03-14', nationality: 'PAK' });
    expect(organiser.a.names.length + organiser.b.names.length).toBeGreaterThan(1);
    expect(organiser.explanation.map((r: { code: string }) => r.code)).toContain('birthDate.same');
  });

  it('confirms in bulk all or nothing: one proposal that cannot be confirmed leaves every other undecided', async () => {
    const { matches } = (await analyst.get('/api/networks/matches?status=proposed')).json();
    const ids = matches.map((m: { id: number }) => m.id);
    const audited = async () => (await portal.db.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'networks.merge'`))[0]!.n;
    const before = await audited();
    const refused = await analyst.post('/api/networks/matches/decide', { ids: [...ids, 999_999], decision: 'confirm' });
    expect(refused.statusCode).toBe(404);
    expect((await analyst.get('/api/networks/matches?status=confirmed')).json().matches).toEqual([]);
    expect(await audited()).toBe(before);

    const confirmed = await analyst.post('/api/networks/matches/decide', { ids: [ids[0]], decision: 'confirm' });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().matches[0].status).toBe('confirmed');
    expect(await audited()).toBe(before + 1);
    // Reversible: the merge is undone, and audited.
    expect((await analyst.post(`/api/networks/matches/${ids[0]}/unmerge`)).json().status).toBe('unmerged');
  });

  it('rejects in bulk, and the decisions can be read back by status', async () => {
    const { matches } = (await analyst.get('/api/networks/matches?status=proposed')).json();
    if (!matches.length) return;
    const res = await analyst.post('/api/networks/matches/decide', { ids: matches.map((m: { id: number }) => m.id), decision: 'reject' });
    expect(res.statusCode).toBe(200);
    expect((await analyst.get('/api/networks/matches?status=rejected')).json().matches.length).toBe(matches.length);
    expect((await analyst.get('/api/networks/matches?status=proposed')).json().matches).toEqual([]);
  });

  it('lets no one decide in bulk without the matching permission', async () => {
    const focal = await signedIn(portal, { role: 'focal_point', state: 'AUS', clearance: 'secret' });
    expect((await focal.post('/api/networks/matches/decide', { ids: [1], decision: 'reject' })).statusCode).toBe(403);
  });
});
