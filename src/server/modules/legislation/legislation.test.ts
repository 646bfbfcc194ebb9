// Assessments through their workflow, coverage "as of" a date, route loopholes, cooperation readiness, exports and who sees what.

import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../config.js';
import { sql } from '../../db/index.js';
import { type Client, createTestPortal, signedIn, type TestPortal } from '../../testing/portal.js';

let portal: TestPortal;
let policyIdn: Client, focalIdn: Client, coordTha: Client, coordIdn: Client, policyMys: Client, focalMys: Client, officerIdn: Client;
let provisionId: string;

beforeAll(async () => {
  portal = await createTestPortal();
  // One after another: accounts of one state share its test agency, created on first use.
  policyIdn = await signedIn(portal, { role: 'policy', state: 'IDN' });
  focalIdn = await signedIn(portal, { role: 'focal_point', state: 'IDN' });
  coordTha = await signedIn(portal, { role: 'coordinator', state: 'THA' });
  coordIdn = await signedIn(portal, { role: 'coordinator', state: 'IDN' });
  policyMys = await signedIn(portal, { role: 'policy', state: 'MYS' });
  focalMys = await signedIn(portal, { role: 'focal_point', state: 'MYS' });
  officerIdn = await signedIn(portal, { role: 'officer', state: 'IDN' });
});
afterAll(() => portal.close());

/** Draft (policy officer), submit (focal point), validate (coordinator of another state). */
async function validated(policy: Client, focal: Client, body: Record<string, unknown>) {
  const draft = await policy.post('/api/legislation/assessments', body);
  expect(draft.statusCode, draft.body).toBe(201);
  expect((await focal.post(`/api/legislation/assessments/${draft.json().id}/submit`)).statusCode).toBe(200);
  const done = await coordTha.post(`/api/legislation/assessments/${draft.json().id}/validate`);
  expect(done.statusCode, done.body).toBe(200);
  return draft.json().id as string;
}
const coverageOf = async (asOf: string) => (await coordTha.get(`/api/legislation/coverage?asOf=${asOf}`)).json();
const ps2 = (c: { standards: { id: string; counts: Record<string, number>; states: Record<string, string[]> }[] }) => c.standards.find((s) => s.id === 'PS-2')!;

describe('instruments and provisions', () => {
  it('a policy officer records an act of their state and a provision implementing PS-2', async () => {
    const act = await policyIdn.post('/api/legislation/instruments', {
      state: 'IDN',
      kind: 'act',
      title: 'Test Act on Smuggling',
      citation: 'Test No. 1',
      year: 2004,
      status: 'in_force',
      inForceFrom: '2004-06-01',
    });
    expect(act.statusCode, act.body).toBe(201);
    const provision = await policyIdn.post(`/api/legislation/instruments/${act.json().id}/provisions`, {
      section: 's. 120',
      heading: 'Smuggling offence',
      standards: ['PS-2'],
    });
    expect(provision.statusCode, provision.body).toBe(201);
    expect(provision.json().standards).toEqual([{ catalogueVersion: 1, standardId: 'PS-2' }]);
    provisionId = provision.json().id;
    // Each law says what its reader may do with it: its own state's policy officer edits, another state's does not.
    expect(act.json().can).toEqual({ edit: true, confirm: false });
    const seenFromMys = (await policyMys.get('/api/legislation/instruments?state=IDN')).json().instruments.find((i: { id: string }) => i.id === act.json().id);
    expect(seenFromMys.can).toEqual({ edit: false, confirm: false });
  });

  it('refuses another state’s officer (403), an officer without a legislative role (403) and a standard not in the catalogue (400)', async () => {
    const body = { state: 'IDN', kind: 'bill', title: 'Other', status: 'bill' };
    const otherState = await policyMys.post('/api/legislation/instruments', body, { 'accept-language': 'id' });
    expect(otherState.statusCode).toBe(403);
    // The specific reason reaches an Indonesian reader in Bahasa, the state by its name.
    expect(otherState.json().message).toBe('Hanya titik fokus dan petugas kebijakan Indonesia yang mencatat instrumen hukumnya.');
    expect((await officerIdn.post('/api/legislation/instruments', body)).statusCode).toBe(403);
    const act = await policyIdn.post('/api/legislation/instruments', body);
    const bad = await policyIdn.post(`/api/legislation/instruments/${act.json().id}/provisions`, { section: '1', standards: ['PS-99'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('standards');
  });
});

describe('the assessment workflow', () => {
  let id: string;
  it('keeps a draft to its own state and coordinators, and out of coverage', async () => {
    const draft = await policyIdn.post('/api/legislation/assessments', {
      state: 'IDN',
      standardId: 'PS-2',
      status: 'met',
      validFrom: '2004-06-01',
      comment: 'Act in force',
      evidence: [provisionId],
    });
    expect(draft.statusCode, draft.body).toBe(201);
    id = draft.json().id;
    // What each reader may do with the draft: its policy officer revises, only the focal point submits, nobody validates yet.
    expect(draft.json().can).toEqual({ revise: true, submit: false, validate: false });
    expect((await focalIdn.get(`/api/legislation/assessments/${id}`)).json().can).toEqual({ revise: true, submit: true, validate: false });
    expect((await coordTha.get(`/api/legislation/assessments/${id}`)).json().can).toEqual({ revise: false, submit: false, validate: false });
    expect((await policyMys.get(`/api/legislation/assessments/${id}`)).statusCode).toBe(404);
    expect((await coordTha.get(`/api/legislation/assessments/${id}`)).statusCode).toBe(200);
    expect((await policyMys.get('/api/legislation/assessments?state=IDN')).json().assessments).toHaveLength(0);
    expect(ps2(await coverageOf('2010-01-01')).counts.met).toBe(0);
  });

  it('only the focal point submits, and a coordinator of the submitting state cannot validate', async () => {
    expect((await policyIdn.post(`/api/legislation/assessments/${id}/submit`)).statusCode).toBe(403);
    expect((await focalMys.post(`/api/legislation/assessments/${id}/submit`)).statusCode).toBe(404);
    expect((await focalIdn.post(`/api/legislation/assessments/${id}/submit`)).statusCode).toBe(200);
    // Submitted: a coordinator of another state may validate it, the submitting state's own coordinator may not.
    expect((await coordTha.get(`/api/legislation/assessments/${id}`)).json().can).toEqual({ revise: false, submit: false, validate: true });
    expect((await coordIdn.get(`/api/legislation/assessments/${id}`)).json().can).toEqual({ revise: false, submit: false, validate: false });
    const own = await coordIdn.post(`/api/legislation/assessments/${id}/validate`);
    expect(own.statusCode).toBe(403);
    expect(own.json().error).toBe('own_state');
    const revised = await policyIdn.patch(`/api/legislation/assessments/${id}`, { comment: 'x' }, { 'accept-language': 'id' });
    expect(revised.statusCode).toBe(409);
    expect(revised.json().message).toMatch(/^Penilaian ini diajukan; hanya draf atau penilaian yang dikembalikan yang dapat direvisi/);
  });

  it('a coordinator returns with a reason; the state revises and resubmits; another coordinator validates', async () => {
    expect((await coordTha.post(`/api/legislation/assessments/${id}/return`, {})).statusCode).toBe(400);
    const returned = await coordTha.post(`/api/legislation/assessments/${id}/return`, { reason: 'cite the penalty section too' });
    expect(returned.json()).toMatchObject({ workflow: 'returned', reason: 'cite the penalty section too' });
    expect((await policyIdn.patch(`/api/legislation/assessments/${id}`, { comment: 'Act in force; s. 120 sets penalties' })).statusCode).toBe(200);
    expect((await focalIdn.post(`/api/legislation/assessments/${id}/submit`)).statusCode).toBe(200);
    expect((await coordTha.post(`/api/legislation/assessments/${id}/validate`)).statusCode).toBe(200);
    const detail = (await policyMys.get(`/api/legislation/assessments/${id}`)).json();
    expect(detail.versions.map((v: { workflow: string }) => v.workflow)).toEqual(['draft', 'submitted', 'returned', 'draft', 'submitted', 'validated']);
  });

  it('never overwrites: the history table refuses UPDATE and DELETE', async () => {
    await expect(portal.db.query(sql`UPDATE assessment_versions SET status = 'not_met'`)).rejects.toThrow(/append-only/);
    await expect(portal.db.query(sql`DELETE FROM assessment_versions`)).rejects.toThrow(/append-only/);
  });

  it('answers coverage as of any date: unknown before the law, met after, and the seed-style sentence counts it', async () => {
    const before = await coverageOf('2004-05-31');
    expect(ps2(before).states.unknown).toContain('IDN');
    const after = await coverageOf('2004-06-01');
    expect(ps2(after).states.met).toEqual(['IDN']);
    expect(ps2(after).counts.unknown).toBe(after.stateCount - 1);
    const place = after.indicators.find((i: { id: string }) => i.id === 'criminalisation_in_place');
    expect(place).toMatchObject({ count: 1, states: ['IDN'], demo: false });
    expect(place.sentence).toMatch(/^1 countries now have criminalization legislation/);
    expect(after.indicators.find((i: { id: string }) => i.id === 'national_action_plans')).toMatchObject({ computable: false, count: null });
  });

  it('a later assessment takes over from its valid_from date without erasing the earlier one', async () => {
    await validated(policyIdn, focalIdn, { state: 'IDN', standardId: 'PS-2', status: 'partly', validFrom: '2012-01-01' });
    expect(ps2(await coverageOf('2011-12-31')).states.met).toEqual(['IDN']);
    expect(ps2(await coverageOf('2012-01-01')).states.partly).toEqual(['IDN']);
  });

  it('refuses bad input precisely', async () => {
    expect((await coordTha.get('/api/legislation/coverage?asOf=2024-13-45')).json().field).toMatch(/asOf/);
    expect((await coordTha.get('/api/legislation/coverage?asOf=2999-01-01')).statusCode).toBe(400);
    const unknownState = await policyIdn.post('/api/legislation/assessments', { state: 'XYZ', standardId: 'PS-2', status: 'met', validFrom: '2004-01-01' });
    expect(unknownState.statusCode).toBe(400);
    const heading = await policyIdn.post('/api/legislation/assessments', { state: 'IDN', standardId: 'TIP-2', status: 'met', validFrom: '2004-01-01' });
    expect(heading.json().field).toBe('standardId');
    const wrongEvidence = await policyIdn.post('/api/legislation/assessments', {
      state: 'IDN',
      standardId: 'TIP-1',
      status: 'met',
      validFrom: '2004-01-01',
      evidence: [provisionId],
    });
    expect(wrongEvidence.json().field).toBe('evidence');
  });
});

describe('catalogue versions', () => {
  it('a new version keeps earlier assessments, and refuses evidence citing a standard of another version', async () => {
    const admin = await signedIn(portal, { role: 'admin', state: null });
    const v1 = JSON.parse(fs.readFileSync(path.join(projectRoot, 'data/standards.json'), 'utf8'));
    const res = await admin.post('/api/legislation/catalogues', { ...v1, version: 2 });
    expect(res.statusCode, res.body).toBe(201);
    expect((await admin.post('/api/legislation/catalogues', { ...v1, version: 2 })).statusCode).toBe(409);
    expect((await policyIdn.post('/api/legislation/catalogues', { ...v1, version: 3 })).statusCode).toBe(403);
    const v2 = (await coordTha.get('/api/legislation/coverage?asOf=2005-01-01&version=2')).json();
    expect(v2.catalogueVersion).toBe(2);
    expect(ps2(v2).states.met).toEqual(['IDN']);
    const cross = await policyIdn.post('/api/legislation/assessments', {
      state: 'IDN',
      standardId: 'PS-2',
      catalogueVersion: 2,
      status: 'met',
      validFrom: '2013-01-01',
      evidence: [provisionId],
    });
    expect(cross.statusCode).toBe(400);
    expect(cross.json().message).toMatch(/catalogue version 1, not of version 2/);
  });
});

describe('comparison along a route and cooperation readiness', () => {
  beforeAll(async () => {
    await validated(policyMys, focalMys, { state: 'MYS', standardId: 'PS-2', status: 'not_met', validFrom: '2003-01-01' });
  });

  it('needs at least two states and known codes', async () => {
    expect((await coordTha.get('/api/legislation/compare?states=LKA&route=true')).statusCode).toBe(400);
    const twice = await coordTha.get('/api/legislation/compare?states=LKA,IDN,LKA', { 'accept-language': 'id' });
    expect(twice.json()).toMatchObject({ field: 'states', message: 'Sri Lanka tercantum dua kali.' });
    expect((await coordTha.get('/api/legislation/compare?states=LKA,XXX')).json().field).toBe('states');
  });

  it('names the loopholes of a route and its weakest link', async () => {
    const res = await policyMys.get('/api/legislation/compare?states=LKA,MYS,IDN,AUS&route=true&asOf=2010-01-01');
    expect(res.statusCode, res.body).toBe(200);
    const gap = res.json().loopholes.find((l: { standardId: string }) => l.standardId === 'PS-2');
    expect(gap).toMatchObject({ metIn: ['IDN'], missingIn: ['MYS'], unknownIn: ['LKA', 'AUS'] });
    expect(res.json().weakestLink.state).toBe('LKA');
  });

  it('finds no dual criminality for smuggling between IDN and MYS, with the evidence', async () => {
    const res = await coordTha.get('/api/legislation/cooperation?from=IDN&to=MYS&conduct=smuggling&asOf=2010-01-01');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().dualCriminality.answer).toBe('no');
    expect(res.json().extradition.available).toBe('no');
    expect(res.json().extradition.obstacles.map((o: { code: string }) => o.code)).toContain('no_dual_criminality');
    // Each obstacle is said in the reader's language, the states by name.
    const inBahasa = await coordTha.get('/api/legislation/cooperation?from=IDN&to=MYS&conduct=smuggling&asOf=2010-01-01', { 'accept-language': 'id' });
    const dual = inBahasa.json().extradition.obstacles.find((o: { code: string }) => o.code === 'no_dual_criminality');
    expect(dual.message).toMatch(/^Penyelundupan manusia bukan tindak pidana di (Indonesia|Malaysia)/);
    expect((await coordTha.get('/api/legislation/cooperation?from=IDN&to=IDN&conduct=smuggling')).statusCode).toBe(400);
    expect((await coordTha.get('/api/legislation/cooperation?from=IDN&to=MYS&conduct=fraud')).statusCode).toBe(400);
  });

  it('uses a bilateral treaty recorded by a party’s focal point as the legal basis', async () => {
    const body = { kind: 'extradition_treaty', title: 'Test extradition treaty', parties: ['IDN', 'LKA'], covers: ['extradition'], inForceFrom: '2001-01-01' };
    expect((await focalMys.post('/api/legislation/cooperation/instruments', body)).statusCode).toBe(403);
    expect((await focalIdn.post('/api/legislation/cooperation/instruments', body)).statusCode).toBe(201);
    const res = (await coordTha.get('/api/legislation/cooperation?from=LKA&to=IDN&conduct=smuggling&asOf=2010-01-01')).json();
    expect(res.extradition.basis.answer).toBe('yes');
    expect(res.extradition.basis.bilateral[0].title).toBe('Test extradition treaty');
    // No MLA treaty recorded, and on 2010-01-01 Sri Lanka had only signed the Smuggling Protocol (data/treaties.csv).
    expect(res.mla.basis.answer).toBe('no');
    expect(res.mla.basis.treaties).toContainEqual(expect.objectContaining({ state: 'LKA', instrument: 'SOM', party: 'no', status: 'signatory' }));
  });

  it('answers the all-pairs matrix', async () => {
    const res = (await coordTha.get('/api/legislation/cooperation/matrix?conduct=trafficking')).json();
    expect(res.cells).toHaveLength(res.states.length);
    expect(res.cells[0][0]).toBeNull();
  });
});

describe('exports, public coverage and access', () => {
  it('stamps CSV, XLSX and PDF with the as-of date and catalogue version', async () => {
    const csv = await policyMys.get('/api/legislation/exports/assessments.csv?asOf=2010-01-01&version=1');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toContain('legislation-assessments-2010-01-01-v1.csv');
    expect(csv.body.split('\n')[0]).toContain('as_of,catalogue_version');
    expect(csv.body).toContain('IDN,Indonesia,PS-2,People smuggling is a crime,met,2004-06-01');
    const xlsx = await policyMys.get('/api/legislation/exports/coverage.xlsx?asOf=2010-01-01');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const pdf = await policyMys.get('/api/legislation/exports/report.pdf?asOf=2010-01-01');
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    expect((await policyMys.get('/api/legislation/exports/secrets.txt')).statusCode).toBe(400);
  });

  it('writes the XLSX and the PDF for people in their language; the CSV stays machine data', async () => {
    const inLanguage = (file: string, lang: string) =>
      portal.app.inject({
        method: 'GET',
        url: `/api/legislation/exports/${file}?asOf=2010-01-01&version=1`,
        headers: { cookie: policyMys.cookie, 'accept-language': lang },
      });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await inLanguage('assessments.xlsx', 'id')).rawPayload as unknown as ArrayBuffer);
    const rows = book.worksheets[0]
      .getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows[0][0]).toMatch(/^Per 2010-01-01; katalog standar versi 1/);
    expect(rows[1]).toEqual(expect.arrayContaining(['Kode negara', 'Negara', 'Kode standar', 'Standar', 'Status']));
    expect(rows).toContainEqual(expect.arrayContaining(['IDN', 'PS-2', 'Penyelundupan manusia merupakan tindak pidana', 'Terpenuhi']));
    const pdf = (await inLanguage('report.pdf', 'th')).rawPayload.toString('latin1');
    expect(pdf).toContain('NotoSansThai');
    expect(pdf).not.toMatch(/Helvetica/);
    expect((await inLanguage('assessments.csv', 'th')).body).toContain('IDN,Indonesia,PS-2,People smuggling is a crime,met,2004-06-01');
  });

  it('publicCoverage gives indicator counts only, never states or drafts', async () => {
    const pub = await portal.services.legislation.publicCoverage('2010-01-01');
    expect(pub.indicators.find((i) => i.id === 'criminalisation_in_place')!.count).toBe(1);
    expect(JSON.stringify(pub)).not.toContain('IDN');
  });

  it('refuses anonymous callers and observers on every read', async () => {
    for (const url of ['/api/legislation/coverage', '/api/treaties?state=IDN', '/api/legislation/cooperation/matrix?conduct=smuggling'])
      expect((await portal.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    await portal.db.query(sql`UPDATE members SET status = 'observer' WHERE code = 'NZL'`);
    const observer = await signedIn(portal, { role: 'policy', state: 'NZL' });
    expect((await observer.get('/api/legislation/coverage')).statusCode).toBe(403);
    await portal.db.query(sql`UPDATE members SET status = 'member' WHERE code = 'NZL'`);
  });
});

// Last: its demo rows would change the counts the tests above expect.
describe('coverage periods kept at validation', () => {
  it('a backdated validation slots into the past, and the kept periods answer every date like the full history', async () => {
    // Many versions in one statement, out of date order, with two on the same day (the later recorded wins).
    const store = portal.services.legislation.assessments.store;
    const row = (
      state: string,
      standardId: string,
      validFrom: string,
      status: 'met' | 'partly' | 'not_met',
      workflow: 'validated' | 'draft' = 'validated',
    ) => ({
      assessment_id: crypto.randomUUID(),
      version: 3,
      state,
      catalogue_version: 1,
      standard_id: standardId,
      status,
      valid_from: validFrom,
      comment: '',
      evidence: [],
      workflow,
      reason: null,
      actor_id: null,
      actor_state: null,
      demo: true,
    });
    await store.appendMany([
      row('VNM', 'PS-2', '2009-01-01', 'met'),
      row('VNM', 'TIP-1', '2010-01-01', 'met'),
      row('VNM', 'TIP-1', '2006-01-01', 'partly'),
      row('VNM', 'TIP-1', '2010-01-01', 'not_met'),
      row('VNM', 'TIP-1', '2015-01-01', 'met', 'draft'),
    ]);
    await store.appendMany([row('VNM', 'PS-2', '2005-06-01', 'partly'), row('VNM', 'TIP-1', '2003-01-01', 'met'), row('LAO', 'TIP-1', '2009-06-30', 'partly')]);
    expect(ps2(await coverageOf('2005-05-31')).states.unknown).toContain('VNM');
    expect(ps2(await coverageOf('2005-06-01')).states.partly).toEqual(['VNM']);
    expect(ps2(await coverageOf('2009-01-01')).states.met).toContain('VNM');
    const dates = [
      '2002-12-31',
      '2003-01-01',
      '2005-05-31',
      '2005-06-01',
      '2005-12-31',
      '2006-01-01',
      '2008-03-01',
      '2009-01-01',
      '2009-12-31',
      '2010-01-01',
      '2012-01-01',
      '2016-01-01',
    ];
    const sorted = (rows: { state: string; standard_id: string; status: string; valid_from: string }[]) =>
      rows.map((r) => `${r.state}|${r.standard_id}|${r.status}|${r.valid_from}`).sort();
    for (const date of dates) {
      const states = ['IDN', 'VNM', 'LAO', 'MYS'];
      expect(sorted(await store.inForce(date, states, ['PS-2', 'TIP-1'])), date).toEqual(sorted(await store.inForceProbes(date, states, ['PS-2', 'TIP-1'])));
    }
    expect((await store.inForce('2010-06-01', ['VNM'], ['TIP-1']))[0].status).toBe('not_met');
    expect((await store.inForce('2007-06-01', ['VNM'], ['TIP-1']))[0].status).toBe('partly');
  });
});
