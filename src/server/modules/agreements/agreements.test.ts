// Agreements: recording them, the matrix, the check the intelligence exchange relies on, the model MOU, and who may do what.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestPortal, signedIn, type TestPortal } from '../../testing/portal.js';

let portal: TestPortal;
let focalIdn: Client;
let focalAus: Client;
let admin: Client;
let officerIdn: Client;

const idnAus = {
  title: 'IDN-AUS MOU on intelligence exchange',
  type: 'mou',
  scope: ['smuggling_intelligence', 'trafficking_intelligence'],
  status: 'in_force',
  signedOn: '2024-01-10',
  effectiveOn: '2024-02-01',
  expiresOn: '2029-01-31',
  placeOfSignature: 'Jakarta, Indonesia',
  parties: [{ state: 'IDN' }, { state: 'AUS' }],
};

beforeAll(async () => {
  portal = await createTestPortal();
  focalIdn = await signedIn(portal, { role: 'focal_point', state: 'IDN' });
  focalAus = await signedIn(portal, { role: 'focal_point', state: 'AUS' });
  admin = await signedIn(portal, { role: 'admin', state: null });
  officerIdn = await signedIn(portal, { role: 'officer', state: 'IDN' });
});
afterAll(async () => portal?.close());

describe('the check the intelligence exchange makes', () => {
  it('answers covered with the agreement relied on, only for covered categories, parties and dates', async () => {
    const created = await focalIdn.post('/api/agreements', idnAus);
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    expect(created.json().kind).toBe('bilateral');

    const yes = await officerIdn.get('/api/agreements/check?a=AUS&b=IDN&category=people_smuggling&date=2025-06-01');
    expect(yes.statusCode, yes.body).toBe(200);
    expect(yes.json().covered).toBe(true);
    expect(yes.json().agreement.id).toBe(id);

    const otherCategory = (await officerIdn.get('/api/agreements/check?a=IDN&b=AUS&category=money_laundering&date=2025-06-01')).json();
    expect(otherCategory).toEqual({ covered: false, agreement: null });
    const before = (await officerIdn.get('/api/agreements/check?a=IDN&b=AUS&category=people_smuggling&date=2024-01-31')).json();
    expect(before.covered).toBe(false);
    const after = (await officerIdn.get('/api/agreements/check?a=IDN&b=AUS&category=people_smuggling&date=2029-02-01')).json();
    expect(after.covered).toBe(false);
    const notParty = (await officerIdn.get('/api/agreements/check?a=IDN&b=LKA&category=people_smuggling&date=2025-06-01')).json();
    expect(notParty.covered).toBe(false);

    const service = await portal.services.agreements.check('IDN', 'AUS', 'trafficking_in_persons', '2025-06-01');
    expect(service.covered).toBe(true);
  });

  it('stops covering once an agreement is terminated, from its end date', async () => {
    const created = (
      await focalAus.post('/api/agreements', { ...idnAus, title: 'AUS-LKA', parties: [{ state: 'AUS' }, { state: 'LKA' }], scope: ['document_fraud'] })
    ).json();
    const ended = await focalAus.patch(`/api/agreements/${created.id}`, { status: 'terminated', terminatedOn: '2025-01-01' });
    expect(ended.statusCode, ended.body).toBe(200);
    expect((await portal.services.agreements.check('AUS', 'LKA', 'identity_fraud', '2024-12-31')).covered).toBe(true);
    expect((await portal.services.agreements.check('AUS', 'LKA', 'identity_fraud', '2025-01-01')).covered).toBe(false);
  });

  it('refuses an unknown category or a non-member with a 400 naming the field', async () => {
    const bad = await officerIdn.get('/api/agreements/check?a=IDN&b=AUS&category=weather&date=2025-06-01');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('category');
    const notMember = await officerIdn.get('/api/agreements/check?a=IDN&b=GBR&category=people_smuggling');
    expect(notMember.statusCode).toBe(400);
    expect(notMember.json().field).toBe('b');
    const badDate = await officerIdn.get('/api/agreements/check?a=IDN&b=AUS&category=people_smuggling&date=2024-13-45');
    expect(badDate.statusCode).toBe(400);
  });
});

describe('recording agreements', () => {
  it('refuses expiry before effect, a non-member party and an unknown scope, changing nothing', async () => {
    const before = (await admin.get('/api/agreements')).json().agreements.length;
    const expiry = await focalIdn.post('/api/agreements', { ...idnAus, effectiveOn: '2024-02-01', expiresOn: '2023-12-31' });
    expect(expiry.statusCode).toBe(400);
    expect(expiry.json().field).toBe('expiresOn');
    const party = await focalIdn.post('/api/agreements', { ...idnAus, parties: [{ state: 'IDN' }, { state: 'GBR' }] });
    expect(party.statusCode).toBe(400);
    expect(party.json().field).toBe('parties');
    expect(party.json().message).toContain('GBR');
    const scope = await focalIdn.post('/api/agreements', { ...idnAus, scope: ['gossip'] });
    expect(scope.statusCode).toBe(400);
    expect(scope.json().field).toBe('scope.0');
    const twice = await focalIdn.post('/api/agreements', { ...idnAus, parties: [{ state: 'IDN' }, { state: 'IDN' }] });
    expect(twice.statusCode).toBe(400);
    expect((await admin.get('/api/agreements')).json().agreements.length).toBe(before);
  });

  it("says why in the reader's language, beside the field: an agreement in force needs the date it took effect", async () => {
    const { effectiveOn: _, ...withoutEffect } = idnAus;
    const say = async (lang: string) => (await focalIdn.post('/api/agreements', withoutEffect, { 'accept-language': lang })).json();
    expect(await say('en')).toMatchObject({ error: 'invalid', field: 'effectiveOn', message: 'An agreement in force needs the date it took effect.' });
    expect(await say('id')).toMatchObject({ field: 'effectiveOn', message: 'Perjanjian yang berlaku memerlukan tanggal mulai berlakunya.' });
    expect(await say('th')).toMatchObject({ field: 'effectiveOn', message: 'ข้อตกลงที่มีผลบังคับใช้ต้องระบุวันที่เริ่มมีผล' });
    const early = await focalIdn.post('/api/agreements', { ...idnAus, expiresOn: '2023-12-31' }, { 'accept-language': 'id' });
    expect(early.json().message).toBe('Perjanjian tidak dapat berakhir masa berlakunya (31 Desember 2023) sebelum mulai berlaku (1 Februari 2024).');
  });

  it('lets only a focal point of a party or the RSO record one', async () => {
    const notParty = await focalAus.post('/api/agreements', { ...idnAus, parties: [{ state: 'IDN' }, { state: 'MYS' }] });
    expect(notParty.statusCode).toBe(403);
    expect((await officerIdn.post('/api/agreements', idnAus)).statusCode).toBe(403);
    const anonymous = await portal.app.inject({ method: 'GET', url: '/api/agreements' });
    expect(anonymous.statusCode).toBe(401);
    const anonymousCheck = await portal.app.inject({ method: 'GET', url: '/api/agreements/check?a=IDN&b=AUS&category=people_smuggling' });
    expect(anonymousCheck.statusCode).toBe(401);
    expect(
      (await admin.post('/api/agreements', { ...idnAus, title: 'By the RSO', parties: [{ state: 'MYS' }, { state: 'THA' }, { state: 'IDN' }] })).json().kind,
    ).toBe('multilateral');
  });

  it('keeps drafts to their parties', async () => {
    const draft = (
      await focalIdn.post('/api/agreements', {
        ...idnAus,
        title: 'Draft with PHL',
        status: 'draft',
        signedOn: null,
        effectiveOn: null,
        expiresOn: null,
        parties: [{ state: 'IDN' }, { state: 'PHL' }],
      })
    ).json();
    expect((await officerIdn.get(`/api/agreements/${draft.id}`)).statusCode).toBe(200);
    expect((await focalAus.get(`/api/agreements/${draft.id}`)).statusCode).toBe(404);
  });
});

describe('the matrix and the model MOU', () => {
  it('shows a pair once an agreement between them takes effect', async () => {
    const date = '2026-03-01';
    const pairOf = async () =>
      (await officerIdn.get(`/api/agreements/matrix?date=${date}`)).json().pairs.find((p: { a: string; b: string }) => p.a === 'NZL' && p.b === 'PAK');
    expect(await pairOf()).toBeUndefined();
    await admin.post('/api/agreements', {
      ...idnAus,
      title: 'NZL-PAK',
      parties: [{ state: 'NZL' }, { state: 'PAK' }],
      effectiveOn: '2026-01-01',
      signedOn: '2025-12-01',
      expiresOn: null,
    });
    expect((await pairOf()).agreements[0].title).toBe('NZL-PAK');
  });

  it('fills the model MOU with the states and their intelligence focal points, as Markdown and PDF', async () => {
    const contact = await focalIdn.post('/api/directory/contact-points', {
      state: 'IDN',
      topic: 'intelligence_exchange',
      name: 'Rina Focal',
      position: 'Director',
      agency: 'Police Intelligence',
      secureChannel: 'secure.idn.example',
    });
    expect(contact.statusCode, contact.body).toBe(201);
    const md = await officerIdn.get('/api/agreements/model-mou?states=IDN,AUS&scope=smuggling_intelligence&effectiveOn=2026-03-01&years=5&place=Bali');
    expect(md.statusCode, md.body).toBe(200);
    expect(md.headers['content-type']).toContain('text/markdown');
    expect(md.body).toContain('between the Government of Indonesia and the Government of Australia');
    expect(md.body).toContain('Police Intelligence; Director, Rina Focal; secure channel: secure.idn.example');
    expect(md.body).toContain('**Australia**: to be designated');
    expect(md.body).toContain('1 March 2026');
    expect(md.body).toContain('five (5) years');
    expect(md.body).toContain('NOT an endorsed Bali Process text');
    expect(md.body).not.toMatch(/\{\{\w+\}\}/);
    const pdf = await officerIdn.get('/api/agreements/model-mou?states=IDN,AUS,MYS&format=pdf');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await officerIdn.get('/api/agreements/model-mou?states=IDN')).statusCode).toBe(400);
  });
});

describe('what each agreement says the reader may do', () => {
  it('a focal point of a party may edit it, a focal point of another state and an officer of a party may not', async () => {
    const admin = await signedIn(portal, { role: 'admin', state: null });
    const created = await admin.post('/api/agreements', {
      title: 'IDN-PHL exchange (abilities)',
      type: 'mou',
      scope: ['smuggling_intelligence'],
      status: 'signed',
      signedOn: '2024-01-01',
      parties: [{ state: 'IDN' }, { state: 'PHL' }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const canOf = async (c: { get(url: string): Promise<{ json(): { can: { edit: boolean } } }> }) => (await c.get(`/api/agreements/${id}`)).json().can;
    expect(created.json().can).toEqual({ edit: true });
    expect(await canOf(await signedIn(portal, { role: 'focal_point', state: 'PHL' }))).toEqual({ edit: true });
    expect(await canOf(await signedIn(portal, { role: 'focal_point', state: 'AUS' }))).toEqual({ edit: false });
    expect(await canOf(await signedIn(portal, { role: 'officer', state: 'IDN' }))).toEqual({ edit: false });
  });
});
