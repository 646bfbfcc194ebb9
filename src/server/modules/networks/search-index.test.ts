// Entity search reads a trigram index (migration 0857), not the whole table: what a user relies on is that a search
// stays quick as the portal fills. On PGlite that needs the upkeep duty (no autovacuum: new rows wait in the index's
// pending list, which the planner costs as a slow index) and a large import rebuilding the index instead of adding to it
// row by row. On PostgreSQL the server's autovacuum does the upkeep and imports always add to the index.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../db/index.js';
import { type Client, createTestPortal, signedIn, type TestPortal } from '../../testing/portal.js';

let portal: TestPortal;
let analyst: Client;

const lines = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => JSON.stringify({ id: `${prefix}-${i}`, schema: 'Person', properties: { name: [`${prefix} Person ${i}`] } })).join(
    '\n',
  );
const importLines = async (body: string) => {
  const res = await portal.app.inject({
    method: 'POST',
    url: '/api/networks/import?classification=restricted&reliability=B&credibility=2',
    payload: body,
    headers: { cookie: analyst.cookie, 'x-csrf-token': analyst.csrfToken, 'content-type': 'application/x-ndjson' },
  });
  expect(res.json()).toMatchObject({ status: 'completed' });
};
const indexOid = async () =>
  (await portal.db.one<{ oid: number | null }>(sql`SELECT to_regclass('network_entities_search_trgm')::oid::int AS oid`))?.oid ?? null;
/** The plan of the search's word filter, as the store writes it. */
const plan = async (word: string) =>
  (await portal.db.query<Record<string, string>>(sql`EXPLAIN SELECT id FROM network_entities e WHERE e.search_text LIKE ${`%${word}%`}`))
    .map((r) => Object.values(r)[0])
    .join('\n');

beforeAll(async () => {
  portal = await createTestPortal();
  analyst = await signedIn(portal, { role: 'analyst', state: 'AUS', clearance: 'secret' });
}, 60_000);
afterAll(async () => portal?.close());

describe('entity search on a filling portal', () => {
  it('a large import leaves the search index in place and searchable; on PGlite it was rebuilt, on PostgreSQL added to', async () => {
    const before = await indexOid();
    expect(before).not.toBeNull();
    await importLines(lines('bulkrow', 6_000));
    const after = await indexOid();
    expect(after).not.toBeNull();
    if (portal.db.kind === 'pglite') expect(after).not.toBe(before);
    else expect(after).toBe(before);
    const found = (await analyst.get('/api/networks/entities?q=ulkrow-4321')).json();
    expect(found).toMatchObject({ total: 1, entities: [{ id: 'bulkrow-4321' }] });
    // A small import into the now large table adds to the index: it is not rebuilt.
    await importLines(lines('fewrows', 20));
    expect(await indexOid()).toBe(after);
    expect((await analyst.get('/api/networks/entities?q=fewrows')).json()).toMatchObject({ total: 20 });
  }, 120_000);

  it('the upkeep duty keeps the index usable on PGlite, and leaves a server to its autovacuum', async () => {
    // Entities written one by one (as officers record them) wait in the index's pending list.
    await portal.db.exec(`INSERT INTO network_entities (id, kind, schema, caption, properties, names, identifiers, search_text, classification, owner_state)
      SELECT 'one-by-one-' || g, 'person', 'Person', 'One by one ' || g, '{}', ARRAY['One by one ' || g], '{}', 'one by one ' || g, 'members', 'AUS'
      FROM generate_series(1, 3000) g`);
    const result = await portal.services.system.upkeep();
    if (portal.db.kind === 'pglite') {
      expect(result.vacuumed).toContain('public.network_entities');
      expect(await plan('ahmad')).toContain('network_entities_search_trgm');
      // Nothing is left to do there until the table changes again.
      expect((await portal.services.system.upkeep()).vacuumed).not.toContain('public.network_entities');
    } else {
      expect(result).toEqual({ database: 'postgres', vacuumed: [], analyzed: [], skipped: 'autovacuum' });
    }
    // It is a duty of the job runner, which runs it on its schedule (every ten minutes).
    expect((await portal.services.jobs.definitions()).find((d) => d.name === 'system.upkeep')).toMatchObject({ schedule: '*/10 * * * *' });
    await portal.services.jobs.enqueue('system.upkeep');
    expect(await portal.services.jobs.runDue(new Date())).toMatchObject({ failed: 0 });
  }, 120_000);

  it('counts every hit, however few it shows', async () => {
    const page = (await analyst.get('/api/networks/entities?q=bulkrow-12&limit=3')).json();
    // bulkrow-12, -120..-129, -1200..-1299: 111 hits, three shown, in caption order.
    expect(page.total).toBe(111);
    expect(page.entities.map((e: { id: string }) => e.id)).toEqual(['bulkrow-12', 'bulkrow-120', 'bulkrow-1200']);
  });
});
