// Directory: members read contact details, each state's focal point keeps its own, stale entries are flagged and confirmed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../db/index.js';
import { type Client, createTestPortal, signedIn, type TestPortal } from '../../testing/portal.js';

let portal: TestPortal;
let focalIdn: Client & { user: { id: string } };
let focalAus: Client;
let admin: Client;
let officerIdn: Client;

beforeAll(async () => {
  portal = await createTestPortal();
  [focalIdn, focalAus, admin, officerIdn] = await Promise.all([
    signedIn(portal, { role: 'focal_point', state: 'IDN', agency: 'Foreign ministry' }),
    signedIn(portal, { role: 'focal_point', state: 'AUS' }),
    signedIn(portal, { role: 'admin', state: null }),
    signedIn(portal, { role: 'officer', state: 'IDN' }),
  ]);
});
afterAll(async () => portal?.close());

const contact = {
  state: 'IDN',
  topic: 'document_fraud',
  name: 'Ayu Contact',
  position: 'Head of document examination',
  agency: 'Immigration',
  email: 'ayu@idn.example',
};

describe('keeping the directory', () => {
  it('lets a focal point add their own state’s contact points and liaison officers, which members then read', async () => {
    const created = await focalIdn.post('/api/directory/contact-points', contact);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().stale).toBe(false);
    const lo = await focalIdn.post('/api/directory/liaison-officers', {
      homeState: 'IDN',
      hostState: 'MYS',
      agency: 'Police',
      name: 'Officer Abroad',
      postedFrom: '2025-01-01',
      postedUntil: '2027-01-01',
    });
    expect(lo.statusCode, lo.body).toBe(201);
    const seen = (await officerIdn.get('/api/directory?state=MYS')).json();
    expect(seen.liaisonOfficers.map((l: { name: string }) => l.name)).toContain('Officer Abroad');
    const byTopic = (await focalAus.get('/api/directory?topic=document_fraud')).json();
    expect(byTopic.contactPoints.map((c: { email: string }) => c.email)).toContain('ayu@idn.example');
  });

  it('refuses other states’ focal points, non-focal points and anonymous users; the RSO may edit any state', async () => {
    expect((await focalAus.post('/api/directory/contact-points', contact)).statusCode).toBe(403);
    expect((await officerIdn.post('/api/directory/contact-points', contact)).statusCode).toBe(403);
    expect((await portal.app.inject({ method: 'GET', url: '/api/directory' })).statusCode).toBe(401);
    const id = (await focalIdn.post('/api/directory/contact-points', { ...contact, name: 'Second' })).json().id;
    expect((await focalAus.patch(`/api/directory/contact-points/${id}`, { name: 'Hijacked' })).statusCode).toBe(403);
    const byRso = await admin.patch(`/api/directory/contact-points/${id}`, { position: 'Deputy' });
    expect(byRso.statusCode, byRso.body).toBe(200);
    expect(byRso.json().position).toBe('Deputy');
  });

  it('refuses unknown topics, non-members and postings that end before they start', async () => {
    const topic = await focalIdn.post('/api/directory/contact-points', { ...contact, topic: 'weather' }, { 'accept-language': 'id' });
    expect(topic.statusCode).toBe(400);
    // Beside the field, in Bahasa for an Indonesian reader.
    expect(topic.json()).toMatchObject({ field: 'topic', message: '“weather” bukan topik narahubung.' });
    const host = await focalIdn.post('/api/directory/liaison-officers', {
      homeState: 'IDN',
      hostState: 'GBR',
      agency: 'P',
      name: 'N',
      postedFrom: '2025-01-01',
    });
    expect(host.statusCode).toBe(400);
    expect(host.json().field).toBe('hostState');
    const dates = await focalIdn.post('/api/directory/liaison-officers', {
      homeState: 'IDN',
      hostState: 'AUS',
      agency: 'P',
      name: 'N',
      postedFrom: '2025-01-01',
      postedUntil: '2024-01-01',
    });
    expect(dates.statusCode).toBe(400);
    expect(dates.json().field).toBe('postedUntil');
  });

  it('lets the keeping focal point change and remove an entry, recorded in the audit log; another state’s focal point and an officer cannot', async () => {
    const id = (await focalIdn.post('/api/directory/contact-points', { ...contact, name: 'To Change', email: 'change@idn.example' })).json().id;
    const lo = (
      await focalIdn.post('/api/directory/liaison-officers', {
        homeState: 'IDN',
        hostState: 'AUS',
        agency: 'Police',
        name: 'Posted Officer',
        postedFrom: '2025-01-01',
      })
    ).json().id;
    // Refused: the entry stays as it was.
    expect((await focalAus.delete(`/api/directory/contact-points/${id}`)).statusCode).toBe(403);
    expect((await officerIdn.delete(`/api/directory/contact-points/${id}`)).statusCode).toBe(403);
    expect((await focalAus.patch(`/api/directory/liaison-officers/${lo}`, { postedUntil: '2026-01-01' })).statusCode).toBe(403);
    expect((await focalAus.delete(`/api/directory/liaison-officers/${lo}`)).statusCode).toBe(403);
    const listed = async () => (await officerIdn.get('/api/directory?state=IDN')).json();
    expect((await listed()).contactPoints.map((c: { id: string }) => c.id)).toContain(id);

    const changed = await focalIdn.patch(`/api/directory/contact-points/${id}`, { name: 'Changed Name', phone: '+62 21 000' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ name: 'Changed Name', phone: '+62 21 000', email: 'change@idn.example' });
    const posting = await focalIdn.patch(`/api/directory/liaison-officers/${lo}`, { postedUntil: '2026-06-30' });
    expect(posting.json().postedUntil).toBe('2026-06-30');

    expect((await focalIdn.delete(`/api/directory/contact-points/${id}`)).statusCode).toBe(200);
    expect((await focalIdn.delete(`/api/directory/liaison-officers/${lo}`)).statusCode).toBe(200);
    const after = await listed();
    expect(after.contactPoints.map((c: { id: string }) => c.id)).not.toContain(id);
    expect(after.liaisonOfficers.map((l: { id: string }) => l.id)).not.toContain(lo);
    const audit = await portal.db.query<{ action: string; actor_id: string }>(sql`SELECT action, actor_id FROM audit_log WHERE target_id = ${id} ORDER BY id`);
    expect(audit.map((a) => a.action)).toEqual(['directory.contact_point.create', 'directory.contact_point.update', 'directory.delete']);
    expect(new Set(audit.map((a) => a.actor_id))).toEqual(new Set([focalIdn.user.id]));
  });
});

describe('stale entries', () => {
  it('flags entries unconfirmed for 12 months to their own focal point until confirmed', async () => {
    const id = (await focalIdn.post('/api/directory/contact-points', { ...contact, name: 'Old Entry' })).json().id;
    await portal.db.query(sql`UPDATE contact_points SET confirmed_at = now() - interval '13 months' WHERE id = ${id}`);
    const stale = (await focalIdn.get('/api/directory/stale')).json().entries;
    expect(stale.map((e: { id: string }) => e.id)).toContain(id);
    expect((await focalAus.get('/api/directory/stale')).json().entries.map((e: { id: string }) => e.id)).not.toContain(id);
    expect((await focalAus.post(`/api/directory/contact-points/${id}/confirm`)).statusCode).toBe(403);
    expect((await focalIdn.post(`/api/directory/contact-points/${id}/confirm`)).statusCode).toBe(200);
    expect((await focalIdn.get('/api/directory/stale')).json().entries.map((e: { id: string }) => e.id)).not.toContain(id);
  });
});

describe('the public site', () => {
  it('gets national committees’ names only', async () => {
    await focalIdn.post('/api/directory/committees', { state: 'IDN', name: 'Task Force on People Smuggling', mandate: 'secret-ish mandate' });
    const names = await portal.services.directory.publicCommittees();
    expect(names).toContainEqual({ state: 'IDN', stateName: 'Indonesia', name: 'Task Force on People Smuggling', demo: false });
    expect(JSON.stringify(names)).not.toContain('mandate');
  });
});

describe('what each entry says the reader may do', () => {
  it('tells the keeping focal point and the RSO they may edit, and other readers they may not', async () => {
    await focalIdn.post('/api/directory/contact-points', { ...contact, name: 'Abilities Contact', email: 'abilities@idn.example' });
    const canOf = async (c: Client) =>
      ((await c.get('/api/directory?state=IDN')).json().contactPoints as { email: string; can: Record<string, boolean> }[]).find(
        (e) => e.email === 'abilities@idn.example',
      )!.can;
    expect(await canOf(focalIdn)).toEqual({ edit: true, confirm: true, remove: true });
    expect(await canOf(admin)).toEqual({ edit: true, confirm: true, remove: true });
    expect(await canOf(focalAus)).toEqual({ edit: false, confirm: false, remove: false });
    expect(await canOf(officerIdn)).toEqual({ edit: false, confirm: false, remove: false });
  });
});
