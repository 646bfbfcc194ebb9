// Network imports are all-or-nothing jobs: an id, a status, counts and per-line errors that only their starter reads; a
// refused file, a dropped upload or a failure while merging leaves nothing behind; a NUL byte costs one line a notice,
// never the import; running the same file again changes nothing.
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, userActor } from '../../access/actor.js';
import { sql } from '../../db/index.js';
import { rendered } from '../../i18n/text.js';
import { type Client, createTestPortal, signedIn, type TestPortal } from '../../testing/portal.js';

let portal: TestPortal;
let analyst: Client & { user: { id: string; email: string } };
let colleague: Client;

const line = (id: string, name: string) => JSON.stringify({ id, schema: 'Person', properties: { name: [name] } });
const post = (
  client: Client,
  body: string,
  url = '/api/networks/import?classification=restricted&reliability=B&credibility=2',
  type = 'application/x-ndjson',
) => portal.app.inject({ method: 'POST', url, payload: body, headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, 'content-type': type } });
const count = async (prefix: string) =>
  (await portal.db.one<{ n: number }>(
    sql`SELECT (SELECT count(*) FROM network_entities WHERE id LIKE ${`${prefix}%`}) + (SELECT count(*) FROM network_links WHERE id LIKE ${`${prefix}%`}) AS n`,
  ))!.n;
const staged = async () =>
  (await portal.db.one<{ n: number }>(sql`SELECT (SELECT count(*) FROM network_import_entities) + (SELECT count(*) FROM network_import_links) AS n`))!.n;

const actorOfAnalyst = async (): Promise<Actor> => {
  const user = await portal.services.auth.store.userByEmail(analyst.user.email);
  return userActor(await portal.services.auth.store.subjectOf(user!), null);
};

beforeAll(async () => {
  portal = await createTestPortal();
  analyst = await signedIn(portal, { role: 'analyst', state: 'AUS', clearance: 'secret' });
  colleague = await signedIn(portal, { role: 'analyst', state: 'AUS', clearance: 'secret' });
}, 60_000);
afterAll(async () => portal?.close());

describe('an import is a job with an id, a status, counts and per-line errors', () => {
  it('answers {importId, ...} and reads back {status, lines, imported, errors} for the one who started it, and no one else', async () => {
    const res = (await post(analyst, [line('job-1', 'Job One'), 'not json', line('job-2', 'Job Two')].join('\n'))).json();
    expect(res).toMatchObject({ importId: expect.any(String), status: 'completed', lines: 3, imported: 2, errorCount: 1, errors: [{ line: 2 }] });
    const job = (await analyst.get(`/api/networks/imports/${res.importId}`)).json();
    expect(job).toMatchObject({
      status: 'completed',
      phase: 'done',
      lines: 3,
      imported: 2,
      entities: 2,
      errors: [{ line: 2, message: expect.stringMatching(/not JSON/) }],
    });
    expect((await analyst.get('/api/networks/imports')).json().imports[0].importId).toBe(res.importId);
    // A colleague of the same state and clearance does not see another's import (its messages quote the file).
    expect((await colleague.get(`/api/networks/imports/${res.importId}`)).statusCode).toBe(404);
    expect((await colleague.get('/api/networks/imports')).json().imports).toEqual([]);
    expect((await portal.app.inject({ method: 'GET', url: `/api/networks/imports/${res.importId}` })).statusCode).toBe(401);
    expect((await analyst.get('/api/networks/imports/not-a-uuid')).statusCode).toBe(400);
  });

  it('records the import in the audit log in the same transaction as its rows', async () => {
    const res = (await post(analyst, line('job-audit', 'Audited'))).json();
    const audit = await portal.db.query<{ action: string }>(sql`SELECT action FROM audit_log WHERE target_id = ${res.importId}`);
    expect(audit.map((a) => a.action)).toEqual(['networks.import']);
  });

  it('runs the same file again idempotently: the same counts, no duplicates', async () => {
    const body = [
      line('idem-1', 'Idem One'),
      line('idem-2', 'Idem Two'),
      JSON.stringify({ id: 'idem-l', schema: 'Associate', properties: { person: ['idem-1'], associate: ['idem-2'] } }),
    ].join('\n');
    const first = (await post(analyst, body)).json();
    const second = (await post(analyst, body)).json();
    expect(second).toMatchObject({ status: 'completed', imported: first.imported, entities: 2, links: 1 });
    expect(await count('idem-')).toBe(3);
  });
});

describe('a NUL byte costs one line a notice, never the import', () => {
  it('keeps the last line of an id a file repeats, with only the references that line implies', async () => {
    const ftm = (id: string, schema: string, properties: Record<string, string[]>) => JSON.stringify({ id, schema, properties });
    const body = [
      line('rep-p1', 'Repeat One'),
      line('rep-p2', 'Repeat Two'),
      ftm('rep-s', 'Sanction', { entity: ['rep-p1'], authority: ['First Authority'] }),
      ftm('rep-l', 'UnknownLink', { subject: ['rep-p1'], object: ['rep-p2'], role: ['first'] }),
      ftm('rep-s', 'Sanction', { entity: ['rep-p2'], authority: ['Second Authority'] }),
      ftm('rep-l', 'UnknownLink', { subject: ['rep-p2'], object: ['rep-p1'], role: ['second'] }),
      line('rep-p1', 'Repeat One Renamed'),
    ].join('\n');
    const res = (await post(analyst, body)).json();
    expect(res).toMatchObject({ status: 'completed', lines: 7, entities: 3, links: 1, errorCount: 0 });
    const db = portal.db;
    const entities = await db.query<{ id: string; caption: string; authority: string[] | null }>(
      sql`SELECT id, caption, properties->'authority' AS authority FROM network_entities WHERE id LIKE 'rep-%' ORDER BY id`,
    );
    expect(entities).toEqual([
      { id: 'rep-p1', caption: 'Repeat One Renamed', authority: null },
      { id: 'rep-p2', caption: 'Repeat Two', authority: null },
      { id: 'rep-s', caption: expect.any(String), authority: ['Second Authority'] },
    ]);
    const implied = await db.query<{ ends: string }>(sql`SELECT source_id || '>' || target_id AS ends FROM network_links WHERE derived_from = 'rep-s'`);
    expect(implied.map((l) => l.ends)).toEqual([expect.stringContaining('rep-p2')]);
    expect(implied[0]!.ends).not.toContain('rep-p1');
    const link = await db.one<{ source: string; role: string[] }>(
      sql`SELECT source_id AS source, properties->'role' AS role FROM network_links WHERE id = 'rep-l'`,
    );
    expect(link).toEqual({ source: 'rep-p2', role: ['second'] });
    expect(await staged()).toBe(0);
  });

  it("removes U+0000 from a value, a raw line and a top-level key's value, refuses an id holding one, and imports the rest", async () => {
    const body = [
      JSON.stringify({ id: 'nul-1', schema: 'Person', properties: { name: ['Ab\u0000dul'] } }),
      `{"id":"nul-2","schema":"Person","properties":{"name":["Raw\u0000Byte"]}}`,
      JSON.stringify({ id: 'nul-\u00003', schema: 'Person', properties: { name: ['Bad id'] } }),
      JSON.stringify({ id: 'nul-4', schema: 'Person', properties: { name: ['Clean'] }, datasets: ['a\u0000b'] }),
    ].join('\n');
    const res = await post(analyst, body);
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({ status: 'completed', imported: 3, errors: [{ line: 3, message: expect.stringMatching(/NUL/) }] });
    expect(report.notices).toEqual([
      { line: 1, message: expect.stringMatching(/removed a NUL or invalid character; the rest of the line was imported \(and 2 more lines\)/) },
    ]);
    const { entity } = (await analyst.get('/api/networks/entities/nul-1')).json();
    expect(entity.properties.name).toEqual(['Abdul']);
  });

  it('does the same for a CSV row', async () => {
    const mapping = encodeURIComponent(JSON.stringify({ id: 'Ref', name: 'Name' }));
    const res = await post(
      analyst,
      'Ref,Name\nnulcsv-1,Ka\u0000rim\nnulcsv-2,Clean\n',
      `/api/networks/import/csv?schema=Person&mapping=${mapping}&classification=restricted&reliability=C&credibility=3`,
      'text/csv',
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'completed', imported: 2, notices: [{ line: 2 }] });
  });
});

describe('nothing half-written', () => {
  it('refuses a CSV that cannot be read to its end as a whole: failed, and none of its rows kept', async () => {
    const mapping = encodeURIComponent(JSON.stringify({ id: 'Ref', name: 'Name' }));
    const res = (
      await post(analyst, 'Ref,Name\nbroken-1,Fine\nbroken-2,"never closed\n', `/api/networks/import/csv?schema=Person&mapping=${mapping}`, 'text/csv')
    ).json();
    expect(res).toMatchObject({ status: 'failed', imported: 0, message: expect.stringMatching(/could not be read further.*nothing of the file was kept/) });
    expect(await count('broken-')).toBe(0);
    expect(await staged()).toBe(0);
  });

  it('keeps nothing of an upload that stops before the end of the file, and says it was interrupted', async () => {
    const body = new PassThrough();
    const actor = await actorOfAnalyst();
    const running = portal.services.networks.importFtm(actor, body, {
      classification: 'restricted',
      reliability: 'B',
      credibility: '2',
    });
    for (let i = 0; i < 5000; i++) body.write(`${line(`cut-${i}`, `Cut ${i}`)}\n`);
    await new Promise((r) => setTimeout(r, 200));
    body.destroy(new Error('client went away'));
    const job = await running;
    expect(job).toMatchObject({ status: 'interrupted', imported: 0 });
    // Said in the reader's language when a route renders it (the service answers a coded text).
    expect(rendered(job.message!, 'en')).toMatch(/upload stopped before the end/);
    expect(rendered(job.message!, 'id')).toMatch(/unggahan terhenti sebelum akhir berkas/);
    expect(await count('cut-')).toBe(0);
    expect(await staged()).toBe(0);
  });

  it('rolls back every row when the merge fails half-way, and marks the import failed', async () => {
    const db = portal.db;
    // A fault injected between the entities and the links of the merge: the entities were already inserted in the transaction.
    await db.exec(`CREATE FUNCTION test_refuse_link() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
      IF NEW.id = 'half-link' THEN RAISE EXCEPTION 'injected fault'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER test_refuse_link BEFORE INSERT ON network_links FOR EACH ROW EXECUTE FUNCTION test_refuse_link();`);
    try {
      const body = [
        line('half-1', 'Half One'),
        line('half-2', 'Half Two'),
        JSON.stringify({ id: 'half-link', schema: 'UnknownLink', properties: { subject: ['half-1'], object: ['half-2'] } }),
      ].join('\n');
      const res = await post(analyst, body);
      expect(res.statusCode).toBe(500);
      expect(await count('half-')).toBe(0);
      expect(await staged()).toBe(0);
      const [job] = (await analyst.get('/api/networks/imports')).json().imports;
      expect(job).toMatchObject({ status: 'failed', imported: 0, message: expect.stringMatching(/injected fault.*nothing of it was kept/) });
    } finally {
      await db.exec('DROP TRIGGER test_refuse_link ON network_links; DROP FUNCTION test_refuse_link();');
    }
  });

  it('marks an import whose server is gone as interrupted when read, and removes its staging', async () => {
    const db = portal.db;
    const id = '00000000-0000-4000-8000-000000000001';
    await db.query(sql`INSERT INTO imports (id, module, format, user_id, state, instance, host, pid, heartbeat_at)
      VALUES (${id}, 'networks', 'ftm', ${analyst.user.id}, 'AUS', 'a-dead-server', 'elsewhere', 1, now() - interval '10 minutes')`);
    await db.query(sql`INSERT INTO network_import_entities (import_id, line, id, kind, schema, caption, properties, context, names, identifiers, modus_operandi, search_text, classification, releasable_states, releasable_groups, handling_codes, demo)
      VALUES (${id}, 1, 'ghost-1', 'person', 'Person', 'Ghost', '{}', '{}', '{}', '{}', '{}', 'ghost', 'restricted', '{}', '{}', '{}', false)`);
    const job = (await analyst.get(`/api/networks/imports/${id}`)).json();
    expect(job).toMatchObject({ status: 'interrupted', message: expect.stringMatching(/server stopped/) });
    expect(await staged()).toBe(0);
    expect(await count('ghost-')).toBe(0);
  });
});

describe('a readable file body is read as it streams', () => {
  it('imports from a stream without holding it whole', async () => {
    const actor = await actorOfAnalyst();
    const lines = Readable.from(
      (function* () {
        for (let i = 0; i < 3000; i++) yield `${line(`stream-${i}`, `Stream ${i}`)}\n`;
      })(),
    );
    const job = await portal.services.networks.importFtm(actor, lines, {
      classification: 'restricted',
      reliability: 'B',
      credibility: '2',
    });
    expect(job).toMatchObject({ status: 'completed', lines: 3000, entities: 3000 });
  });
});
