// Referral and return: the identifying state opens a case with the person's consent, the home state's mission issues
// travel documents, a member organisation is referred, the person returns and is received; only designated officers of
// those parties see the case, a withdrawn consent stops sharing, counts feed the regional picture, erasure leaves no name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../access/actor.js';
import { sql } from '../../db/index.js';
import { createTestPortal, signedIn, type TestPortal } from '../../testing/portal.js';

type Client = Awaited<ReturnType<typeof signedIn>>;
let portal: TestPortal;
let idn: Client, lka: Client, iom: Client, unhcr: Client, lkaOther: Client, mys: Client, idnLow: Client;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const TODAY = day(0);
const consent = (scope: string) => ({ scope, givenOn: TODAY, informedIn: 'Sinhala' });

async function designate(state: string, users: Client[], duty = 'victims') {
  const focal = await signedIn(portal, { role: 'focal_point', state, clearance: 'secret' });
  for (const u of users) expect((await focal.post('/api/identity/designations', { userId: u.user.id, duty })).statusCode).toBe(200);
}

beforeAll(async () => {
  portal = await createTestPortal();
  idn = await signedIn(portal, { role: 'officer', state: 'IDN', clearance: 'confidential' });
  idnLow = await signedIn(portal, { role: 'officer', state: 'IDN', clearance: 'restricted' });
  lka = await signedIn(portal, { role: 'officer', state: 'LKA', clearance: 'confidential' });
  lkaOther = await signedIn(portal, { role: 'officer', state: 'LKA', clearance: 'secret' });
  iom = await signedIn(portal, { role: 'officer', state: 'IOM', clearance: 'confidential' });
  unhcr = await signedIn(portal, { role: 'officer', state: 'UNHCR', clearance: 'confidential' });
  mys = await signedIn(portal, { role: 'officer', state: 'MYS', clearance: 'secret' });
  await designate('IDN', [idn, idnLow]);
  await designate('IDN', [idn], 'verification');
  await designate('LKA', [lka]);
  await designate('LKA', [lka], 'verification');
  await designate('IOM', [iom]);
  await designate('UNHCR', [unhcr]);
  await designate('MYS', [mys]);
});
afterAll(() => portal.close());

const ids = (res: { json(): { cases: { id: string }[] } }) => res.json().cases.map((c) => c.id);

describe('a victim returned', () => {
  let id: string;

  it('the identifying state opens a case with minimal data and consent to share with the home state', async () => {
    const res = await idn.post('/api/victims/cases', {
      homeState: 'LKA',
      identifiedOn: day(-3),
      person: { name: 'ශාලිනී', birthDate: '2001', sex: 'female' },
      protection: ['shelter', 'interpreter'],
      consents: [consent('home_state')],
      classification: 'confidential',
    });
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    expect(res.json()).toMatchObject({
      kind: 'victim',
      hostState: 'IDN',
      homeState: 'LKA',
      status: 'identified',
      side: 'host',
      shareHome: true,
      shareOrg: false,
      arrangement: null,
    });
    expect(res.json().person.latin).not.toBe('');
  });

  it('only designated officers of the two states see it: not a colleague, a third state, a lower clearance or an organisation not referred', async () => {
    expect(ids(await lka.get('/api/victims/cases'))).toEqual([id]);
    expect((await lka.get(`/api/victims/cases/${id}`)).json().side).toBe('home');
    for (const outsider of [lkaOther, mys, iom, unhcr, idnLow]) {
      expect(ids(await outsider.get('/api/victims/cases'))).toEqual([]);
      expect((await outsider.get(`/api/victims/cases/${id}`)).statusCode).toBe(404);
      expect((await outsider.post(`/api/victims/cases/${id}/notes`, { note: 'x' })).statusCode).toBe(404);
    }
    const policy = await signedIn(portal, { role: 'policy', state: 'LKA' });
    expect((await policy.get('/api/victims/cases')).statusCode).toBe(403);
  });

  it('a referral needs the consent to it; the organisation then sees the case, another does not', async () => {
    const refused = await idn.post(`/api/victims/cases/${id}/referral`, { organisation: 'IOM', referredOn: TODAY });
    expect(refused.statusCode).toBe(409);
    // The specific reason reaches a reader of Bahasa Indonesia in their language.
    expect((await idn.post(`/api/victims/cases/${id}/referral`, { organisation: 'IOM', referredOn: TODAY }, { 'accept-language': 'id' })).json().message).toBe(
      'Catat terlebih dahulu persetujuan orang tersebut untuk dirujuk kepada organisasi.',
    );
    await idn.post(`/api/victims/cases/${id}/consents`, consent('organisation'));
    expect((await idn.post(`/api/victims/cases/${id}/referral`, { organisation: 'LKA', referredOn: TODAY })).json()).toMatchObject({ field: 'organisation' });
    expect((await idn.post(`/api/victims/cases/${id}/referral`, { organisation: 'LKA', referredOn: TODAY }, { 'accept-language': 'id' })).json()).toMatchObject(
      {
        field: 'organisation',
        message: 'Sri Lanka bukan organisasi anggota (IOM, UNHCR ...).',
      },
    );
    const res = await idn.post(`/api/victims/cases/${id}/referral`, { organisation: 'IOM', referredOn: TODAY });
    expect(res.json()).toMatchObject({ status: 'referred', referredTo: 'IOM', shareOrg: true });
    expect(ids(await iom.get('/api/victims/cases'))).toEqual([id]);
    expect(ids(await unhcr.get('/api/victims/cases'))).toEqual([]);
  });

  it('each side does its own part: the mission issues travel documents, the host sets the date, the organisation escorts', async () => {
    expect(
      (await idn.post(`/api/victims/cases/${id}/travel-document`, { type: 'emergency_travel_document', number: 'ETD-1', issuedOn: TODAY, mission: 'x' }))
        .statusCode,
    ).toBe(403);
    expect((await idn.post(`/api/victims/cases/${id}/returned`, { returnedOn: TODAY })).statusCode).toBe(409);
    const early = await idn.post(`/api/victims/cases/${id}/returned`, { returnedOn: TODAY }, { 'accept-language': 'id' });
    expect(early.json().message).toBe('Perwakilan negara asal belum menerbitkan dokumen perjalanan.');
    const hostDocs = { type: 'emergency_travel_document', number: 'ETD-1', issuedOn: TODAY, mission: 'x' };
    expect((await idn.post(`/api/victims/cases/${id}/travel-document`, hostDocs, { 'accept-language': 'id' })).json().message).toBe(
      'Negara yang mengidentifikasi tidak melakukan tindakan ini pada kasus.',
    );
    let res = await lka.post(`/api/victims/cases/${id}/travel-document`, {
      type: 'emergency_travel_document',
      number: 'ETD-2026-0042',
      issuedOn: TODAY,
      mission: 'Embassy of Sri Lanka, Jakarta',
    });
    expect(res.json()).toMatchObject({ status: 'documents_issued' });
    expect((await lka.post(`/api/victims/cases/${id}/return-plan`, { returnOn: day(5) })).statusCode).toBe(403);
    res = await idn.post(`/api/victims/cases/${id}/return-plan`, { returnOn: day(5), escort: 'IDN social worker to the airport' });
    expect(res.json()).toMatchObject({ status: 'return_scheduled', returnOn: day(5) });
    res = await iom.post(`/api/victims/cases/${id}/return-plan`, { escort: 'IOM escort on the flight', reception: 'IOM Colombo meets at BIA' });
    expect(res.json()).toMatchObject({ escort: 'IOM escort on the flight', reception: 'IOM Colombo meets at BIA' });
    expect((await idn.post(`/api/victims/cases/${id}/return-plan`, { reception: 'x' })).statusCode).toBe(403);
  });

  it('the host records the return and the home state confirms reception; notifications carry no name', async () => {
    let res = await idn.post(`/api/victims/cases/${id}/returned`, { returnedOn: TODAY });
    expect(res.json()).toMatchObject({ status: 'returned' });
    res = await lka.post(`/api/victims/cases/${id}/received`, { receivedOn: TODAY, note: 'received by the family' });
    expect(res.json()).toMatchObject({ receivedOn: TODAY });
    expect(res.json().events.map((e: { kind: string }) => e.kind)).toEqual([
      'identified',
      'consent',
      'referral',
      'travel_document',
      'return_plan',
      'return_plan',
      'returned',
      'received',
    ]);
    const notes = await portal.db.query<{ title: string }>(sql`SELECT title FROM notifications WHERE link = ${`/victims/${id}`}`);
    expect(notes.length).toBeGreaterThan(3);
    expect(JSON.stringify(notes)).not.toContain('ශාලිනී');
  });

  it('counts of identified, referred and returned feed the regional picture, by nationality and month', async () => {
    const cells = await portal.db.query<{ stage: string; count: number }>(
      sql`SELECT stage, count FROM flow_victim_cells WHERE state = 'IDN' AND nationality = 'LKA' ORDER BY stage`,
    );
    expect(cells).toEqual([
      { stage: 'identified', count: 1 },
      { stage: 'referred', count: 1 },
      { stage: 'returned', count: 1 },
    ]);
    const month = TODAY.slice(0, 7);
    const returned = async (who: Client) => {
      const picture = await who.get(`/api/flows/victims?from=${month}&to=${month}`);
      expect(picture.statusCode, picture.body).toBe(200);
      return picture.json().series.find((s: { stage: string; nationality: string }) => s.stage === 'returned' && s.nationality === 'LKA');
    };
    // Indonesia sees its own count exactly; for anyone else one person is below the minimum cell size: withheld, never shown.
    expect(await returned(idn)).toMatchObject({ count: 1, withheld: false });
    expect(await returned(mys)).toMatchObject({ count: null, withheld: true });
  });
});

describe('consent withdrawn', () => {
  it('stops the sharing at once: the home state loses the case and is told', async () => {
    const made = await idn.post('/api/victims/cases', { homeState: 'LKA', identifiedOn: TODAY, person: { name: 'Kumari' }, consents: [consent('home_state')] });
    const id = made.json().id;
    expect(ids(await lka.get('/api/victims/cases'))).toContain(id);
    const consentId = made.json().consents[0].id;
    const res = await idn.post(`/api/victims/cases/${id}/consents/${consentId}/withdraw`, { withdrawnOn: TODAY, note: 'She wishes to stay' });
    expect(res.json()).toMatchObject({ shareHome: false });
    expect(res.json().consents[0]).toMatchObject({ inForce: false, withdrawnOn: TODAY });
    expect(ids(await lka.get('/api/victims/cases'))).not.toContain(id);
    expect((await lka.get(`/api/victims/cases/${id}`)).statusCode).toBe(404);
    const told = await portal.db.query(sql`SELECT 1 FROM notifications WHERE user_id = ${lka.user.id} AND kind = 'victims.unshared'`);
    expect(told).toHaveLength(1);
  });
});

describe('a return started from a confirmed verification', () => {
  it('takes the person and home state from the verification and shows the arrangement it relies on', async () => {
    await portal.services.agreements.create(SYSTEM_ACTOR, {
      title: 'IDN-LKA readmission arrangement',
      type: 'arrangement',
      scope: ['migrant_return'],
      status: 'in_force',
      signedOn: '2023-05-01',
      effectiveOn: '2023-06-01',
      parties: [{ state: 'IDN' }, { state: 'LKA' }],
    });
    const v = await idn.post('/api/verifications', {
      toState: 'LKA',
      person: { names: [{ name: 'Ruwan Silva' }], birthDate: '1988-02-11' },
      reason: 'Landed at Cilacap',
      dueOn: day(7),
    });
    const vid = v.json().id;
    expect((await idn.post('/api/victims/cases', { verificationId: vid, kind: 'migrant', identifiedOn: TODAY })).statusCode).toBe(409);
    await lka.post(`/api/verifications/${vid}/answer`, { answer: 'confirmed', evidence: 'NIC 880421234V matches' });
    expect((await idn.get(`/api/verifications/${vid}`)).json().abilities.startReturn).toBe(true);
    const res = await idn.post('/api/victims/cases', { verificationId: vid, kind: 'migrant', identifiedOn: TODAY });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      kind: 'migrant',
      homeState: 'LKA',
      verificationId: vid,
      shareHome: true,
      person: { name: 'Ruwan Silva', birthDate: '1988-02-11' },
    });
    expect(res.json().arrangement).toMatchObject({ title: 'IDN-LKA readmission arrangement', scope: 'migrant_return' });
    expect((await idn.get(`/api/verifications/${vid}`)).json()).toMatchObject({ returnCaseId: res.json().id, abilities: { startReturn: false } });
    expect((await idn.post('/api/victims/cases', { verificationId: vid, kind: 'migrant', identifiedOn: TODAY })).statusCode).toBe(409);
  });
});

describe('retention', () => {
  it('erases cases past their retention period, leaving an audit trace without personal data, and keeps the counts', async () => {
    const before = await portal.db.one<{ n: number }>(sql`SELECT coalesce(sum(count), 0)::int AS n FROM flow_victim_cells`);
    const { erased } = await portal.services.victims.erase(new Date(Date.now() + 20 * 365 * 86_400_000));
    expect(erased).toBeGreaterThanOrEqual(3);
    expect(await portal.db.query(sql`SELECT 1 FROM victim_cases`)).toEqual([]);
    expect(await portal.db.query(sql`SELECT 1 FROM victim_consents`)).toEqual([]);
    const trace = await portal.db.query<{ detail: Record<string, unknown> }>(sql`SELECT detail FROM audit_log WHERE action = 'victims.erase'`);
    expect(trace.length).toBe(erased);
    expect(trace[0].detail).toMatchObject({ hostState: 'IDN', homeState: 'LKA' });
    const everything = JSON.stringify(await portal.db.query(sql`SELECT detail FROM audit_log WHERE target_type = 'victim_case'`));
    expect(everything).not.toMatch(/ශාලිනී|Kumari|Ruwan/);
    const after = await portal.db.one<{ n: number }>(sql`SELECT coalesce(sum(count), 0)::int AS n FROM flow_victim_cells`);
    expect(after!.n).toBe(before!.n);
  });
});

describe('a failure in the middle of a write', () => {
  it('leaves no half-made case, consent, timeline entry or regional count', async () => {
    const count = async () =>
      (await portal.db.one<{ c: number; k: number; e: number; f: number }>(sql`
      SELECT (SELECT count(*) FROM victim_cases)::int AS c, (SELECT count(*) FROM victim_consents)::int AS k, (SELECT count(*) FROM victim_case_events)::int AS e,
        (SELECT coalesce(sum(count), 0) FROM flow_victim_cells)::int AS f`))!;
    const made = (
      await idn.post('/api/victims/cases', {
        homeState: 'LKA',
        identifiedOn: TODAY,
        person: { name: 'Fault' },
        consents: [consent('home_state'), consent('organisation')],
      })
    ).json();
    const before = await count();
    const audit = portal.services.audit;
    const original = audit.record.bind(audit);
    audit.record = async (who, entry) => {
      if (entry.outcome === 'ok' && entry.action !== 'victims.read') throw new Error('power cut');
      return original(who, entry);
    };
    try {
      expect(
        (await idn.post('/api/victims/cases', { homeState: 'LKA', identifiedOn: TODAY, person: { name: 'x' }, consents: [consent('home_state')] })).statusCode,
      ).toBe(500);
      expect((await idn.post(`/api/victims/cases/${made.id}/referral`, { organisation: 'IOM', referredOn: TODAY })).statusCode).toBe(500);
      expect((await idn.post(`/api/victims/cases/${made.id}/consents/${made.consents[0].id}/withdraw`, { withdrawnOn: TODAY })).statusCode).toBe(500);
    } finally {
      audit.record = original;
    }
    expect(await count()).toEqual(before);
    expect((await idn.get(`/api/victims/cases/${made.id}`)).json()).toMatchObject({ status: 'identified', referredTo: null, shareHome: true, shareOrg: true });
  });
});
