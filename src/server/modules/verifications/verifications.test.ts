// Verification requests between two states: the requested state's designated officers answer with evidence and a
// thread; files and the request itself are seen by the two states only; reminders come as the deadline nears.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../access/actor.js';
import { sql } from '../../db/index.js';
import { createTestPortal, signedIn, type TestPortal } from '../../testing/portal.js';

type Client = Awaited<ReturnType<typeof signedIn>>;
let portal: TestPortal;
let idn: Client, lka: Client, lkaFocal: Client, lkaOther: Client, lkaLow: Client, mys: Client;

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]).toString('base64');
const WSQ = Buffer.from([0xff, 0xa0, 0xff, 0xa8, 0, 12, 1, 2, 3, 4]).toString('base64');

const person = {
  names: [{ name: 'නිමල් පෙරේරා' }, { name: 'Nimal Perera', kind: 'alias' }],
  birthDate: '1990-04',
  birthPlace: 'Negombo',
  sex: 'male',
  documents: [{ type: 'passport', number: 'n 1234-567', issuingState: 'lka' }],
};

beforeAll(async () => {
  portal = await createTestPortal();
  idn = await signedIn(portal, { role: 'officer', state: 'IDN', clearance: 'secret' });
  // IDN's focal point exists (new work for a duty nobody holds goes to the focal points).
  await signedIn(portal, { role: 'focal_point', state: 'IDN', clearance: 'secret' });
  lka = await signedIn(portal, { role: 'officer', state: 'LKA', clearance: 'confidential' });
  lkaFocal = await signedIn(portal, { role: 'focal_point', state: 'LKA', clearance: 'secret' });
  lkaOther = await signedIn(portal, { role: 'officer', state: 'LKA', clearance: 'secret' });
  lkaLow = await signedIn(portal, { role: 'officer', state: 'LKA', clearance: 'restricted' });
  mys = await signedIn(portal, { role: 'officer', state: 'MYS', clearance: 'secret' });
  for (const u of [lka, lkaLow]) expect((await lkaFocal.post('/api/identity/designations', { userId: u.user.id, duty: 'verification' })).statusCode).toBe(200);
});
afterAll(() => portal.close());

describe('asking and answering', () => {
  let id: string;

  it('an officer asks another state; names keep their script with a Latin reading; no arrangement is said plainly', async () => {
    const res = await idn.post('/api/verifications', {
      toState: 'LKA',
      person,
      reason: 'Intercepted at sea off Java; claims Sri Lankan nationality',
      dueOn: inDays(10),
    });
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json();
    id = r.id;
    expect(r).toMatchObject({ fromState: 'IDN', toState: 'LKA', status: 'open', urgency: 'routine', arrangement: null, personName: 'නිමල් පෙරේරා' });
    expect(r.person.names[0]).toMatchObject({ script: 'Sinhala', kind: 'primary' });
    expect(r.person.names[0].latin).toMatch(/perera/i);
    expect(r.person.documents[0]).toEqual({ type: 'passport', number: 'N1234567', issuingState: 'LKA' });
    expect(r.person.claimedNationality).toBe('LKA');
  });

  it("the requested state's designated officers are told and see it incoming; nobody else does", async () => {
    const notes = await portal.db.query<{ user_id: string; title: string }>(
      sql`SELECT user_id::text, title FROM notifications WHERE kind = 'verification.requested'`,
    );
    expect(notes.map((n) => n.user_id).sort()).toEqual([lka.user.id, lkaLow.user.id].sort());
    expect(notes[0].title).not.toMatch(/Nimal|නිමල්/);
    expect((await lka.get('/api/verifications?direction=incoming')).json().requests.map((r: { id: string }) => r.id)).toEqual([id]);
    expect((await idn.get('/api/verifications?direction=outgoing')).json().requests.map((r: { id: string }) => r.id)).toEqual([id]);
    for (const outsider of [lkaOther, mys]) {
      expect((await outsider.get('/api/verifications')).json().requests).toEqual([]);
      expect((await outsider.get(`/api/verifications/${id}`)).statusCode).toBe(404);
    }
    const policy = await signedIn(portal, { role: 'policy', state: 'LKA' });
    expect((await policy.get('/api/verifications')).statusCode).toBe(403);
  });

  it('designates only officers, analysts and focal points, and says why in the reader’s language', async () => {
    const policy = await signedIn(portal, { role: 'policy', state: 'LKA' });
    const refused = await lkaFocal.post('/api/identity/designations', { userId: policy.user.id, duty: 'verification' }, { 'accept-language': 'id' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      field: 'userId',
      message: 'Hanya petugas, analis, dan titik fokus instansi negara yang menjawab permintaan verifikasi.',
    });
    const stranger = await lkaFocal.post('/api/identity/designations', { userId: mys.user.id, duty: 'verification' }, { 'accept-language': 'id' });
    expect(stranger.json()).toMatchObject({ field: 'userId', message: 'Tidak ada akun aktif Sri Lanka dengan ID ini.' });
  });

  it('only a designated officer answers: the focal point sees it but does not answer', async () => {
    expect((await lkaFocal.get(`/api/verifications/${id}`)).json().abilities.answer).toBe(false);
    expect((await lkaFocal.post(`/api/verifications/${id}/answer`, { answer: 'confirmed', evidence: 'x' })).statusCode).toBe(403);
    expect((await idn.post(`/api/verifications/${id}/answer`, { answer: 'confirmed', evidence: 'x' })).statusCode).toBe(403);
  });

  it('files go both ways and are seen by the two states only; a file that is not what it claims is refused', async () => {
    const photo = await idn.post(`/api/verifications/${id}/files`, { kind: 'photograph', filename: 'face.jpg', contentBase64: JPEG });
    expect(photo.statusCode, photo.body).toBe(201);
    const prints = await idn.post(`/api/verifications/${id}/files`, { kind: 'fingerprints', filename: 'tenprint.wsq', contentBase64: WSQ });
    expect(prints.json()).toMatchObject({ mediaType: 'image/x-wsq' });
    const wrong = await idn.post(`/api/verifications/${id}/files`, { kind: 'photograph', filename: 'x.jpg', contentBase64: WSQ });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().field).toBe('kind');
    // The specific reason reaches a reader of Bahasa Indonesia in their language, beside the field.
    const wrongId = await idn.post(
      `/api/verifications/${id}/files`,
      { kind: 'photograph', filename: 'x.jpg', contentBase64: WSQ },
      { 'accept-language': 'id' },
    );
    expect(wrongId.json()).toMatchObject({ field: 'kind', message: 'Foto tidak boleh berupa image/x-wsq (yang diterima: image/jpeg, image/png, image/jp2).' });
    const download = await lka.get(`/api/verifications/${id}/files/${photo.json().id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toMatch(/attachment/);
    expect((await mys.get(`/api/verifications/${id}/files/${photo.json().id}`)).statusCode).toBe(404);
  });

  it('more information needed goes back to the asker; their answer reopens the request; a confirmation closes it', async () => {
    let res = await lka.post(`/api/verifications/${id}/answer`, { answer: 'more_information_needed', evidence: "Father's name and village, please" });
    expect(res.json()).toMatchObject({ status: 'more_information_needed', answer: 'more_information_needed' });
    res = await idn.post(`/api/verifications/${id}/messages`, { body: 'Father: Sunil Perera; village near Chilaw' });
    expect(res.json().status).toBe('open');
    res = await lka.post(`/api/verifications/${id}/answer`, {
      answer: 'confirmed',
      evidence: 'Birth register of Negombo 1990 entry 412; NIC record matches the photograph',
    });
    expect(res.json()).toMatchObject({ status: 'answered', answer: 'confirmed' });
    expect(res.json().messages.map((m: { kind: string; answer: string | null }) => m.answer ?? m.kind)).toEqual([
      'more_information_needed',
      'message',
      'confirmed',
    ]);
    expect((await lka.post(`/api/verifications/${id}/answer`, { answer: 'not_confirmed', evidence: 'x' })).statusCode).toBe(409);
    const late = await lka.post(`/api/verifications/${id}/answer`, { answer: 'not_confirmed', evidence: 'x' }, { 'accept-language': 'id' });
    expect(late.json()).toMatchObject({ status: 'answered', message: 'Permintaan ini sudah dijawab.' });
    const notes = await portal.db.query<{ title: string }>(
      sql`SELECT title FROM notifications WHERE user_id = ${idn.user.id} AND kind = 'verification.answered' ORDER BY created_at`,
    );
    expect(notes.map((n) => n.title)).toEqual([expect.stringMatching(/more information needed/), expect.stringMatching(/confirmed/)]);
  });

  it("a request above a designated officer's clearance is invisible to them", async () => {
    const secret = await idn.post('/api/verifications', {
      toState: 'LKA',
      person,
      reason: 'Suspected organiser',
      dueOn: inDays(5),
      classification: 'confidential',
    });
    expect(secret.statusCode).toBe(201);
    expect((await lkaLow.get(`/api/verifications/${secret.json().id}`)).statusCode).toBe(404);
    expect((await lkaLow.get('/api/verifications')).json().requests.map((r: { id: string }) => r.id)).not.toContain(secret.json().id);
    expect((await lka.get(`/api/verifications/${secret.json().id}`)).statusCode).toBe(200);
    const tooHigh = await lkaLow.post('/api/verifications', { toState: 'IDN', person, reason: 'x', dueOn: inDays(5), classification: 'secret' });
    expect(tooHigh.json()).toMatchObject({ field: 'classification' });
  });

  it('reads are audited and the audit holds no personal data', async () => {
    const rows = await portal.db.query<{ action: string; detail: unknown }>(
      sql`SELECT action, detail FROM audit_log WHERE target_type = 'verification_request'`,
    );
    expect(rows.some((r) => r.action === 'verifications.read')).toBe(true);
    expect(JSON.stringify(rows)).not.toMatch(/Nimal|නිමල්|Negombo|N1234567/);
  });

  it('bad input is refused naming the field', async () => {
    const cases: [unknown, string][] = [
      [{ toState: 'IDN', person, reason: 'x', dueOn: inDays(3) }, 'toState'],
      [{ toState: 'IOM', person, reason: 'x', dueOn: inDays(3) }, 'toState'],
      [{ toState: 'LKA', person, reason: 'x', dueOn: '2001-01-01' }, 'dueOn'],
      [{ toState: 'LKA', person: { names: [] }, reason: 'x', dueOn: inDays(3) }, 'body.person.names'],
      [{ toState: 'LKA', person: { ...person, birthDate: '1990-13' }, reason: 'x', dueOn: inDays(3) }, 'body.person.birthDate'],
    ];
    for (const [body, field] of cases) {
      const res = await idn.post('/api/verifications', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().field).toBe(field);
    }
  });
});

describe('a state with nobody designated yet', () => {
  it('has its focal point told of a new request, so that they designate someone', async () => {
    const focal = await signedIn(portal, { role: 'focal_point', state: 'PHL', clearance: 'secret' });
    const r = await idn.post('/api/verifications', { toState: 'PHL', person, reason: 'Claims Philippine nationality', dueOn: inDays(6) });
    const told = await portal.db.query<{ user_id: string }>(sql`SELECT user_id::text FROM notifications WHERE link = ${`/verifications/${r.json().id}`}`);
    expect(told.map((n) => n.user_id)).toEqual([focal.user.id]);
  });
});

describe('the arrangement a request relies on', () => {
  it('shows the agreement in force with a verification scope', async () => {
    await portal.services.agreements.create(SYSTEM_ACTOR, {
      title: 'IDN-MYS arrangement on verification and return',
      type: 'arrangement',
      scope: ['identity_nationality_verification', 'migrant_return'],
      status: 'in_force',
      signedOn: '2024-01-10',
      effectiveOn: '2024-02-01',
      parties: [{ state: 'IDN' }, { state: 'MYS' }],
    });
    const res = await idn.post('/api/verifications', { toState: 'MYS', person, reason: 'Claims Malaysian nationality', dueOn: inDays(7) });
    expect(res.json().arrangement).toMatchObject({ title: 'IDN-MYS arrangement on verification and return', scope: 'identity_nationality_verification' });
  });
});

describe('deadlines', () => {
  it('reminds once as the deadline nears and once when it has passed', async () => {
    const res = await idn.post('/api/verifications', { toState: 'LKA', person, reason: 'Urgent: boat landing', urgency: 'urgent', dueOn: inDays(1) });
    const id = res.json().id;
    const count = async (kind: string) =>
      (await portal.db.query(sql`SELECT 1 FROM notifications WHERE kind = ${kind} AND link = ${`/verifications/${id}`}`)).length;
    await portal.services.verifications.remind();
    expect(await count('verification.due_soon')).toBe(2);
    await portal.services.verifications.remind();
    expect(await count('verification.due_soon')).toBe(2);
    await portal.services.verifications.remind(new Date(Date.now() + 3 * 86_400_000));
    expect(await count('verification.overdue')).toBe(3); // two designated officers and the asker
    expect((await lka.get('/api/verifications?direction=incoming')).json().requests.find((r: { id: string }) => r.id === id).overdue).toBe(false);
  });

  it('the dashboard shows time to answer per state and month, withholding small cells of other states', async () => {
    const mine = (await lka.get('/api/verifications/dashboard')).json();
    const lkaTotal = mine.totals.find((t: { state: string }) => t.state === 'LKA');
    expect(lkaTotal).toMatchObject({ withheld: false, answered: 1, answeredOnTime: 1 });
    expect(lkaTotal.requests).toBeGreaterThanOrEqual(3);
    const outsider = await signedIn(portal, { role: 'policy', state: 'PHL' });
    const theirs = (await outsider.get('/api/verifications/dashboard')).json();
    const mysRow = theirs.totals.find((t: { state: string }) => t.state === 'MYS');
    expect(mysRow).toMatchObject({ withheld: true, requests: null });
  });
});

describe('persons of the networks catalogue who resemble the person', () => {
  it('are shown, scored with reasons by the one scorer, only where the viewer may read them', async () => {
    const recorded = await idn.post('/api/networks/entities', {
      kind: 'person',
      name: 'Nimal Perera',
      aliases: ['නිමල් පෙරේරා'],
      birthDate: '1990-04-12',
      nationality: 'LKA',
      classification: 'restricted',
      reliability: 'B',
      credibility: '2',
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    await idn.post('/api/networks/entities', {
      kind: 'person',
      name: 'Kamala Jayawardena',
      birthDate: '1970-01-01',
      nationality: 'LKA',
      classification: 'restricted',
      reliability: 'B',
      credibility: '2',
    });
    const r = await idn.post('/api/verifications', { toState: 'LKA', person, reason: 'Possible facilitator', dueOn: inDays(9) });
    const mine = (await idn.get(`/api/verifications/${r.json().id}/resemblances`)).json();
    expect(mine.searched).toBe(true);
    expect(mine.resemblances.map((x: { entityId: string }) => x.entityId)).toEqual([recorded.json().id]);
    expect(mine.resemblances[0].score).toBeGreaterThanOrEqual(mine.threshold);
    expect(mine.resemblances[0].reasons.length).toBeGreaterThan(0);
    // Coded with their figures, so that the app says them in the reader's language.
    expect(mine.resemblances[0].reasons[0]).toMatchObject({ code: expect.any(String), params: expect.any(Object), text: expect.any(String) });
    // LKA's officer sees the request but not IDN's restricted network record.
    const theirs = (await lka.get(`/api/verifications/${r.json().id}/resemblances`)).json();
    expect(theirs).toMatchObject({ searched: true, resemblances: [] });
    expect((await mys.get(`/api/verifications/${r.json().id}/resemblances`)).statusCode).toBe(404);
  });
});

describe('a failure in the middle of a write', () => {
  it('leaves no half-made request, answer, thread entry or notification', async () => {
    const count = async () =>
      (await portal.db.one<{ r: number; m: number; n: number }>(sql`
      SELECT (SELECT count(*) FROM verification_requests)::int AS r, (SELECT count(*) FROM verification_messages)::int AS m, (SELECT count(*) FROM notifications)::int AS n`))!;
    const open = (await idn.post('/api/verifications', { toState: 'LKA', person, reason: 'Fault test', dueOn: inDays(4) })).json();
    const before = await count();
    const audit = portal.services.audit;
    const original = audit.record.bind(audit);
    audit.record = async (who, entry) => {
      if (entry.outcome === 'ok' && entry.action !== 'verifications.read') throw new Error('power cut');
      return original(who, entry);
    };
    try {
      expect((await idn.post('/api/verifications', { toState: 'LKA', person, reason: 'x', dueOn: inDays(4) })).statusCode).toBe(500);
      expect((await lka.post(`/api/verifications/${open.id}/answer`, { answer: 'confirmed', evidence: 'x' })).statusCode).toBe(500);
      expect((await idn.post(`/api/verifications/${open.id}/messages`, { body: 'x' })).statusCode).toBe(500);
    } finally {
      audit.record = original;
    }
    expect(await count()).toEqual(before);
    expect((await idn.get(`/api/verifications/${open.id}`)).json()).toMatchObject({ status: 'open', answer: null, messages: [] });
  });
});
