// An administrator re-imports newer versions of the reference files: the app shows what was added, removed and changed,
// keeps what focal points recorded and confirmed, applies all or nothing, and a restart never undoes the newer file.
// (Rows marked "test: fictional" are invented for the test; they are not facts.)
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../config.js';
import { sql } from '../../db/index.js';
import { type Client, createTestPortal, signedIn, type TestPortal } from '../../testing/portal.js';
import { loadLegislationReference } from './reference.js';

let portal: TestPortal;
let admin: Client, focalPrk: Client, focalAus: Client, policyNzl: Client, coordTha: Client;
const shipped = (file: string) => fs.readFileSync(path.join(projectRoot, 'data', file), 'utf8');
const lines = (csv: string) => csv.trimEnd().split(/\r?\n/);
const count = async (where: string) => (await portal.db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${sql.raw(where)}`))!.n;

beforeAll(async () => {
  portal = await createTestPortal();
  admin = await signedIn(portal, { role: 'admin', state: null });
  focalPrk = await signedIn(portal, { role: 'focal_point', state: 'PRK' });
  focalAus = await signedIn(portal, { role: 'focal_point', state: 'AUS' });
  policyNzl = await signedIn(portal, { role: 'policy', state: 'NZL' });
  coordTha = await signedIn(portal, { role: 'coordinator', state: 'THA' });
});
afterAll(() => portal.close());

describe('a newer treaties.csv', () => {
  const newer = () => {
    const rows = lines(shipped('treaties.csv'))
      .filter((l) => !l.startsWith('VUT,UNTOC,accession'))
      .map((l) => (l.startsWith('THA,SOM,signature') ? 'THA,SOM,signature,2001-12-18,test: fictional re-reading' : l));
    return `${[...rows, 'PRK,UNTOC,accession,2020-01-01,test: fictional'].join('\n')}\n`;
  };

  it('keeps a focal point’s validated record apart from the file', async () => {
    const rec = await focalPrk.post('/api/treaties/records', {
      state: 'PRK',
      instrument: 'UNTOC',
      action: 'accession',
      when: '2020-01-01',
      source: 'test: fictional notification',
    });
    expect(rec.statusCode, rec.body).toBe(201);
    expect((await coordTha.post(`/api/treaties/records/${rec.json().id}/validate`)).statusCode).toBe(200);
  });

  it('previews the rows added, removed and changed without writing anything', async () => {
    const res = await admin.post('/api/legislation/reference/preview', { file: 'treaties.csv', csv: newer(), snapshot: '2020-06-30' });
    expect(res.statusCode, res.body).toBe(200);
    const diff = res.json();
    expect(diff).toMatchObject({ applied: false, id: null, rows: 131, snapshot: '2020-06-30' });
    expect(diff.added).toEqual([expect.objectContaining({ key: 'PRK UNTOC accession', after: { date: '2020-01-01', source: 'test: fictional' } })]);
    expect(diff.removed).toEqual([expect.objectContaining({ key: 'VUT UNTOC accession', before: expect.objectContaining({ date: '2006-01-04' }) })]);
    expect(diff.changed).toEqual([expect.objectContaining({ key: 'THA SOM signature', fields: ['source'] })]);
    expect(diff.kept).toEqual([expect.objectContaining({ state: 'PRK', change: 'now_in_file' })]);
    expect(await count("treaty_actions WHERE state = 'VUT'")).toBe(1);
  });

  it('applies it with its new snapshot; the record stays; the history shows who imported what', async () => {
    const res = await admin.post('/api/legislation/reference/imports', { file: 'treaties.csv', csv: newer(), snapshot: '2020-06-30' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ applied: true, origin: 'admin', importedBy: { name: expect.stringContaining('admin') } });
    const prk = (await focalPrk.get('/api/treaties?state=PRK')).json();
    expect(prk.snapshot.date).toBe('2020-06-30');
    const untoc = prk.treaties[0];
    expect(untoc.status).toBe('party');
    expect(untoc.actions.map((a: { origin: string }) => a.origin)).toEqual(['reference', 'focal_point']);
    expect((await focalPrk.get('/api/treaties?state=VUT')).json().treaties[0].status).toBe('no_action_recorded');
    const history = (await coordTha.get('/api/legislation/reference/imports')).json();
    expect(history.imports[0]).toMatchObject({ file: 'treaties.csv', origin: 'admin', added: [expect.objectContaining({ key: 'PRK UNTOC accession' })] });
    expect(history.files.find((f: { file: string }) => f.file === 'treaties.csv')).toMatchObject({ rows: 131, snapshot: '2020-06-30' });
    // Why a row is kept is stored with the import and read in the reader's language.
    expect(history.imports[0].kept[0].why).toBe('a focal point’s validated record now matches the file; both are kept');
    const inBahasa = (await coordTha.get('/api/legislation/reference/imports', { 'accept-language': 'id' })).json();
    expect(inBahasa.imports[0].kept[0].why).toBe('catatan tervalidasi dari titik fokus kini sesuai dengan berkas; keduanya disimpan');
    // An import recorded before "why kept" was coded keeps its English.
    await portal.db.query(sql`UPDATE legislation_reference_imports SET kept = jsonb_set(kept, '{0,why}', '"an older reason"') WHERE id = ${res.json().id}`);
    const older = (await coordTha.get('/api/legislation/reference/imports', { 'accept-language': 'id' })).json();
    expect(older.imports[0].kept[0].why).toBe('an older reason');
    const audit = await portal.db.one<{ detail: { added: number } }>(
      sql`SELECT detail FROM audit_log WHERE action = 'legislation.reference.import' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit!.detail).toMatchObject({ origin: 'admin', added: 1, removed: 1, changed: 1 });
  });

  it('a restart does not undo it (the shipped file has not changed)', async () => {
    await loadLegislationReference(portal.db);
    expect(await count("treaty_actions WHERE state = 'PRK'")).toBe(1);
    expect(await count("treaty_actions WHERE state = 'VUT'")).toBe(0);
  });

  it('only an administrator imports or previews', async () => {
    for (const client of [focalAus, coordTha, policyNzl])
      for (const url of ['/api/legislation/reference/imports', '/api/legislation/reference/preview'])
        expect((await client.post(url, { file: 'treaties.csv', csv: newer(), snapshot: '2020-06-30' })).statusCode, url).toBe(403);
  });
});

describe('a newer laws.csv', () => {
  const find = async (state: string, match: (i: { title: string; citation: string }) => boolean) =>
    (
      (await coordTha.get(`/api/legislation/instruments?state=${state}`)).json().instruments as {
        id: string;
        title: string;
        citation: string;
        year: number;
        source: string;
        reference: { confirmed: boolean; values: { year: number }; removedAt: string | null };
      }[]
    ).find(match);
  const newer = () =>
    `${lines(shipped('laws.csv'))
      .filter((l) => !l.startsWith('NZL,Crimes Act 1961,1961,Section 98C') && !l.startsWith('NRU,'))
      .map((l) =>
        l.startsWith('AUS,Criminal Code Act 1995,1995,"Act No. 12, 1995; Schedule Division 73')
          ? l.replace('AUS,Criminal Code Act 1995,1995,', 'AUS,Criminal Code Act 1995,1996,')
          : l,
      )
      .map((l) =>
        l.startsWith('THA,Anti-Trafficking in Persons Act')
          ? 'THA,Anti-Trafficking in Persons Act B.E 2551 (2008),2008,,trafficking,test: fictional official page'
          : l,
      )
      .concat('IDN,Test Act on Fictional Matters,2024,Test No. 1,other,test: fictional')
      .join('\n')}\n`;

  it('the AUS focal point confirms a law and NZL links a provision of another to a standard', async () => {
    const div73 = await find('AUS', (i) => i.citation.includes('Division 73'));
    const confirmed = await focalAus.post(`/api/legislation/instruments/${div73!.id}/confirm`);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json().reference).toMatchObject({ confirmed: true, confirmedBy: { name: expect.any(String) } });
    const s98c = await find('NZL', (i) => i.citation.includes('98C'));
    expect(
      (await policyNzl.post(`/api/legislation/instruments/${s98c!.id}/provisions`, { section: 's. 98C', heading: 'Smuggling migrants', standards: ['PS-2'] }))
        .statusCode,
    ).toBe(201);
  });

  it('keeps what the states recorded and shows the file’s new values beside it; drops untouched rows the file removed', async () => {
    const res = await admin.post('/api/legislation/reference/imports', { file: 'laws.csv', csv: newer() });
    expect(res.statusCode, res.body).toBe(201);
    const diff = res.json();
    expect(diff.added.map((r: { state: string }) => r.state)).toEqual(['IDN']);
    expect(diff.removed.map((r: { state: string }) => r.state).sort()).toEqual(['NRU', 'NZL']);
    expect(diff.changed.map((r: { state: string; fields: string[] }) => [r.state, r.fields])).toEqual(
      expect.arrayContaining([
        ['AUS', ['year']],
        ['THA', ['source']],
      ]),
    );
    expect(diff.kept.map((k: { state: string; change: string }) => [k.state, k.change]).sort()).toEqual([
      ['AUS', 'changed'],
      ['NZL', 'removed'],
    ]);

    const div73 = await find('AUS', (i) => i.citation.includes('Division 73'));
    expect(div73).toMatchObject({ year: 1995, reference: { confirmed: true, values: { year: 1996 } } });
    expect(await find('THA', (i) => i.title.startsWith('Anti-Trafficking'))).toMatchObject({ source: 'test: fictional official page' });
    expect((await find('NZL', (i) => i.citation.includes('98C')))!.reference.removedAt).not.toBeNull();
    expect(await find('NRU', () => true)).toBeUndefined();
    expect(await find('IDN', (i) => i.title === 'Test Act on Fictional Matters')).toMatchObject({ reference: { confirmed: false } });
  });

  it('is all or nothing: a failure half-way leaves the laws as they were, and the same import then succeeds', async () => {
    const reference = portal.services.legislation.reference;
    const csv = newer().replace('test: fictional official page', 'test: fictional second reading');
    const before = await count('legal_instruments');
    const imports = await count('legislation_reference_imports');
    const original = reference.store.refreshLaw.bind(reference.store);
    let calls = 0;
    reference.store.refreshLaw = async (...args) => {
      if (++calls === 30) throw new Error('power cut');
      return original(...args);
    };
    expect((await admin.post('/api/legislation/reference/imports', { file: 'laws.csv', csv })).statusCode).toBe(500);
    reference.store.refreshLaw = original;
    expect(await count('legal_instruments')).toBe(before);
    expect(await count('legislation_reference_imports')).toBe(imports);
    expect(await find('THA', (i) => i.title.startsWith('Anti-Trafficking'))).toMatchObject({ source: 'test: fictional official page' });
    expect((await admin.post('/api/legislation/reference/imports', { file: 'laws.csv', csv })).statusCode).toBe(201);
    expect(await find('THA', (i) => i.title.startsWith('Anti-Trafficking'))).toMatchObject({ source: 'test: fictional second reading' });
  });

  it('only the state’s focal point confirms its laws, once; a law the state recorded itself has nothing to confirm', async () => {
    const thaLaw = await find('THA', (i) => i.title.startsWith('Anti-Trafficking'));
    expect((await focalAus.post(`/api/legislation/instruments/${thaLaw!.id}/confirm`)).statusCode).toBe(403);
    expect((await policyNzl.post(`/api/legislation/instruments/${thaLaw!.id}/confirm`)).statusCode).toBe(403);
    const div73 = await find('AUS', (i) => i.citation.includes('Division 73'));
    expect((await focalAus.post(`/api/legislation/instruments/${div73!.id}/confirm`)).statusCode).toBe(409);
    const own = await focalAus.post('/api/legislation/instruments', { state: 'AUS', kind: 'bill', title: 'Test bill', status: 'bill' });
    expect((await focalAus.post(`/api/legislation/instruments/${own.json().id}/confirm`)).json().field).toBe('id');
  });
});
