// What states rely on in flows reporting: returns that are all-or-nothing, reciprocity, small-cell suppression, roles.

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../db/index.js';
import { type Client, createTestPortal, signedIn, type TestPortal } from '../../testing/portal.js';

let portal: TestPortal;
let idnOfficer: Client, idnAnalyst: Client, lkaOfficer: Client, mysFocal: Client, idnPolicy: Client, admin: Client;
beforeAll(async () => {
  portal = await createTestPortal();
  // One at a time: accounts of one state share its test agency, created by the first.
  idnOfficer = await signedIn(portal, { role: 'officer', state: 'IDN' });
  idnAnalyst = await signedIn(portal, { role: 'analyst', state: 'IDN' });
  idnPolicy = await signedIn(portal, { role: 'policy', state: 'IDN' });
  lkaOfficer = await signedIn(portal, { role: 'officer', state: 'LKA' });
  mysFocal = await signedIn(portal, { role: 'focal_point', state: 'MYS' });
  admin = await signedIn(portal, { role: 'admin', state: null });
  await portal.services.flows.store.setRate({ currency: 'IDR', month: 2024 * 12, usdPerUnit: 0.0001, by: null });
});
afterAll(() => portal.close());

const incident = (over: Record<string, unknown> = {}) => ({
  origin: 'LKA',
  transit: ['MYS', 'IDN'],
  destination: 'AUS',
  means: 'sea',
  vesselType: 'fishing_boat',
  groupSize: 20,
  fee: { amount: 3000, currency: 'USD' },
  ...over,
});
const lineCount = async () =>
  (await portal.db.one<{ n: number }>(
    sql`SELECT (SELECT count(*) FROM flow_incidents) + (SELECT count(*) FROM flow_crossings) + (SELECT count(*) FROM flow_profiles) AS n`,
  ))!.n;

describe('a national return', () => {
  it('is drafted by several agencies of a state and submitted once by an officer', async () => {
    const a = await idnAnalyst.post('/api/flows/submissions', { period: '2024-02', crossings: [{ direction: 'entry', citizenship: 'AFG', count: 12 }] });
    expect(a.statusCode, a.body).toBe(200);
    expect(a.json().submission.status).toBe('draft');
    expect((await idnAnalyst.post('/api/flows/submissions/2024-02/submit', {})).statusCode).toBe(403);
    const b = await idnOfficer.post('/api/flows/submissions', {
      period: '2024-02',
      incidents: [incident(), incident({ fee: { amount: 40_000_000, currency: 'IDR' } })],
      submit: true,
    });
    expect(b.statusCode, b.body).toBe(200);
    expect(b.json().submission).toMatchObject({ status: 'submitted', crossings: 1, incidents: 2, contributors: 2 });
    const fee = await portal.db.one<{ fee_usd: number }>(sql`SELECT fee_usd FROM flow_incidents WHERE fee_currency = 'IDR'`);
    expect(Number(fee!.fee_usd)).toBe(4000);
  });

  it('refuses a second submission for a closed period with 409, and nothing is added', async () => {
    const before = await lineCount();
    const res = await idnOfficer.post('/api/flows/submissions', { period: '2024-02', incidents: [incident()], submit: true });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toMatch(/closed/);
    // An Indonesian reader reads the specific reason in Bahasa: the state by its name, the month in words.
    const inBahasa = await idnOfficer.post('/api/flows/submissions', { period: '2024-02', incidents: [incident()], submit: true }, { 'accept-language': 'id' });
    expect(inBahasa.json().message).toBe('Indonesia sudah menyampaikan laporannya untuk Februari 2024; periode ini sudah ditutup.');
    expect(await lineCount()).toBe(before);
  });

  it('names the field of negative counts, totals that do not add up, an unknown currency and a future period', async () => {
    const before = await lineCount();
    const neg = await idnOfficer.post('/api/flows/submissions', { period: '2024-03', crossings: [{ direction: 'exit', citizenship: 'IDN', count: -3 }] });
    expect(neg.statusCode).toBe(400);
    expect(neg.json().field).toBe('body.crossings.0.count');
    const totals = await idnOfficer.post('/api/flows/submissions', {
      period: '2024-03',
      crossings: [{ direction: 'entry', citizenship: 'AFG', count: 4 }],
      incidents: [incident()],
      totals: { entries: 5 },
    });
    expect(totals.statusCode).toBe(400);
    expect(totals.json().field).toBe('totals.entries');
    const deaths = await idnOfficer.post('/api/flows/submissions', { period: '2024-03', incidents: [incident({ groupSize: 3, deaths: 2, injuries: 2 })] });
    expect(deaths.json().field).toBe('incidents.0.deaths');
    const money = await idnOfficer.post('/api/flows/submissions', {
      period: '2024-03',
      incidents: [incident(), incident({ fee: { amount: 10, currency: 'XQQ' } })],
    });
    expect(money.statusCode).toBe(400);
    expect(money.json()).toMatchObject({ field: 'incidents.1.fee.currency' });
    expect(money.json().message).toMatch(/^Unknown currency XQQ: .* Nothing was imported\.$/);
    const future = await idnOfficer.post('/api/flows/submissions', { period: `${new Date().getUTCFullYear() + 1}-01`, incidents: [incident()] });
    expect(future.statusCode).toBe(400);
    expect(future.json().message).toMatch(/future/);
    expect(await lineCount()).toBe(before);
  });

  it('is refused to policy users, the RSO and observers of the process', async () => {
    expect((await idnPolicy.post('/api/flows/submissions', { period: '2024-03' })).statusCode).toBe(403);
    expect((await admin.post('/api/flows/submissions', { period: '2024-03' })).statusCode).toBe(403);
    const anon = await portal.app.inject({ method: 'GET', url: '/api/flows/aggregates?from=2024-01&to=2024-03&groupBy=route' });
    expect(anon.statusCode).toBe(401);
    const coordinator = await signedIn(portal, { role: 'coordinator', state: 'THA' });
    expect((await coordinator.get('/api/flows/aggregates?from=2024-01&to=2024-03&groupBy=route')).statusCode).toBe(403);
  });
});

describe('bulk upload', () => {
  const csv = (rows: string[]) =>
    Buffer.from(
      [
        'record,direction,citizenship,count,origin,transit,destination,means,vessel_type,fraudulent_documents,visa_misuse,fee_amount,fee_currency,group_size,deaths,injuries,profile,age_band,sex,nationality',
        ...rows,
      ].join('\n'),
    ).toString('base64');

  it('reports every bad line by number and imports nothing', async () => {
    const before = await lineCount();
    const res = await mysFocal.post('/api/flows/uploads', {
      period: '2024-02',
      format: 'csv',
      contentBase64: csv([
        'crossing,entry,MMR,10,,,,,,,,,,,,,,,,',
        'crossing,entry,MMR,-1,,,,,,,,,,,,,,,,',
        'incident,,,,MMR,THA,MYS,sea,,no,no,900,ZZZ,15,0,0,,,,',
        'profile,,,4,,,,,,,,,,,,,migrant,18-25,female,MMR',
        'boat,,,,,,,,,,,,,,,,,,,',
      ]),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().report).toEqual([
      { line: 3, field: 'count', message: 'Cannot be negative.' },
      { line: 6, field: 'record', message: expect.stringMatching(/crossing, incident or profile/) },
    ]);
    expect(await lineCount()).toBe(before);
    const currency = await mysFocal.post('/api/flows/uploads', {
      period: '2024-02',
      format: 'csv',
      contentBase64: csv(['incident,,,,MMR,THA,MYS,sea,,no,no,900,ZZZ,15,0,0,,,,']),
    });
    expect(currency.json().report).toEqual([{ line: 2, field: 'fee_currency', message: expect.stringMatching(/^Unknown currency ZZZ/) }]);
  });

  it('imports the downloaded XLSX template filled in, and the CSV template', async () => {
    const template = await mysFocal.get('/api/flows/templates/flows-return-template.xlsx');
    expect(template.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    sheet.addRow(['incident', '', '', '', 'MMR', 'THA', 'MYS', 'land', '', 'yes', 'no', 1200, 'USD', 9, 0, 0]);
    const res = await mysFocal.post('/api/flows/uploads', {
      period: '2024-01',
      format: 'xlsx',
      contentBase64: Buffer.from(await book.xlsx.writeBuffer()).toString('base64'),
      submit: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().added).toEqual({ crossings: 1, incidents: 2, profiles: 1 });
    const csvTemplate = await mysFocal.get('/api/flows/templates/flows-return-template.csv');
    const up = await mysFocal.post('/api/flows/uploads', {
      period: '2024-02',
      format: 'csv',
      contentBase64: Buffer.from(csvTemplate.body).toString('base64'),
      submit: true,
    });
    expect(up.statusCode, up.body).toBe(200);
  });
});

describe('reciprocity and small cells', () => {
  const agg = (c: Client, q = 'from=2024-02&to=2024-02&groupBy=route') => c.get(`/api/flows/aggregates?${q}`);

  it("shows a state that has not contributed only suppressed regional aggregates, and others' contributions once it has", async () => {
    const before = (await agg(lkaOfficer)).json();
    expect(before.reciprocity.level).toBe('suppressed_only');
    expect(before.contributions).toEqual([]);
    // IDN and MYS reported 2 + 1 incidents on LKA>MYS>IDN>AUS in 2024-02: under 5, withheld.
    const row = before.rows.find((r: { key: string }) => r.key === 'LKA>MYS>IDN>AUS');
    expect(row).toMatchObject({ incidents: 0, migrants: 0, deaths: 0, withheld: { incidents: 1, migrants: 1, deaths: 1, injuries: 1 } });
    expect(JSON.stringify(before)).not.toMatch(/"IDN"/);

    const own = await lkaOfficer.post('/api/flows/submissions', {
      period: '2024-02',
      incidents: [1, 2, 3].map(() => incident({ transit: ['MYS'], destination: 'IDN' })),
      submit: true,
    });
    expect(own.statusCode, own.body).toBe(200);
    const after = (await agg(lkaOfficer)).json();
    expect(after.reciprocity.level).toBe('contributions');
    expect(after.contributions).toContainEqual(expect.objectContaining({ state: 'IDN', key: 'LKA>MYS>IDN>AUS', months: 1, incidents: 2 }));
    // Still nothing for a month LKA did not report.
    const march = (await agg(lkaOfficer, 'from=2024-01&to=2024-02&groupBy=route')).json();
    expect(march.reciprocity).toMatchObject({ level: 'partial', closedMonths: ['2024-01'] });
    // MYS reported MMR>THA>MYS in 2024-01 only: closed to LKA.
    expect(march.contributions.filter((c: { key: string }) => c.key === 'MMR>THA>MYS')).toEqual([]);
  });

  it('gives policy users and the RSO the suppressed regional aggregates only', async () => {
    for (const client of [idnPolicy, admin]) {
      const res = (await agg(client)).json();
      expect(res.reciprocity.level).toBe('suppressed_only');
      expect(res.contributions).toEqual([]);
    }
  });

  it('publishes a cell once enough incidents are in it, with the minimum the RSO configures', async () => {
    const seven = Array.from({ length: 7 }, () => incident({ origin: 'AFG', transit: ['PAK', 'IRN'], destination: 'TUR', means: 'land', vesselType: null }));
    expect((await idnOfficer.post('/api/flows/submissions', { period: '2023-11', incidents: seven, submit: true })).statusCode).toBe(200);
    const q = 'from=2023-11&to=2023-11&groupBy=route';
    expect((await agg(idnPolicy, q)).json().rows[0]).toMatchObject({ key: 'AFG>PAK>IRN>TUR', incidents: 7, migrants: 140, feeMeanUsd: 3000 });
    expect((await admin.put('/api/flows/policy', { minCellSize: 10, windowMonths: 0 })).statusCode).toBe(200);
    expect((await agg(idnPolicy, q)).json().rows[0]).toMatchObject({ incidents: 0, withheld: { incidents: 1 } });
    expect((await idnOfficer.put('/api/flows/policy', { minCellSize: 2, windowMonths: 0 })).statusCode).toBe(403);
    await admin.put('/api/flows/policy', { minCellSize: 5, windowMonths: 0 });
  });
});

describe('rates, quality and analysis', () => {
  it('lets only the RSO administrator edit rates', async () => {
    expect((await admin.put('/api/flows/rates', { currency: 'MYR', month: '2024-01', usdPerUnit: 0.21 })).statusCode).toBe(200);
    expect((await idnOfficer.put('/api/flows/rates', { currency: 'MYR', month: '2024-01', usdPerUnit: 9 })).statusCode).toBe(403);
    expect((await idnOfficer.get('/api/flows/rates?month=2024-01')).json().rates).toContainEqual({
      currency: 'MYR',
      month: '2024-01',
      usdPerUnit: 0.21,
      demo: false,
    });
  });

  it('shows completeness per state and lets only the submitting state confirm its outliers', async () => {
    const q = (await idnPolicy.get('/api/flows/quality?from=2024-01&to=2024-02')).json();
    expect(q.states.find((s: { state: string }) => s.state === 'IDN')).toMatchObject({ expected: 2, submitted: 1, completeness: 50 });
    const big = await idnOfficer.post('/api/flows/submissions', { period: '2023-12', incidents: [incident({ groupSize: 450 })], submit: true });
    expect(big.json().outliers).toBe(1);
    const [flag] = (await idnOfficer.get('/api/flows/outliers')).json().outliers;
    expect(flag).toMatchObject({ field: 'group size on LKA → MYS → IDN → AUS', value: 450, expected: 'at most 300 in one incident', status: 'open' });
    // The flag is said in the reader's language, the route by its codes as the flows tables show it.
    const [inBahasa] = (await idnOfficer.get('/api/flows/outliers', { 'accept-language': 'id' })).json().outliers;
    expect(inBahasa).toMatchObject({ field: 'besar kelompok pada LKA → MYS → IDN → AUS', expected: 'paling banyak 300 dalam satu insiden' });
    expect((await lkaOfficer.post(`/api/flows/outliers/${flag.id}/confirm`, { note: 'looks fine to us' })).statusCode).toBe(404);
    expect((await idnOfficer.post(`/api/flows/outliers/${flag.id}/confirm`, { note: 'one large boat, confirmed by the navy' })).statusCode).toBe(200);
  });

  it('answers fees, emerging routes and a quarterly summary from published figures', async () => {
    const fees = (await idnPolicy.get('/api/flows/fees?from=2023-01&to=2024-12')).json();
    expect(fees.routes.find((r: { route: string }) => r.route === 'AFG>PAK>IRN>TUR')).toMatchObject({ n: 7, median: 3000, suppressed: false });
    // Its incidents are in cells under the minimum: not even their number is given.
    expect(fees.routes.find((r: { route: string }) => r.route === 'MMR>THA>MYS')).toBeUndefined();
    const summary = (await idnPolicy.get('/api/flows/summary?quarter=2023-Q4')).json();
    expect(summary.sentences[0]).toMatch(/^In Q4 2023, 1 state submitted returns, reporting 7 smuggling incidents involving 140 smuggled migrants/);
    expect(summary.sentences.join(' ')).toMatch(
      /The busiest route was Afghanistan → Pakistan → Iran[^→]* → (Turkey|Türkiye) \(7 incidents, 140 migrants, mean fee US\$[\d,]+\)\./,
    );
    // The same briefing in the reader's language: states by name, means and money their way, no code or id.
    const inBahasa = await portal.app.inject({
      method: 'GET',
      url: '/api/flows/summary?quarter=2023-Q4',
      headers: { cookie: idnPolicy.cookie, 'accept-language': 'id' },
    });
    const kalimat = inBahasa.json().sentences as string[];
    expect(kalimat[0]).toMatch(/^Pada Triwulan 4 2023, 1 negara menyampaikan laporan, mencatat 7 kejadian penyelundupan/);
    expect(kalimat.join(' ')).toContain('Rute tersibuk adalah Afganistan → Pakistan → Iran');
    expect(kalimat.join(' ')).not.toMatch(/[A-Z]{3}>|_| by (sea|air|land)/);
    expect((await idnPolicy.get('/api/flows/emerging?to=2023-11&months=1')).json().routes[0]).toMatchObject({
      route: 'AFG>PAK>IRN>TUR',
      current: 7,
      previous: 0,
    });
    expect((await idnPolicy.get('/api/flows/aggregates?from=2024-05&to=2024-01&groupBy=route')).statusCode).toBe(400);
    expect((await idnPolicy.get('/api/flows/aggregates?from=2024-01&to=2024-02&groupBy=vessel')).statusCode).toBe(400);
  });
});
