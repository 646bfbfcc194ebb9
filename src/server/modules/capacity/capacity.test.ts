// Capacity building: needs kept by their state, suggestions from survey answers, offers ranked for a need, assistance
// tracked to completion; the demo survey and needs seed; and the public site without a session.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../access/subject.js';
import { demoContext } from '../../demo/registry.js';
import { createTestPortal, makeUser, signedIn, type TestPortal } from '../../testing/portal.js';
import { surveysDemo } from '../surveys/demo.js';
import { capacityDemo } from './demo.js';

let portal: TestPortal;
type C = Awaited<ReturnType<typeof signedIn>>;
let focalIdn: C, focalAus: C, officerIdn: C;
const demo: { email: string; role: Role; state: string }[] = [
  { email: 'coordinator.phl@demo.example', role: 'coordinator', state: 'PHL' },
  { email: 'focal.idn@demo.example', role: 'focal_point', state: 'IDN' },
  { email: 'focal.mys@demo.example', role: 'focal_point', state: 'MYS' },
  { email: 'policy.mys@demo.example', role: 'policy', state: 'MYS' },
  { email: 'focal.aus@demo.example', role: 'focal_point', state: 'AUS' },
  { email: 'policy.iom@demo.example', role: 'policy', state: 'IOM' },
];

beforeAll(async () => {
  portal = await createTestPortal();
  const accounts = [];
  for (const d of demo) accounts.push({ ...d, id: (await makeUser(portal.services, { role: d.role, state: d.state, email: d.email })).id });
  await surveysDemo.seed(demoContext(portal.services, accounts));
  await capacityDemo.seed(demoContext(portal.services, accounts));
  focalIdn = await signedIn(portal, { role: 'focal_point', state: 'IDN' });
  focalAus = await signedIn(portal, { role: 'focal_point', state: 'AUS' });
  officerIdn = await signedIn(portal, { role: 'officer', state: 'IDN' });
}, 240_000);
afterAll(async () => {
  await portal?.close();
});

describe('capacity needs and offers', () => {
  it("records needs only for the user's own state, with a known kind of help", async () => {
    const body = { state: 'IDN', title: 'Exchange of investigators (test)', helpKind: 'exchange_of_experts', priority: 'high', languages: ['en'] };
    const otherState = await focalAus.post('/api/capacity/needs', body, { 'accept-language': 'id' });
    expect(otherState.statusCode).toBe(403);
    // The specific reason, in Bahasa for an Indonesian reader, with the state by its name.
    expect(otherState.json().message).toBe('Hanya titik fokus dan petugas kebijakan Indonesia yang mencatat kebutuhannya.');
    expect((await officerIdn.post('/api/capacity/needs', body)).statusCode).toBe(403);
    const bad = await focalIdn.post('/api/capacity/needs', { ...body, helpKind: 'money' }, { 'accept-language': 'id' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ field: 'helpKind', message: '“money” bukan jenis bantuan peningkatan kapasitas.' });
    const created = await focalIdn.post('/api/capacity/needs', body);
    expect(created.statusCode).toBe(201);
    // Each need says what its reader may do with it: IDN's focal point edits it, AUS's and IDN's officer do not.
    expect(created.json().can).toEqual({ edit: true });
    const canOf = async (c: C) => (await c.get('/api/capacity/needs?state=IDN')).json().needs.find((n: { id: string }) => n.id === created.json().id).can;
    expect(await canOf(focalAus)).toEqual({ edit: false });
    expect(await canOf(officerIdn)).toEqual({ edit: false });
    expect((await portal.app.inject({ method: 'GET', url: '/api/capacity/needs' })).statusCode).toBe(401);
  });

  it('suggests needs from survey answers of "partly" or "no" on a standard', async () => {
    const focalMys = await signedIn(portal, { role: 'focal_point', state: 'MYS' });
    const res = await focalMys.get('/api/capacity/suggestions?state=MYS');
    expect(res.statusCode).toBe(200);
    expect(res.json().suggestions).toContainEqual(
      expect.objectContaining({ source: 'survey', topic: 'PS-1', priority: 'medium', helpKind: 'drafting_assistance' }),
    );
  });

  it('ranks offers for a need, records the agreed assistance and tracks it to completion', async () => {
    const need = (
      await focalIdn.post('/api/capacity/needs', {
        state: 'IDN',
        title: 'Document examiners (test)',
        helpKind: 'document_laboratory',
        priority: 'high',
        languages: ['id'],
      })
    ).json();
    const offer = (
      await focalAus.post('/api/capacity/offers', {
        provider: 'AUS',
        title: 'Examiner secondment (test)',
        helpKinds: ['document_laboratory'],
        subregions: ['South-eastern Asia'],
        languages: ['id'],
      })
    ).json();
    const far = (
      await focalAus.post('/api/capacity/offers', {
        provider: 'AUS',
        title: 'Lab in the Pacific (test)',
        helpKinds: ['document_laboratory'],
        subregions: ['Melanesia'],
        languages: ['en'],
      })
    ).json();
    const matches = (await focalIdn.get(`/api/capacity/needs/${need.id}/matches`)).json().matches;
    const order = matches.map((m: { offer: { id: string } }) => m.offer.id);
    expect(order.indexOf(offer.id)).toBeLessThan(order.indexOf(far.id));
    expect(matches.every((m: { offer: { helpKinds: string[] } }) => m.offer.helpKinds.includes('document_laboratory'))).toBe(true);
    const agreed = await focalIdn.post('/api/capacity/assistance', { needId: need.id, offerId: offer.id, agreedOn: '2025-01-10' });
    expect(agreed.statusCode).toBe(201);
    // Both parties may record progress; an officer of the needing state may not.
    expect(agreed.json().can).toEqual({ progress: true });
    const progressOf = async (c: C) => (await c.get('/api/capacity/assistance')).json().assistance.find((a: { id: string }) => a.id === agreed.json().id).can;
    expect(await progressOf(focalAus)).toEqual({ progress: true });
    expect(await progressOf(officerIdn)).toEqual({ progress: false });
    expect(offer.can).toEqual({ edit: true });
    expect(
      (await officerIdn.post(`/api/capacity/assistance/${agreed.json().id}/progress`, { status: 'completed', note: 'x', on: '2025-02-01' })).statusCode,
    ).toBe(403);
    expect(
      (await focalAus.post(`/api/capacity/assistance/${agreed.json().id}/progress`, { status: 'completed', note: 'Lab certified', on: '2024-12-01' }))
        .statusCode,
    ).toBe(400);
    expect(
      (await focalAus.post(`/api/capacity/assistance/${agreed.json().id}/progress`, { status: 'completed', note: 'Lab certified', on: '2025-06-01' })).json()
        .status,
    ).toBe('completed');
    expect((await focalIdn.get(`/api/capacity/needs?state=IDN`)).json().needs.find((n: { id: string }) => n.id === need.id).status).toBe('met');
  });

  it('gives a regional needs analysis by kind of help and sub-region', async () => {
    const a = (await officerIdn.get('/api/capacity/analysis')).json();
    expect(a.source).toContain('Seed 001');
    expect(a.byHelpKind.find((k: { helpKind: string }) => k.helpKind === 'drafting_assistance').states).toContain('MYS');
    expect(a.demo).toBe(true);
  });
});

describe('the public site', () => {
  it('answers without a session with published items only: the demo survey with MYS "not published"', async () => {
    const res = await portal.app.inject({ method: 'GET', url: '/api/public/surveys' });
    expect(res.statusCode).toBe(200);
    const s = res.json().surveys[0];
    expect(s.title).toBe('Port Dickson legislation survey (demo)');
    expect(s.states.find((x: { state: string }) => x.state === 'MYS').publication).toBe('not_published');
    expect(s.answers.map((a: { state: string }) => a.state)).toEqual(['IDN']);
    for (const url of ['/api/public/statements', '/api/public/coverage', '/api/public/committees'])
      expect((await portal.app.inject({ method: 'GET', url })).statusCode).toBe(200);
    const committees = (await portal.app.inject({ method: 'GET', url: '/api/public/committees' })).json().committees;
    for (const c of committees) expect(Object.keys(c).sort()).toEqual(['demo', 'name', 'state', 'stateName']);
  });
});
