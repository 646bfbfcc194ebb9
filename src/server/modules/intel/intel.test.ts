// Intelligence exchange: filing, release only under agreements (all or nothing), reads audited and hidden as 404,
// consent for onward sharing, acknowledgement, requests for information, search over what the user may read, attachments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../access/actor.js';
import { sql } from '../../db/index.js';
import { type Client, createTestPortal, signedIn, type TestPortal } from '../../testing/portal.js';

let portal: TestPortal;
let idn: Client;
let aus: Client;
let lka: Client;
let nzl: Client;
let policyIdn: Client;
let admin: Client;
let expiredIdn: Client;

const agreement = (a: string, b: string, scope: string[]) => ({
  title: `${a}-${b} MOU`,
  type: 'mou' as const,
  scope,
  status: 'in_force' as const,
  signedOn: '2024-01-10',
  effectiveOn: '2024-02-01',
  parties: [{ state: a }, { state: b }],
});
const report = (over: Record<string, unknown> = {}) => ({
  title: 'Boat departure planned from Kupang',
  body: 'Facilitator arranging a vessel for 40 passengers.',
  category: 'people_smuggling',
  reliability: 'B',
  credibility: '2',
  classification: 'restricted',
  ...over,
});
const cleared = { clearance: 'secret' as const };

beforeAll(async () => {
  portal = await createTestPortal();
  const { agreements } = portal.services;
  await agreements.create(SYSTEM_ACTOR, agreement('IDN', 'AUS', ['smuggling_intelligence', 'trafficking_intelligence']));
  await agreements.create(SYSTEM_ACTOR, agreement('IDN', 'NZL', ['smuggling_intelligence']));
  idn = await signedIn(portal, { role: 'officer', state: 'IDN', ...cleared });
  aus = await signedIn(portal, { role: 'officer', state: 'AUS', ...cleared });
  lka = await signedIn(portal, { role: 'officer', state: 'LKA', ...cleared });
  nzl = await signedIn(portal, { role: 'analyst', state: 'NZL', ...cleared });
  policyIdn = await signedIn(portal, { role: 'policy', state: 'IDN' });
  admin = await signedIn(portal, { role: 'admin', state: null });
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  expiredIdn = await signedIn(portal, { role: 'officer', state: 'IDN', clearance: 'secret', clearanceExpires: yesterday });
});
afterAll(async () => portal?.close());

async function file(over: Record<string, unknown> = {}): Promise<string> {
  const res = await idn.post('/api/intel/reports', report(over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}
const auditOf = (action: string, targetId: string) =>
  portal.db.query<{ outcome: string; actor_state: string }>(
    sql`SELECT outcome, actor_state FROM audit_log WHERE action = ${action} AND target_id = ${targetId} ORDER BY id`,
  );

describe('filing and releasing under agreements', () => {
  it('shows the Admiralty grading with its 4x4 equivalent, and keeps a script in the body as text', async () => {
    const res = await idn.post('/api/intel/reports', report({ body: '<script>alert(1)</script> seen at the port', reliability: 'C', credibility: '5' }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().grading).toMatchObject({ admiralty: 'C5', fourByFour: 'C4' });
    expect(res.json().body).toBe('<script>alert(1)</script> seen at the port');
    expect(res.json().reference).toMatch(/^INT-IDN-\d{4}-/);
  });

  it('refuses a release when any recipient lacks an agreement, names it, and releases nothing', async () => {
    const id = await file();
    const refused = await idn.post(`/api/intel/reports/${id}/release`, { states: ['AUS', 'LKA'] });
    expect(refused.statusCode, refused.body).toBe(403);
    expect(refused.json().missing).toEqual([expect.objectContaining({ recipient: 'LKA', state: 'LKA' })]);
    expect((await aus.get(`/api/intel/reports/${id}`)).statusCode).toBe(404);
    expect((await auditOf('intel.release', id)).map((a) => a.outcome)).toEqual(['denied']);

    const ok = await idn.post(`/api/intel/reports/${id}/release`, { states: ['AUS'] });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().released[0]).toMatchObject({ recipient: 'AUS' });
    expect(ok.json().released[0].agreementIds).toHaveLength(1);
    expect((await aus.get(`/api/intel/reports/${id}`)).statusCode).toBe(200);
    expect((await lka.get(`/api/intel/reports/${id}`)).statusCode).toBe(404);
  });

  it('refuses a category the agreement does not cover, but lets "members" intelligence go to any member', async () => {
    const money = await file({ category: 'money_laundering' });
    const res = await idn.post(`/api/intel/reports/${money}/release`, { states: ['AUS'] });
    expect(res.statusCode).toBe(403);
    // Said in words beside the states asked for: the category by its name, never its code.
    expect(res.json()).toMatchObject({ field: 'states', message: 'No agreement in force covers money laundering for Australia. Nothing was released.' });
    // An Indonesian reader reads the same specific reason in Bahasa, the state by its name.
    const inBahasa = await idn.post(`/api/intel/reports/${money}/release`, { states: ['AUS'] }, { 'accept-language': 'id' });
    expect(inBahasa.json()).toMatchObject({
      field: 'states',
      message: 'Tidak ada perjanjian yang berlaku yang mencakup pencucian uang untuk Australia. Tidak ada yang dibagikan.',
    });
    const open = await file({ classification: 'members' });
    expect((await idn.post(`/api/intel/reports/${open}/release`, { states: ['LKA'] })).statusCode).toBe(200);
  });

  it('refuses an unknown state or group with 400 and nothing released', async () => {
    const id = await file();
    expect((await idn.post(`/api/intel/reports/${id}/release`, { states: ['AUS', 'XXX'] })).statusCode).toBe(400);
    expect((await idn.post(`/api/intel/reports/${id}/release`, { groups: ['no-such-group'] })).statusCode).toBe(400);
    expect((await aus.get(`/api/intel/reports/${id}`)).statusCode).toBe(404);
  });
});

describe('who sees intelligence', () => {
  it('keeps policy users, the RSO admin, an expired clearance and anonymous callers out of every intel route', async () => {
    for (const c of [policyIdn, admin, expiredIdn]) {
      expect((await c.get('/api/intel/reports?q=boat')).statusCode).toBe(403);
      expect((await c.post('/api/intel/reports', report())).statusCode).toBe(403);
      expect((await c.get('/api/alerts')).statusCode).toBe(403);
    }
    expect((await portal.app.inject({ method: 'GET', url: '/api/intel/reports' })).statusCode).toBe(401);
  });

  it('answers 404 for a guessed id and audits the attempt', async () => {
    const guessed = '00000000-0000-4000-8000-000000000001';
    expect((await aus.get(`/api/intel/reports/${guessed}`)).statusCode).toBe(404);
    expect((await auditOf('intel.read', guessed))[0].outcome).toBe('not_found');
  });

  it('audits every read and shows the originator, only, who read it in which state', async () => {
    const id = await file();
    await idn.post(`/api/intel/reports/${id}/release`, { states: ['AUS'] });
    await aus.get(`/api/intel/reports/${id}`);
    await aus.get(`/api/intel/reports/${id}`);
    const readers = await idn.get(`/api/intel/reports/${id}/readers`);
    expect(readers.statusCode, readers.body).toBe(200);
    expect(readers.json().byState).toEqual(expect.arrayContaining([{ state: 'AUS', reads: 2 }]));
    expect((await aus.get(`/api/intel/reports/${id}/readers`)).statusCode).toBe(403);
  });

  it('searches only what the user may read, with facets that count nothing hidden', async () => {
    const word = `zebrafish${Date.now()}`;
    const shared = await file({ title: `Vessel ${word} sighted`, category: 'trafficking_in_persons' });
    await file({ title: `Vessel ${word} kept at home`, reliability: 'A', credibility: '1' });
    await idn.post(`/api/intel/reports/${shared}/release`, { states: ['AUS'] });
    const mine = (await idn.get(`/api/intel/reports?q=${word}`)).json();
    expect(mine.reports).toHaveLength(2);
    const theirs = (await aus.get(`/api/intel/reports?q=${word}`)).json();
    expect(theirs.reports.map((r: { id: string }) => r.id)).toEqual([shared]);
    expect(theirs.facets.grading).toEqual([{ value: 'B2', count: 1 }]);
    expect(theirs.facets.category).toEqual([{ value: 'trafficking_in_persons', count: 1 }]);
    expect((await lka.get(`/api/intel/reports?q=${word}`)).json().reports).toEqual([]);
    const filtered = (await idn.get(`/api/intel/reports?q=${word}&grading=A1`)).json();
    expect(filtered.reports).toHaveLength(1);
  });
});

describe('working with a released report', () => {
  it('lets the recipient acknowledge and ask for information by a deadline, and the originator answer', async () => {
    const id = await file();
    await idn.post(`/api/intel/reports/${id}/release`, { states: ['AUS'] });
    const inbox = (await aus.get('/api/intel/inbox')).json();
    expect(inbox.reports.find((r: { id: string }) => r.id === id)).toMatchObject({ acknowledged: false });
    // What each reader may do with it (access/intel.ts): the recipient acknowledges and asks; the originator follows its readers.
    expect((await aus.get(`/api/intel/reports/${id}`)).json().can).toMatchObject({
      acknowledge: true,
      askForInformation: true,
      followReaders: false,
      attach: false,
    });
    expect((await idn.get(`/api/intel/reports/${id}`)).json().can).toMatchObject({
      acknowledge: false,
      askForInformation: false,
      followReaders: true,
      attach: true,
      release: true,
    });
    expect((await aus.post(`/api/intel/reports/${id}/acknowledge`)).statusCode).toBe(200);
    expect((await aus.get('/api/intel/inbox')).json().reports.find((r: { id: string }) => r.id === id).acknowledged).toBe(true);

    expect((await aus.post(`/api/intel/reports/${id}/rfis`, { question: 'Vessel name?', deadline: '2001-01-01' })).statusCode).toBe(400);
    const rfi = await aus.post(`/api/intel/reports/${id}/rfis`, { question: 'Vessel name?', deadline: '2099-01-01' });
    expect(rfi.statusCode, rfi.body).toBe(201);
    expect(rfi.json()).toMatchObject({ fromState: 'AUS', toState: 'IDN', status: 'open' });
    const answer = await idn.post(`/api/intel/rfis/${rfi.json().id}/messages`, { body: 'KM Harapan' });
    expect(answer.json()).toMatchObject({ status: 'answered', messages: [{ authorState: 'IDN', body: 'KM Harapan' }] });
    expect((await lka.post(`/api/intel/rfis/${rfi.json().id}/messages`, { body: 'me too' })).statusCode).toBe(404);
  });

  it("needs the originator's consent, asked and granted in the app, to share an originator-controlled report onward", async () => {
    const id = await file({ handlingCodes: ['originator_control'] });
    await idn.post(`/api/intel/reports/${id}/release`, { states: ['AUS'] });
    const blocked = await aus.post(`/api/intel/reports/${id}/release`, { states: ['NZL'] });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().consentRequired).toBe(true);
    const asked = await aus.post(`/api/intel/reports/${id}/consents`, { states: ['NZL'], reason: 'joint operation' });
    expect(asked.statusCode, asked.body).toBe(201);
    const consents = (await idn.get('/api/intel/inbox')).json().consents;
    expect(consents.map((c: { id: string }) => c.id)).toContain(asked.json().id);
    expect((await aus.post(`/api/intel/consents/${asked.json().id}/decision`, { grant: true })).statusCode).toBe(404);
    expect((await idn.post(`/api/intel/consents/${asked.json().id}/decision`, { grant: true })).json().status).toBe('granted');
    expect((await aus.post(`/api/intel/reports/${id}/release`, { states: ['NZL'] })).statusCode).toBe(200);
    expect((await nzl.get(`/api/intel/reports/${id}`)).statusCode).toBe(200);
  });

  it('links only network entities the author may read', async () => {
    const res = await idn.post('/api/intel/reports', report({ entityIds: ['bp-does-not-exist'] }));
    expect(res.statusCode).toBe(400);
    expect(res.json().field).toBe('entityIds');
  });
});

describe('attachments', () => {
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

  it('refuses a file whose bytes are not the type it claims, and an HTML page posing as text', async () => {
    const id = await file();
    const lie = await idn.post(`/api/intel/reports/${id}/attachments`, {
      filename: 'x.pdf',
      mediaType: 'application/pdf',
      contentBase64: png.toString('base64'),
    });
    expect(lie.statusCode).toBe(400);
    expect(lie.json().message).toContain('image/png');
    const html = await idn.post(`/api/intel/reports/${id}/attachments`, {
      filename: 'x.txt',
      mediaType: 'text/plain',
      contentBase64: Buffer.from('<html><script>x</script>').toString('base64'),
    });
    expect(html.statusCode).toBe(400);
    expect((await auditOf('intel.attach', id)).map((a) => a.outcome)).toEqual(['invalid', 'invalid']);
  });

  it('stores the hash and serves the file only as a download with nosniff', async () => {
    const id = await file();
    const added = await idn.post(`/api/intel/reports/${id}/attachments`, {
      filename: 'note.pdf',
      mediaType: 'application/pdf',
      contentBase64: pdf.toString('base64'),
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().sha256).toMatch(/^[0-9a-f]{64}$/);
    const got = await idn.get(`/api/intel/reports/${id}/attachments/${added.json().id}`);
    expect(got.headers['content-disposition']).toMatch(/^attachment;/);
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    expect(got.headers['content-type']).toContain('application/pdf');
    expect(got.rawPayload.equals(pdf)).toBe(true);
    expect((await aus.get(`/api/intel/reports/${id}/attachments/${added.json().id}`)).statusCode).toBe(404);
  });
});
