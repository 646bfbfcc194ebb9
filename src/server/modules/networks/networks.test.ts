// Networks: who may use the workbench, what each state sees of the demo network, import/export, matching and analysis.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../db/index.js';
import { type Client, createTestPortal, signedIn, type TestPortal } from '../../testing/portal.js';
import { seedNetworksDemo } from './demo.js';
import type { RecordedEntity } from './service.js';

let portal: TestPortal;
let ausAnalyst: Client;
let idnOfficer: Client;
const recorded: RecordedEntity[] = [];

const ndjson = (lines: unknown[]) => lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n');
const importLines = (client: Client, body: string, query = 'classification=restricted&reliability=B&credibility=2') =>
  portal.app.inject({
    method: 'POST',
    url: `/api/networks/import?${query}`,
    payload: body,
    headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, 'content-type': 'application/x-ndjson' },
  });

beforeAll(async () => {
  portal = await createTestPortal();
  portal.services.networks.onEntitiesRecorded.push((entities) => {
    recorded.push(...entities);
  });
  await seedNetworksDemo(portal.services.networks.store);
  ausAnalyst = await signedIn(portal, { role: 'analyst', state: 'AUS', clearance: 'secret' });
  idnOfficer = await signedIn(portal, { role: 'officer', state: 'IDN', clearance: 'secret' });
}, 60_000);
afterAll(async () => portal?.close());

describe('who may use the networks workbench', () => {
  it('refuses policy users, the RSO admin, uncleared officers and anonymous callers', async () => {
    const policy = await signedIn(portal, { role: 'policy', state: 'IDN' });
    const admin = await signedIn(portal, { role: 'admin', state: null });
    const uncleared = await signedIn(portal, { role: 'officer', state: 'IDN', clearance: 'none' });
    for (const client of [policy, admin, uncleared]) expect((await client.get('/api/networks/entities?q=Rashid')).statusCode).toBe(403);
    expect((await portal.app.inject({ method: 'GET', url: '/api/networks/analysis/organisers' })).statusCode).toBe(401);
    expect((await portal.app.inject({ method: 'GET', url: '/api/networks/export?format=ftm' })).statusCode).toBe(401);
  });
});

describe('each state sees only what was released to it', () => {
  it('finds the organiser of the demo network, with reasons, for the Australian analyst', async () => {
    const res = await ausAnalyst.get('/api/networks/analysis/organisers');
    expect(res.statusCode).toBe(200);
    const [top] = res.json().organisers;
    expect(top.entity.id).toBe('demo-p-organiser');
    expect(top.reasons).toContainEqual(expect.objectContaining({ code: 'role', params: expect.objectContaining({ role: 'leads' }) }));
  });

  it('hides Sri Lankan confidential records and an Australian secret link from Indonesia: absent from search, graph, counts and paths', async () => {
    const search = (await idnOfficer.get('/api/networks/entities?q=Kamal')).json();
    expect(search).toMatchObject({ entities: [], total: 0 });
    expect((await idnOfficer.get('/api/networks/entities/demo-p-forger')).statusCode).toBe(404);
    expect((await idnOfficer.get('/api/networks/entities/demo-p-forger/neighbourhood?hops=1')).statusCode).toBe(404);

    const idnGraph = (await idnOfficer.get('/api/networks/graph')).json();
    const ausGraph = (await ausAnalyst.get('/api/networks/graph')).json();
    const idnIds = new Set(idnGraph.nodes.map((n: { id: string }) => n.id));
    expect(idnIds.has('demo-p-forger')).toBe(false);
    expect(idnIds.has('demo-p-financier')).toBe(false);
    expect(idnGraph.edges.every((e: { source: string; target: string }) => idnIds.has(e.source) && idnIds.has(e.target))).toBe(true);
    expect(idnGraph.edges.some((e: { role: string }) => e.role === 'finances')).toBe(false);
    expect(ausGraph.edges.some((e: { role: string }) => e.role === 'finances')).toBe(true);
    expect(ausGraph.nodes.length).toBeGreaterThan(idnGraph.nodes.length);

    const path = (await idnOfficer.get('/api/networks/analysis/path?from=demo-p-organiser&to=demo-p-financier')).statusCode;
    expect(path).toBe(404);
    const exported = (await idnOfficer.get('/api/networks/export?format=ftm')).body;
    expect(exported).not.toContain('demo-p-forger');
    expect(exported).not.toContain('Siddiqui');
  });

  it('returns the neighbourhood of an entity to N hops and the shortest path between two', async () => {
    const one = (await ausAnalyst.get('/api/networks/entities/demo-p-organiser/neighbourhood?hops=1')).json();
    const two = (await ausAnalyst.get('/api/networks/entities/demo-p-organiser/neighbourhood?hops=2')).json();
    expect(one.nodes.map((n: { id: string }) => n.id)).toContain('demo-p-broker-idn');
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    const path = (await ausAnalyst.get('/api/networks/analysis/path?from=demo-p-financier&to=demo-p-crew-1')).json();
    expect(path.found).toBe(true);
    expect(path.nodes.map((n: { id: string }) => n.id)).toEqual(['demo-p-financier', 'demo-p-organiser', 'demo-p-captain', 'demo-p-crew-1']);
  });

  it('shows the route with its legs and places, and the timeline of events', async () => {
    const { routes } = (await ausAnalyst.get('/api/networks/routes')).json();
    expect(routes[0].legs).toHaveLength(9);
    expect(routes[0].legs[1]).toMatchObject({ mode: 'sea', from: { name: 'Port Klang (demo)' }, to: { name: 'Kupang (demo)' } });
    const { events } = (await ausAnalyst.get('/api/networks/timeline')).json();
    expect(events.some((e: { type: string }) => e.type === 'interception')).toBe(true);
  });
});

describe('import and export', () => {
  it('imports good lines, reports each bad one by line number, keeps a dangling reference, and re-imports without duplicates', async () => {
    const future = `${new Date().getUTCFullYear() + 1}-01-01`;
    const body = ndjson([
      { id: 't-p1', schema: 'Person', properties: { name: ['Test Person One'], birthDate: ['1980-01-01'], nationality: ['lk'] } },
      'this is not json',
      { id: 't-x', schema: 'Spaceship', properties: {} },
      { id: 't-l1', schema: 'UnknownLink', properties: { subject: ['t-p1'], object: ['t-nobody'], role: ['leads'] } },
      { id: 't-a1', schema: 'Address', properties: { full: ['Nowhere'], latitude: ['95'], longitude: ['10'] } },
      { id: 't-p2', schema: 'Person', properties: { name: ['Too Young'], birthDate: [future] } },
      { id: 't-l2', schema: 'UnknownLink', properties: { subject: ['t-p1'], object: ['t-p3'], role: ['recruits'] } },
      { id: 't-p3', schema: 'Person', properties: { name: ['Test Person Three'] } },
    ]);
    const first = await importLines(ausAnalyst, body);
    expect(first.statusCode).toBe(200);
    const report = first.json();
    expect(report).toMatchObject({ status: 'completed', imported: 4, entities: 2, links: 2, dangling: 1 });
    expect(report.errors.map((e: { line: number }) => e.line)).toEqual([2, 3, 5, 6]);
    expect(report.errors[1].message).toMatch(/unknown schema/);
    expect(report.errors[2].message).toMatch(/off the globe/);
    expect(report.errors[3].message).toMatch(/future/);
    expect(report.notices).toEqual([
      { line: 4, message: expect.stringMatching(/names t-nobody, which is not among the entities you may read; the reference is kept/) },
    ]);
    expect(recorded.some((e) => e.id === 't-p1' && e.nationality === 'LKA')).toBe(true);

    // The import's page reads in the reader's language: each refused line by its number, each remark too.
    const inBahasa = (await ausAnalyst.get(`/api/networks/imports/${report.importId}`, { 'accept-language': 'id' })).json();
    expect(inBahasa.errors[1]).toEqual({ line: 3, message: 'skema "Spaceship" tidak dikenal (tidak ada dalam model FollowTheMoney)' });
    expect(inBahasa.errors[2].message).toBe('koordinat 95, 10 berada di luar bumi (latitude -90..90, longitude -180..180)');
    expect(inBahasa.notices).toEqual([
      { line: 4, message: 'UnknownLink ini (leads) menyebut t-nobody, yang tidak termasuk entitas yang boleh Anda baca; rujukannya disimpan' },
    ]);
    // A line error stored before they were coded (English only) still reads, as written.
    await portal.db.query(sql`INSERT INTO import_errors (import_id, level, line, message) VALUES (${report.importId}, 'error', 99, 'an older refusal')`);
    const older = (await ausAnalyst.get(`/api/imports/${report.importId}`, { 'accept-language': 'id' })).json();
    expect(older.errors.at(-1)).toEqual({ line: 99, message: 'an older refusal' });

    const again = (await importLines(ausAnalyst, body)).json();
    expect(again.imported).toBe(4);
    const count = await portal.db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM network_entities WHERE id LIKE 't-p%'`);
    expect(count?.n).toBe(2);
  });

  it('does not let another state overwrite a record by reusing its id', async () => {
    const res = (await importLines(idnOfficer, ndjson([{ id: 't-p1', schema: 'Person', properties: { name: ['Overwritten'] } }]))).json();
    expect(res.imported).toBe(0);
    expect(res.errors[0]).toMatchObject({ line: 1 });
    const search = (await ausAnalyst.get('/api/networks/entities?q=t-p1')).json();
    expect(search.entities[0].caption).toBe('Test Person One');
  });

  it('keeps names with quotes, commas, braces, backslashes and the word NULL exactly as reported', async () => {
    const names = ['Abu "The Boss" Karim', 'Karim, A.', '{alias}', 'C:\\ops\\karim', 'NULL'];
    const res = (await importLines(ausAnalyst, ndjson([{ id: 't-odd', schema: 'Person', properties: { name: names } }]))).json();
    expect(res).toMatchObject({ imported: 1, errors: [] });
    const { entity } = (await ausAnalyst.get('/api/networks/entities/t-odd')).json();
    expect(entity.names).toEqual(expect.arrayContaining(names));
    expect(entity.properties.name).toEqual(names);
  });

  it('imports CSV with a column mapping', async () => {
    const csv = 'Ref,Full name,DOB\nc-1,Csv Person,1990-02-03\nc-2,Bad Date,1990-02-31\n';
    const mapping = encodeURIComponent(JSON.stringify({ id: 'Ref', name: 'Full name', birthDate: 'DOB' }));
    const res = await portal.app.inject({
      method: 'POST',
      url: `/api/networks/import/csv?schema=Person&mapping=${mapping}&classification=restricted&reliability=C&credibility=3`,
      payload: csv,
      headers: { cookie: ausAnalyst.cookie, 'x-csrf-token': ausAnalyst.csrfToken, 'content-type': 'text/csv' },
    });
    expect(res.json()).toMatchObject({ imported: 1, errors: [{ line: 3 }] });
  });

  it('refuses a mapping that is not an object of columns, said to an Indonesian reader in Bahasa beside the mapping', async () => {
    const res = await portal.app.inject({
      method: 'POST',
      url: `/api/networks/import/csv?schema=Person&mapping=${encodeURIComponent('["Ref"]')}&classification=restricted&reliability=C&credibility=3`,
      payload: 'Ref\nc-9\n',
      headers: { cookie: ausAnalyst.cookie, 'x-csrf-token': ausAnalyst.csrfToken, 'content-type': 'text/csv', 'accept-language': 'id' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ field: 'mapping', message: 'Pemetaan harus berupa objek JSON dari properti FollowTheMoney ke kolom CSV.' });
  });

  it('exports FtM JSON Lines that import back unchanged, and GraphML', async () => {
    const exported = (await ausAnalyst.get('/api/networks/export?format=ftm&ids=t-p1,t-p3')).body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(exported.map((e) => e.schema).sort()).toEqual(['Person', 'Person', 'UnknownLink']);
    expect(exported.find((e) => e.id === 't-p1').bali).toMatchObject({ classification: 'restricted', reliability: 'B', credibility: '2' });
    const back = (await importLines(ausAnalyst, ndjson(exported))).json();
    expect(back).toMatchObject({ imported: 3, errors: [] });
    const graphml = (await ausAnalyst.get('/api/networks/export?format=graphml')).body;
    expect(graphml).toContain('<node id="demo-p-organiser">');
  });
});

describe('cross-matching', () => {
  it('proposes the organiser reported in Urdu by Pakistan, merges on confirmation and undoes the merge', async () => {
    expect((await ausAnalyst.post('/api/networks/matches/run')).statusCode).toBe(200);
    const { matches } = (await ausAnalyst.get('/api/networks/matches?status=proposed')).json();
    const proposal = matches.find((m: { a: { id: string }; b: { id: string } }) => [m.a.id, m.b.id].sort().join() === 'demo-p-organiser,demo-p-organiser-pak');
    expect(proposal).toBeDefined();
    expect(proposal.reasons.length).toBeGreaterThan(0);
    // Indonesia cannot see the Pakistani record, so it cannot see (or decide) the proposal.
    expect((await idnOfficer.post(`/api/networks/matches/${proposal.id}/confirm`)).statusCode).toBe(404);

    expect((await ausAnalyst.post(`/api/networks/matches/${proposal.id}/confirm`)).json().status).toBe('confirmed');
    let graph = (await ausAnalyst.get('/api/networks/graph')).json();
    expect(graph.nodes.find((n: { id: string }) => n.id === 'demo-p-organiser').merged).toEqual(['demo-p-organiser-pak']);
    expect(graph.nodes.some((n: { id: string }) => n.id === 'demo-p-organiser-pak')).toBe(false);

    expect((await ausAnalyst.post(`/api/networks/matches/${proposal.id}/unmerge`)).json().status).toBe('unmerged');
    graph = (await ausAnalyst.get('/api/networks/graph')).json();
    expect(graph.nodes.some((n: { id: string }) => n.id === 'demo-p-organiser-pak')).toBe(true);
    const audit = await portal.db.query<{ action: string }>(sql`SELECT action FROM audit_log WHERE action IN ('networks.merge', 'networks.unmerge')`);
    expect(audit.map((a) => a.action)).toEqual(['networks.merge', 'networks.unmerge']);
  });
});
