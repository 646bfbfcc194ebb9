// The reference data a fresh portal ships: the catalogue as version 1, the real treaty status of all 45 members with
// its sources and snapshot date, and the national laws of laws.csv marked "to be confirmed"; and the importer's checks.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../config.js';
import { sql } from '../../db/index.js';
import { createTestPortal, signedIn, type TestPortal } from '../../testing/portal.js';
import { loadCatalogue, loadLegislationReference } from './reference.js';

const fixture = (name: string) => fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', name), 'utf8');
let portal: TestPortal;
beforeAll(async () => {
  portal = await createTestPortal();
});
afterAll(() => portal.close());

type Action = { origin: string; action: string; date?: string; when?: string; precision?: string; source: string; snapshot: string | null };
type Status = {
  instrument: string;
  status: string;
  approximate: boolean;
  basis: Action | null;
  actions: Action[];
  snapshot: string | null;
  note: string | null;
};
const treatiesOf = async (state: string) => {
  const member = await signedIn(portal, { role: 'officer', state: 'FJI' });
  const res = await member.get(`/api/treaties?state=${state}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { dataArrived: boolean; snapshot: { date: string; label: string; source: string }; treaties: Status[] };
};
const count = async (table: string) => (await portal.db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${sql.raw(table)}`))!.n;

describe('the standards catalogue', () => {
  it('serves every standard of seeds 002 and 000 as version 1, with its group, seed and UNTOC provisions', async () => {
    const member = await signedIn(portal, { role: 'officer', state: 'FJI' });
    const res = await member.get('/api/legislation/standards');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.version).toBe(1);
    expect(body.standards).toHaveLength(32);
    const ps2 = body.standards.find((s: { id: string }) => s.id === 'PS-2');
    expect(ps2).toMatchObject({ group: 'people_smuggling', text: 'make people smuggling a crime', seed: { doc: '002', section: 'For People Smuggling:' } });
    expect(ps2.untoc).toContainEqual(expect.objectContaining({ instrument: 'SOM', article: '6(1)(a)' }));
    expect(body.standards.filter((s: { group: string }) => s.group === 'procedure_evidence')).toHaveLength(2);
  });

  it('cites its seeds by number, never by a file of the workspace', async () => {
    const member = await signedIn(portal, { role: 'officer', state: 'FJI' });
    const body = (await member.get('/api/legislation/standards')).json();
    expect(new Set(body.standards.map((s: { seed: { doc: string } }) => s.seed.doc))).toEqual(new Set(['000', '002']));
    expect(JSON.stringify(body)).not.toMatch(/\.txt/);
    expect(body.source).toMatch(/seed 002, 'Identifying & Overcoming gaps/);
  });

  it('a changed citation in the shipped file neither re-imports nor duplicates the loaded version', async () => {
    const shipped = JSON.parse(fs.readFileSync(path.join(projectRoot, 'data', 'standards.json'), 'utf8'));
    const before = await portal.db.query(sql`SELECT id, seed, text FROM legislation_standards ORDER BY catalogue_version, position`);
    const recited = {
      ...shipped,
      source: `${shipped.source} (re-cited)`,
      standards: shipped.standards.map((s: { seed: object }) => ({ ...s, seed: { ...s.seed, section: 'moved' } })),
    };
    expect(await loadCatalogue(portal.db, recited)).toEqual({ version: 1, inserted: false });
    await loadLegislationReference(portal.db);
    expect(await count('legislation_catalogues')).toBe(1);
    expect(await portal.db.query(sql`SELECT id, seed, text FROM legislation_standards ORDER BY catalogue_version, position`)).toEqual(before);
  });

  it('a version loaded with file names as citations is rewritten to seed numbers by migration 0700, wording untouched', async () => {
    const migration = fs.readFileSync(path.join(projectRoot, 'src/server/db/migrations/0700_standards_seed_citations.sql'), 'utf8');
    const db = portal.db;
    await db.transaction(async () => {
      await db.query(sql`UPDATE legislation_standards SET seed = (seed - 'doc') || '{"file": "002_f05e742ccebaebcc.txt"}'::jsonb WHERE id = 'PS-2'`);
      await db.query(sql`UPDATE legislation_catalogues SET source = 'Standards: seed 002_f05e742ccebaebcc.txt and seed 000_1b13a26cc23b14d1.txt.',
        content = jsonb_set(content, '{groups,0,seed}', '{"file": "002_f05e742ccebaebcc.txt", "section": "For People Smuggling:"}'::jsonb) WHERE version = 1`);
    });
    await db.exec(migration);
    const ps2 = await db.one<{ seed: Record<string, string>; text: string }>(sql`SELECT seed, text FROM legislation_standards WHERE id = 'PS-2'`);
    expect(ps2).toEqual({
      seed: { doc: '002', section: 'For People Smuggling:', passage: 'make people smuggling a crime' },
      text: 'make people smuggling a crime',
    });
    const catalogue = await db.one<{ source: string; content: { groups: { seed: object }[] } }>(
      sql`SELECT source, content FROM legislation_catalogues WHERE version = 1`,
    );
    expect(catalogue!.source).toBe('Standards: seed 002 and seed 000.');
    expect(catalogue!.content.groups[0].seed).toEqual({ doc: '002', section: 'For People Smuggling:' });
  });

  it('is members-level: anonymous callers are refused', async () => {
    expect((await portal.app.inject({ method: 'GET', url: '/api/legislation/standards' })).statusCode).toBe(401);
  });
});

describe('treaty status shipped in data/', () => {
  it('shows each dated action with its date, action, source and the snapshot date the table is complete to', async () => {
    const idn = await treatiesOf('IDN');
    expect(idn.dataArrived).toBe(true);
    expect(idn.snapshot).toMatchObject({ date: '2014-07-10', label: 'UN Treaty Collection snapshot' });
    expect(idn.snapshot.source).toContain('github.com/zmjones/untreaties');
    const untoc = idn.treaties.find((t) => t.instrument === 'UNTOC')!;
    expect(untoc).toMatchObject({
      status: 'party',
      approximate: false,
      snapshot: '2014-07-10',
      basis: { origin: 'reference', action: 'ratification', date: '2009-04-20' },
    });
    expect(untoc.actions).toEqual([
      expect.objectContaining({ action: 'signature', date: '2000-12-12', snapshot: '2014-07-10', source: expect.stringContaining('18-12.csv') }),
      expect.objectContaining({ action: 'ratification', date: '2009-04-20', snapshot: '2014-07-10' }),
    ]);
  });

  it('reads a later report as party from its month or year, with when and precision and never a day', async () => {
    const kor = await treatiesOf('KOR');
    const untoc = kor.treaties.find((t) => t.instrument === 'UNTOC')!;
    expect(untoc).toMatchObject({
      status: 'party',
      approximate: true,
      basis: { origin: 'later', when: '2015-11', precision: 'month', source: 'm.koreaherald.com/view.php?ud=20151106000324' },
    });
    const later = untoc.actions.find((a) => a.origin === 'later')!;
    expect(later).not.toHaveProperty('date');
    expect(later.snapshot).toBe('2014-07-10');
    expect(untoc.actions.find((a) => a.action === 'signature')).toMatchObject({ date: '2000-12-13' });
    const pak = (await treatiesOf('PAK')).treaties.find((t) => t.instrument === 'TIP')!;
    expect(pak).toMatchObject({ status: 'party', approximate: true, basis: { when: '', precision: 'unknown' } });
  });

  it('says "no action recorded" where the snapshot has no row, never "not a party"; Hong Kong and Macao are not recorded separately', async () => {
    const prk = await treatiesOf('PRK');
    expect(prk.treaties.map((t) => [t.status, t.snapshot, t.actions.length])).toEqual([
      ['no_action_recorded', '2014-07-10', 0],
      ['no_action_recorded', '2014-07-10', 0],
      ['no_action_recorded', '2014-07-10', 0],
    ]);
    for (const code of ['HKG', 'MAC'])
      expect((await treatiesOf(code)).treaties.map((t) => [t.status, t.note])).toEqual(Array(3).fill(['not_recorded_separately', 'through_china']));
    expect((await treatiesOf('FRA')).treaties[0]).toMatchObject({ status: 'party', note: 'france_new_caledonia' });
  });

  it('covers all 45 members in the overview, none "unknown", with every source cited', async () => {
    const member = await signedIn(portal, { role: 'policy', state: 'THA' });
    const res = (await member.get('/api/treaties/overview')).json();
    expect(res.states).toHaveLength(45);
    expect(res.states.flatMap((s: { treaties: Status[] }) => s.treaties.map((t) => t.status))).not.toContain('unknown');
    expect(res.sources.reduce((n: number, s: { rows: number }) => n + s.rows, 0)).toBe(131 + 14);
  });

  it('refuses an unknown or lower-case ISO code by name', async () => {
    const member = await signedIn(portal, { role: 'policy', state: 'THA' });
    const res = await member.get('/api/treaties?state=XXX');
    expect(res.statusCode).toBe(400);
    expect(res.json().field).toBe('state');
    expect((await member.get('/api/treaties?state=idn')).statusCode).toBe(400);
  });

  it('ships the national laws of laws.csv as their states’ instruments, "reference, to be confirmed"', async () => {
    expect(await count('legal_instruments WHERE reference_key IS NOT NULL')).toBe(67);
    const member = await signedIn(portal, { role: 'policy', state: 'THA' });
    const aus = (await member.get('/api/legislation/instruments?state=AUS')).json().instruments;
    expect(aus).toHaveLength(5);
    expect(aus.find((i: { citation: string }) => i.citation.includes('Division 73'))).toMatchObject({
      title: 'Criminal Code Act 1995',
      year: 1995,
      topic: 'smuggling',
      source: 'https://accountabilityhub.org/provision/division-73/',
      demo: false,
      reference: { file: 'laws.csv', confirmed: false, confirmedBy: null, removedAt: null },
    });
  });

  it('loads once: a restart with the same files imports nothing', async () => {
    const imports = await count('legislation_reference_imports');
    expect(imports).toBe(3);
    await loadLegislationReference(portal.db);
    expect(await count('legislation_reference_imports')).toBe(imports);
    expect(await count('treaty_actions')).toBe(131);
    expect(await count('treaty_reports')).toBe(14);
  });
});

describe('the importer’s checks', () => {
  const admin = () => signedIn(portal, { role: 'admin', state: null });
  it('names the line of an impossible date, a non-member, a bad precision or a duplicate, and writes nothing', async () => {
    const client = await admin();
    const before = await count('treaty_actions');
    const cases: [string, string, RegExp][] = [
      ['treaties.csv', fixture('treaties-bad-date.csv'), /Line 3: date "2024-13-45"/],
      ['treaties.csv', fixture('treaties-bad-state.csv'), /Line 2: iso3 "XXX"/],
      ['treaties.csv', `${fixture('treaties.csv')}IDN,UNTOC,signature,2001-01-11,fixture: fictional\n`, /Line 8: the same row as line 2/],
      [
        'treaties-later.csv',
        'iso3,instrument,when,precision,what,source\nIDN,TIP,2015-06-01,month,x,fixture\n',
        /Line 2: when "2015-06-01" does not match precision month/,
      ],
      ['laws.csv', 'iso3,title,year,citation,topic,source\nIDN,Act,20x9,,smuggling,fixture\n', /Line 2: year "20x9"/],
      ['laws.csv', 'iso3,name\nIDN,Act\n', /Line 1: missing columns: title, year, citation, topic, source/],
    ];
    for (const [file, csv, message] of cases) {
      const res = await client.post('/api/legislation/reference/imports', { file, csv, snapshot: '2020-01-01' });
      expect(res.statusCode, `${file}: ${res.body}`).toBe(400);
      expect(res.json()).toMatchObject({ field: 'csv' });
      expect(res.json().message).toMatch(message);
    }
    expect(await count('treaty_actions')).toBe(before);
    // The administrator reads the reason in their language, the line named.
    const inBahasa = await client.post(
      '/api/legislation/reference/imports',
      { file: 'treaties.csv', csv: fixture('treaties-bad-state.csv'), snapshot: '2020-01-01' },
      {
        'accept-language': 'id',
      },
    );
    expect(inBahasa.json()).toMatchObject({ field: 'csv', message: 'Baris 2: iso3 "XXX" bukan negara anggota dalam members.csv' });
  });

  it('previews a file that replaces every law without writing anything', async () => {
    const client = await admin();
    const res = await client.post('/api/legislation/reference/preview', { file: 'laws.csv', csv: fixture('laws.csv') });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ applied: false, rows: 2, unchanged: 0 });
    expect(res.json().added.map((r: { state: string }) => r.state)).toEqual(['IDN', 'LKA']);
    expect(res.json().removed).toHaveLength(67);
    expect(await count('legal_instruments WHERE reference_key IS NOT NULL')).toBe(67);
  });

  it('needs the snapshot date of a new treaties.csv, never in the future', async () => {
    const client = await admin();
    const csv = fs.readFileSync(path.join(projectRoot, 'data/treaties.csv'), 'utf8');
    expect((await client.post('/api/legislation/reference/preview', { file: 'treaties.csv', csv })).json().field).toBe('snapshot');
    expect((await client.post('/api/legislation/reference/preview', { file: 'treaties.csv', csv, snapshot: '2999-01-01' })).json().field).toBe('snapshot');
  });
});
