// The catalogue loads once as version 1, and the treaties/laws importers read their files (fixtures here) or leave "unknown".
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../db/index.js';
import { createTestPortal, signedIn, type TestPortal } from '../../testing/portal.js';
import { importLaws, importTreaties, loadLegislationReference } from './reference.js';

const fixture = (name: string) => path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', name);
let portal: TestPortal;
beforeAll(async () => { portal = await createTestPortal(); });
afterAll(() => portal.close());

describe('the standards catalogue', () => {
  it('serves every standard of seeds 002 and 000 as version 1, with its group, seed and UNTOC provisions', async () => {
    const member = await signedIn(portal, { role: 'officer', state: 'FJI' });
    const res = await member.get('/api/legislation/standards');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.version).toBe(1);
    expect(body.standards).toHaveLength(32);
    const ps2 = body.standards.find((s: { id: string }) => s.id === 'PS-2');
    expect(ps2).toMatchObject({ group: 'people_smuggling', text: 'make people smuggling a crime', seed: { file: '002_f05e742ccebaebcc.txt' } });
    expect(ps2.untoc).toContainEqual(expect.objectContaining({ instrument: 'SOM', article: '6(1)(a)' }));
    expect(body.standards.filter((s: { group: string }) => s.group === 'procedure_evidence')).toHaveLength(2);
  });

  it('loads idempotently: a second start adds nothing', async () => {
    await loadLegislationReference(portal.services.db);
    const n = await portal.services.db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM legislation_standards`);
    expect(n!.n).toBe(32);
  });

  it('is members-level: anonymous callers are refused', async () => {
    const res = await portal.app.inject({ method: 'GET', url: '/api/legislation/standards' });
    expect(res.statusCode).toBe(401);
  });
});

describe('treaty status', () => {
  it('reads "unknown" for every state and treaty while data/treaties.csv has not arrived', async () => {
    const member = await signedIn(portal, { role: 'policy', state: 'THA' });
    const res = await member.get('/api/treaties?state=THA');
    expect(res.statusCode).toBe(200);
    expect(res.json().dataArrived).toBe(false);
    expect(res.json().treaties.map((t: { status: string }) => t.status)).toEqual(['unknown', 'unknown', 'unknown']);
  });

  it('refuses an unknown ISO code by name', async () => {
    const member = await signedIn(portal, { role: 'policy', state: 'THA' });
    const res = await member.get('/api/treaties?state=XXX');
    expect(res.statusCode).toBe(400);
    expect(res.json().field).toBe('state');
    expect((await member.get('/api/treaties?state=idn')).statusCode).toBe(400);
  });

  it('rejects a file with an impossible date or a non-member, naming the line, and changes nothing', async () => {
    await expect(importTreaties(portal.services.db, fixture('treaties-bad-date.csv'))).rejects.toThrow(/treaties-bad-date.csv:3: date "2024-13-45"/);
    await expect(importTreaties(portal.services.db, fixture('treaties-bad-state.csv'))).rejects.toThrow(/:2: iso3 "XXX"/);
    const n = await portal.services.db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM treaty_actions`);
    expect(n!.n).toBe(0);
  });

  it('once imported, shows signature and consent with their source; a state with no row is "not recorded"', async () => {
    expect(await importTreaties(portal.services.db, fixture('treaties.csv'))).toBe(6);
    const member = await signedIn(portal, { role: 'policy', state: 'THA' });
    const idn = (await member.get('/api/treaties?state=IDN')).json();
    expect(idn.dataArrived).toBe(true);
    expect(idn.treaties[0]).toMatchObject({ instrument: 'UNTOC', status: 'party', signature: '2001-01-10', consent: { action: 'ratification', date: '2003-02-20' }, source: 'fixture: fictional' });
    expect(idn.treaties[1]).toMatchObject({ instrument: 'TIP', status: 'not_recorded' });
    const aus = (await member.get('/api/treaties?state=AUS')).json();
    expect(aus.treaties[1]).toMatchObject({ instrument: 'TIP', status: 'signatory' });
    const cov = (await member.get('/api/legislation/coverage?asOf=2003-12-31')).json();
    expect(cov.treaties.find((t: { instrument: string }) => t.instrument === 'UNTOC')).toMatchObject({ count: 2, states: ['IDN', 'MYS'] });
    expect(cov.treaties.find((t: { instrument: string }) => t.instrument === 'SOM').count).toBe(0);
  });
});

describe('national laws import', () => {
  it('adds each law with its source, once, however often the file is read', async () => {
    await importLaws(portal.services.db, fixture('laws.csv'));
    await importLaws(portal.services.db, fixture('laws.csv'));
    const member = await signedIn(portal, { role: 'policy', state: 'THA' });
    const res = (await member.get('/api/legislation/instruments?state=IDN')).json();
    expect(res.instruments).toHaveLength(1);
    expect(res.instruments[0]).toMatchObject({ title: 'Fictional Act on Smuggling of Persons', year: 2009, topic: 'smuggling', source: 'fixture: fictional', demo: false });
  });
});
