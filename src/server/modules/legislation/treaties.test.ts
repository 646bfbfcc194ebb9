// A focal point records a newer treaty action of their state; a coordinator of another state validates it; coverage and
// cooperation readiness read the real treaty status honestly (complete only up to the snapshot date).
// (Records marked "test: fictional" are invented for the test; they are not facts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../db/index.js';
import { type Client, createTestPortal, signedIn, type TestPortal } from '../../testing/portal.js';

let portal: TestPortal;
let focalPrk: Client, policyPrk: Client, focalAus: Client, coordPrk: Client, coordTha: Client, officerAus: Client;
let recordId: string;

beforeAll(async () => {
  portal = await createTestPortal();
  focalPrk = await signedIn(portal, { role: 'focal_point', state: 'PRK' });
  policyPrk = await signedIn(portal, { role: 'policy', state: 'PRK' });
  coordPrk = await signedIn(portal, { role: 'coordinator', state: 'PRK' });
  focalAus = await signedIn(portal, { role: 'focal_point', state: 'AUS' });
  coordTha = await signedIn(portal, { role: 'coordinator', state: 'THA' });
  officerAus = await signedIn(portal, { role: 'officer', state: 'AUS' });
});
afterAll(() => portal.close());

const body = { state: 'PRK', instrument: 'TIP', action: 'accession', when: '2019-03', source: 'test: fictional gazette notice' };
const tipOf = async (client: Client, state: string) =>
  (await client.get(`/api/treaties?state=${state}`)).json().treaties.find((t: { instrument: string }) => t.instrument === 'TIP');

describe('a newer treaty action recorded by a focal point', () => {
  it('is recorded by the state’s focal point with its source, and shows who entered it and when', async () => {
    const res = await focalPrk.post('/api/treaties/records', body);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      origin: 'focal_point',
      state: 'PRK',
      instrument: 'TIP',
      when: '2019-03',
      precision: 'month',
      workflow: 'submitted',
      enteredBy: { state: 'PRK' },
    });
    expect(res.json()).not.toHaveProperty('date');
    recordId = res.json().id;
    const audit = await portal.db.one(sql`SELECT 1 FROM audit_log WHERE action = 'legislation.treaty_record.create' AND target_id = ${recordId}`);
    expect(audit).toBeTruthy();
  });

  it('does not count until validated; until then only its state and coordinators see it', async () => {
    const own = await tipOf(focalPrk, 'PRK');
    expect(own.status).toBe('no_action_recorded');
    expect(own.pending).toEqual([expect.objectContaining({ id: recordId, workflow: 'submitted' })]);
    expect((await tipOf(coordTha, 'PRK')).pending).toHaveLength(1);
    expect((await tipOf(officerAus, 'PRK')).pending).toHaveLength(0);
    expect((await officerAus.get('/api/treaties/records?state=PRK')).json().records).toHaveLength(0);
    expect((await coordTha.get('/api/treaties/records?workflow=submitted')).json().records.map((r: { id: string }) => r.id)).toContain(recordId);
  });

  it('is refused to another state’s focal point, to a policy officer and for a date with no source or a day that does not exist', async () => {
    expect((await focalAus.post('/api/treaties/records', body)).statusCode).toBe(403);
    expect((await policyPrk.post('/api/treaties/records', body)).statusCode).toBe(403);
    const noSource = await focalPrk.post('/api/treaties/records', { ...body, source: '' });
    expect(noSource.json().fields.map((f: { field: string }) => f.field)).toContain('body.source');
    expect((await focalPrk.post('/api/treaties/records', { ...body, when: '2019-02-30' })).statusCode).toBe(400);
    expect((await focalPrk.post('/api/treaties/records', { ...body, when: '2019-13' })).statusCode).toBe(400);
    expect((await focalPrk.post('/api/treaties/records', { ...body, when: '2999' })).json().field).toBe('when');
  });

  it('is validated only by a coordinator of another state; it then counts, beside the reference file’s rows', async () => {
    const own = await coordPrk.post(`/api/treaties/records/${recordId}/validate`);
    expect(own.statusCode).toBe(403);
    expect((await focalPrk.post(`/api/treaties/records/${recordId}/validate`)).statusCode).toBe(403);
    const res = await coordTha.post(`/api/treaties/records/${recordId}/validate`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ workflow: 'validated', reviewedBy: { name: expect.any(String) } });
    expect((await coordTha.post(`/api/treaties/records/${recordId}/validate`)).statusCode).toBe(409);
    const tip = await tipOf(officerAus, 'PRK');
    expect(tip).toMatchObject({ status: 'party', approximate: true, basis: { origin: 'focal_point', when: '2019-03', enteredBy: { state: 'PRK' } } });
    expect(tip.pending).toEqual([]);
  });

  it('a returned record carries its reason and does not count', async () => {
    const rec = await focalPrk.post('/api/treaties/records', { ...body, instrument: 'SOM', when: '2019-03-04' });
    expect(rec.json()).toMatchObject({ date: '2019-03-04', precision: 'day' });
    expect((await coordTha.post(`/api/treaties/records/${rec.json().id}/return`, {})).statusCode).toBe(400);
    expect((await focalPrk.post(`/api/treaties/records/${rec.json().id}/return`, { reason: 'my own record' })).statusCode).toBe(403);
    expect((await coordPrk.post(`/api/treaties/records/${rec.json().id}/return`, { reason: 'my own state' })).statusCode).toBe(403);
    const returned = await coordTha.post(`/api/treaties/records/${rec.json().id}/return`, { reason: 'cite the depositary notification' });
    expect(returned.json()).toMatchObject({ workflow: 'returned', reason: 'cite the depositary notification' });
    const som = (await focalPrk.get('/api/treaties?state=PRK')).json().treaties.find((t: { instrument: string }) => t.instrument === 'SOM');
    expect(som.status).toBe('no_action_recorded');
    expect(som.pending[0]).toMatchObject({ workflow: 'returned', reason: 'cite the depositary notification' });
  });
});

describe('access to the treaty routes', () => {
  it('observers read none of them; anonymous callers none but the public counts', async () => {
    await portal.db.query(sql`UPDATE members SET status = 'observer' WHERE code = 'NZL'`);
    const observer = await signedIn(portal, { role: 'focal_point', state: 'NZL' });
    for (const url of ['/api/treaties?state=NZL', '/api/treaties/overview', '/api/treaties/records', '/api/legislation/reference/imports'])
      expect((await observer.get(url)).statusCode, url).toBe(403);
    expect((await observer.post('/api/treaties/records', { ...body, state: 'NZL' })).statusCode).toBe(403);
    await portal.db.query(sql`UPDATE members SET status = 'member' WHERE code = 'NZL'`);
    expect((await portal.app.inject({ url: '/api/treaties/overview' })).statusCode).toBe(401);
    expect((await portal.app.inject({ url: '/api/public/coverage' })).statusCode).toBe(200);
  });
});

describe('coverage and cooperation read the real treaty status', () => {
  const parties = async (asOf: string) =>
    (await coordTha.get(`/api/legislation/coverage?asOf=${asOf}`)).json().treaties as {
      instrument: string;
      count: number;
      states: string[];
      approximateStates: string[];
      complete: boolean;
      snapshot: string;
    }[];

  it('counts the dated parties on a date inside the snapshot, completely', async () => {
    const on2005 = await parties('2005-01-01');
    expect(on2005.map((t) => t.count)).toEqual([10, 6, 7]);
    expect(on2005.every((t) => t.complete && t.snapshot === '2014-07-10')).toBe(true);
    expect(on2005[0].states).toContain('AUS');
    expect(on2005[0].states).not.toContain('IDN'); // ratified 2009-04-20
  });

  it('counts a party reported for a year from the start of that year, flagged approximate; after the snapshot the count is not complete', async () => {
    const before = await parties('2016-12-31');
    const after = await parties('2017-01-01');
    expect(before[0].states).not.toContain('FJI');
    expect(after[0].states).toContain('FJI');
    expect(after[0].approximateStates).toEqual(expect.arrayContaining(['FJI', 'KOR']));
    expect(after[0].complete).toBe(false);
    const hkg = after[0] as unknown as { notRecordedSeparately: string[] };
    expect(hkg.notRecordedSeparately).toEqual(['HKG', 'MAC']);
  });

  it('gives seed 002’s MLA and extradition sentence from the treaties beside the assessments’ figure, with the as-of date', async () => {
    const c = (await coordTha.get('/api/legislation/coverage?asOf=2014-07-10')).json();
    const mla = c.indicators.find((i: { id: string }) => i.id === 'mla_extradition_in_place');
    expect(mla.treaty).toMatchObject({ instruments: ['UNTOC', 'TIP', 'SOM'], count: 17, asOf: '2014-07-10', complete: true, approximateStates: [] });
    expect(mla.treaty.sentence).toMatch(
      /^17 countries have mutual legal assistance and extradition arrangements .* as of 10 July 2014 \(dated table complete to 10 July 2014\)\.$/,
    );
    // The API's sentences follow the reader's language: seed 002's headline and the treaty figure alike.
    const inBahasa = (await coordTha.get('/api/legislation/coverage?asOf=2014-07-10', { 'accept-language': 'id' })).json();
    const mlaId = inBahasa.indicators.find((i: { id: string }) => i.id === 'mla_extradition_in_place');
    expect(mlaId.treaty.sentence).toMatch(
      /^17 negara memiliki pengaturan bantuan timbal balik .* per 10 Juli 2014 \(tabel bertanggal lengkap sampai 10 Juli 2014\)\.$/,
    );
    expect(mlaId.sentence).toMatch(/^\d+ negara memiliki pengaturan bantuan timbal balik/);
    expect(c.indicators.find((i: { id: string }) => i.id === 'criminalisation_in_place').treaty).toBeNull();
    const pub = (await portal.app.inject({ url: '/api/public/coverage?asOf=2014-07-10' })).json();
    expect(pub.treaties[0]).toMatchObject({ instrument: 'UNTOC', count: 32, approximate: 0, snapshot: '2014-07-10', complete: true });
  });

  it('legal basis "UNTOC and Protocol, both parties": yes, no inside the snapshot, unknown after it', async () => {
    const basis = async (from: string, to: string, asOf: string) =>
      (await coordTha.get(`/api/legislation/cooperation?from=${from}&to=${to}&conduct=trafficking&asOf=${asOf}`)).json().mla.basis;
    expect((await basis('PHL', 'IDN', '2012-01-01')).untoc).toBe('yes');
    const lka = await basis('LKA', 'IDN', '2012-01-01'); // Sri Lanka had signed the TIP Protocol only
    expect(lka.untoc).toBe('no');
    expect(lka.treaties).toContainEqual(expect.objectContaining({ state: 'LKA', instrument: 'TIP', party: 'no', status: 'signatory', snapshot: '2014-07-10' }));
    expect((await basis('LKA', 'IDN', '2015-01-01')).untoc).toBe('unknown');
    expect((await basis('LKA', 'IDN', '2016-01-01')).untoc).toBe('yes'); // reported June 2015
    expect((await basis('HKG', 'IDN', '2016-01-01')).untoc).toBe('unknown');
  });
});
