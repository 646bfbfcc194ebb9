// Regional alerts (audience, acknowledgement dashboard), watch-lists that tell their owner without leaking, and
// notifications delivered by e-mail (in-process SMTP sink) and signed webhook (local receiver), retried with back-off.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../db/index.js';
import { letQueueTimePass } from '../../testing/jobs.js';
import { type Client, createTestPortal, signedIn, type TestPortal } from '../../testing/portal.js';
import { signWebhook } from '../notifications/transport.js';

type Signed = Awaited<ReturnType<typeof signedIn>>;
let portal: TestPortal;
let idn: Client;
let aus: Signed;
let lka: Client;
let focalAus: Signed;
let policyIdn: Client;
let coordinator: Client;
const mails: { to: string; text: string }[] = [];
/** A message as a person reads it: folded headers and quoted-printable soft breaks joined, its bytes decoded as UTF-8. */
const readable = (raw: string) =>
  Buffer.from(
    raw
      .replace(/\r?\n(?=[ \t])/g, '')
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');
const hooks: { body: string; signature: string; timestamp: string }[] = [];
let hookStatus = 200;
let smtp: SMTPServer;
let receiver: http.Server;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, done) {
      let text = '';
      stream.on('data', (c: Buffer) => {
        text += c.toString();
      });
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), text });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const smtpPort = (smtp.server.address() as AddressInfo).port;
  receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      hooks.push({ body, signature: String(req.headers['x-portal-signature']), timestamp: String(req.headers['x-portal-timestamp']) });
      res.statusCode = hookStatus;
      res.end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  portal = await createTestPortal({ smtpUrl: `smtp://127.0.0.1:${smtpPort}`, mailFrom: 'portal@test.example' });
  const cleared = { clearance: 'secret' as const };
  idn = await signedIn(portal, { role: 'officer', state: 'IDN', ...cleared });
  aus = await signedIn(portal, { role: 'officer', state: 'AUS', ...cleared });
  lka = await signedIn(portal, { role: 'officer', state: 'LKA', ...cleared });
  focalAus = await signedIn(portal, { role: 'focal_point', state: 'AUS', ...cleared });
  policyIdn = await signedIn(portal, { role: 'policy', state: 'IDN' });
  coordinator = await signedIn(portal, { role: 'coordinator', state: 'THA', clearance: 'restricted' });
});
afterAll(async () => {
  await portal?.close();
  await new Promise((r) => smtp?.close(() => r(undefined)));
  await new Promise((r) => receiver?.close(() => r(undefined)));
});

const alert = (over: Record<string, unknown> = {}) => ({
  type: 'fraudulent_document',
  title: 'Forged IDN passports, series X',
  body: 'Laminate lifts at the photo page.',
  audience: 'states',
  states: ['AUS', 'LKA'],
  classification: 'restricted',
  expiresOn: '2099-12-31',
  ...over,
});

describe('regional alerts', () => {
  it('reaches only its audience, is acknowledged per state, and shows the issuer who has not acknowledged', async () => {
    const issued = await idn.post('/api/alerts', alert());
    expect(issued.statusCode, issued.body).toBe(201);
    const id = issued.json().id;
    expect((await aus.get('/api/alerts')).json().alerts.map((a: { id: string }) => a.id)).toContain(id);
    const mys = await signedIn(portal, { role: 'officer', state: 'MYS', clearance: 'secret' });
    expect((await mys.get('/api/alerts')).json().alerts.map((a: { id: string }) => a.id)).not.toContain(id);
    expect((await mys.get(`/api/alerts/${id}`)).statusCode).toBe(404);

    // What each reader may do with it: a recipient state acknowledges once; only the issuer follows acknowledgements.
    expect(issued.json().can).toEqual({ acknowledge: false, followAcknowledgements: true });
    expect((await aus.get(`/api/alerts/${id}`)).json().can).toEqual({ acknowledge: true, followAcknowledgements: false });
    expect((await aus.post(`/api/alerts/${id}/acknowledge`)).statusCode).toBe(200);
    expect((await aus.get(`/api/alerts/${id}`)).json().can).toEqual({ acknowledge: false, followAcknowledgements: false });
    const dashboard = (await idn.get(`/api/alerts/${id}/dashboard`)).json();
    expect(dashboard.pending).toEqual(['LKA']);
    expect(dashboard.states.find((s: { state: string }) => s.state === 'AUS').acknowledgedAt).not.toBeNull();
    expect((await aus.get(`/api/alerts/${id}/dashboard`)).statusCode).toBe(403);
  });

  it('hides expired alerts unless asked, and refuses one that has already expired', async () => {
    const expired = await idn.post('/api/alerts', alert({ expiresOn: '2001-01-01' }), { 'accept-language': 'id' });
    expect(expired.statusCode).toBe(400);
    // The specific reason beside its field, in Bahasa for an Indonesian reader.
    expect(expired.json()).toMatchObject({ field: 'expiresOn', message: 'Peringatan ini sudah kedaluwarsa: pilih hari ini atau tanggal sesudahnya.' });
    expect((await idn.post('/api/alerts', alert({ type: 'not_a_type' }))).statusCode).toBe(400);
  });

  it('is closed to policy users and coordinators', async () => {
    for (const c of [policyIdn, coordinator]) {
      expect((await c.get('/api/alerts')).statusCode).toBe(403);
      expect((await c.post('/api/alerts', alert())).statusCode).toBe(403);
      expect((await c.get('/api/alerts/watchlists')).statusCode).toBe(403);
    }
  });
});

describe('watch-lists', () => {
  it('tells the owner a match was recorded by another state without revealing what they may not read', async () => {
    const list = await aus.post('/api/alerts/watchlists', {
      name: 'Kupang facilitators',
      entries: [
        { kind: 'name', value: 'Nirosh Fernando' },
        { kind: 'document', value: 'N 1234-567' },
        { kind: 'vessel', value: 'IMO 9074729' },
      ],
    });
    expect(list.statusCode, list.body).toBe(201);
    const badImo = await aus.post('/api/alerts/watchlists', { name: 'bad', entries: [{ kind: 'vessel', value: '1234568' }] }, { 'accept-language': 'th' });
    expect(badImo.statusCode).toBe(400);
    expect(badImo.json()).toMatchObject({ field: 'entries.0.value', message: 'ไม่ใช่หมายเลข IMO ที่ถูกต้อง (ตัวเลขเจ็ดหลัก หลักสุดท้ายเป็นเลขตรวจสอบ)' });

    // Recorded by IDN, readable only in IDN.
    const hidden = await idn.post('/api/networks/entities', {
      kind: 'person',
      name: 'Nirosh Fernandoo',
      classification: 'restricted',
      reliability: 'B',
      credibility: '2',
    });
    expect(hidden.statusCode, hidden.body).toBe(201);
    // Recorded by IDN and released to AUS: a document with the watched number, written differently.
    const shared = await idn.post('/api/networks/entities', {
      kind: 'document',
      name: 'Passport',
      number: 'n1234567',
      documentType: 'passport',
      classification: 'restricted',
      releasableStates: ['AUS'],
      reliability: 'B',
      credibility: '2',
    });
    expect(shared.statusCode, shared.body).toBe(201);

    const matches = (await aus.get(`/api/alerts/watchlists/${list.json().id}/matches`)).json().matches;
    const byName = matches.find((m: { kind: string }) => m.kind === 'name');
    expect(byName).toMatchObject({ recordedBy: 'IDN', entity: null, message: 'A match was recorded by IDN; request access' });
    expect(JSON.stringify(byName)).not.toContain(hidden.json().id);
    expect(matches.find((m: { kind: string }) => m.kind === 'document').entity).toMatchObject({ id: shared.json().id });
    const notes = (await aus.get('/api/notifications')).json().notifications.filter((n: { kind: string }) => n.kind === 'watchlist.match');
    expect(notes.map((n: { title: string }) => n.title)).toContain('Watch-list match: a match was recorded by Indonesia; request access');
    expect((await lka.get(`/api/alerts/watchlists/${list.json().id}/matches`)).statusCode).toBe(404);
  });
});

describe('notifications', () => {
  it('e-mails recipients and signs webhooks, retrying a failed delivery later with back-off', async () => {
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/portal`;
    expect((await aus.put('/api/notifications/webhooks/AUS', { url })).statusCode).toBe(403);
    expect((await focalAus.put('/api/notifications/webhooks/IDN', { url })).statusCode).toBe(403);
    const set = await focalAus.put('/api/notifications/webhooks/AUS', { url });
    expect(set.statusCode, set.body).toBe(200);
    const secret = set.json().secret;

    hookStatus = 500;
    await idn.post('/api/alerts', alert({ title: 'Wanted: organiser', type: 'wanted_person', states: ['AUS'] }));
    const first = await portal.services.jobs.runDue();
    expect(first.completed).toBeGreaterThan(0);
    expect(first.failed).toBe(1);
    const failed = (await focalAus.get('/api/notifications/deliveries')).json().deliveries.find((d: { channel: string }) => d.channel === 'webhook');
    expect(failed).toMatchObject({ status: 'pending', attempts: 1, lastError: 'webhook answered 500' });
    expect(new Date(failed.nextAttemptAt).getTime()).toBeGreaterThan(Date.now() + 20_000);

    hookStatus = 200;
    expect((await portal.services.jobs.runDue()).completed).toBe(0); // not due yet
    await letQueueTimePass(portal.db, 60);
    const second = await portal.services.jobs.runDue();
    expect(second.completed).toBe(1);
    const last = hooks.at(-1)!;
    expect(last.signature).toBe(`sha256=${signWebhook(secret, last.timestamp, last.body)}`);
    expect(JSON.parse(last.body)).toMatchObject({ event: 'alert.issued', state: 'AUS' });
    expect(last.body).not.toContain('Wanted: organiser');

    const mail = mails.find((m) => m.to === focalAus.user.email && readable(m.text).includes('A regional alert was issued'));
    expect(mail).toBeDefined();
    expect(mails.some((m) => m.text.includes('Wanted: organiser'))).toBe(false);
  });

  it('writes each e-mail in the language its recipient saved, with the reference and the link but never the alert itself', async () => {
    await portal.db.query(sql`UPDATE users SET locale = 'id' WHERE id = ${focalAus.user.id}`);
    const issued = await idn.post('/api/alerts', alert({ title: 'Boat leaving Kupang tonight', states: ['AUS'] }));
    expect(issued.statusCode, issued.body).toBe(201);
    const { id, reference } = issued.json();
    mails.length = 0;
    await portal.services.jobs.runDue();
    const to = (email: string) => readable(mails.find((m) => m.to === email)?.text ?? '');
    const bahasa = to(focalAus.user.email);
    expect(bahasa).toContain(`Subject: [Bali Portal] Peringatan regional diterbitkan: ${reference}`);
    expect(bahasa).toContain(`Masuk ke Bali Portal untuk membacanya: /alerts/${id}`);
    expect(bahasa).not.toContain('Sign in');
    const english = to(aus.user.email);
    expect(english).toContain(`Subject: [Bali Portal] A regional alert was issued: ${reference}`);
    expect(english).toContain(`Sign in to the Bali Portal to read it: /alerts/${id}`);
    expect(mails.some((m) => readable(m.text).includes('Kupang'))).toBe(false);
    await portal.db.query(sql`UPDATE users SET locale = NULL WHERE id = ${focalAus.user.id}`);
  });
});
