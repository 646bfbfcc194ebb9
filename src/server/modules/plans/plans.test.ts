// Plans of action: the Port Dickson plan as real data, progress by acting states only, the dashboard, reminders, the chair's report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../db/index.js';
import { type Client, createTestPortal, signedIn, type TestPortal } from '../../testing/portal.js';
import { loadPlans } from './reference.js';

let portal: TestPortal;
let policyPak: Client;
let policyIdn: Client;
let coordinatorTha: Client;
let officerAus: Client;

beforeAll(async () => {
  portal = await createTestPortal();
  [policyPak, policyIdn, coordinatorTha, officerAus] = await Promise.all([
    signedIn(portal, { role: 'policy', state: 'PAK' }),
    signedIn(portal, { role: 'policy', state: 'IDN' }),
    signedIn(portal, { role: 'coordinator', state: 'THA' }),
    signedIn(portal, { role: 'officer', state: 'AUS' }),
  ]);
});
afterAll(async () => portal?.close());

describe('the Port Dickson plan (seed 000)', () => {
  it('ships as data with its six strategies, acting states and coordinators, and loads idempotently', async () => {
    await loadPlans(portal.db);
    const res = await officerAus.get('/api/plans');
    expect(res.statusCode, res.body).toBe(200);
    const pd = res.json().plans.filter((p: { id: string }) => p.id === 'port-dickson-2002');
    expect(pd).toHaveLength(1);
    expect(pd[0].strategies).toHaveLength(6);
    expect(pd[0].actions).toHaveLength(6);
    const s3 = pd[0].actions.find((a: { strategyNumber: number }) => a.strategyNumber === 3);
    expect(s3.actingStates).toEqual(['PAK', 'NZL']);
    const s4 = pd[0].actions.find((a: { strategyNumber: number }) => a.strategyNumber === 4);
    expect(s4.allStates).toBe(true);
    expect(s4.coordinators).toEqual(['THA', 'MYS', 'LKA']);
    expect(pd[0].actions.find((a: { strategyNumber: number }) => a.strategyNumber === 6).coordinators).toEqual(['IOM', 'KHM']);
    expect((await portal.app.inject({ method: 'GET', url: '/api/plans' })).statusCode).toBe(401);
  });
});

describe('progress reports', () => {
  it('accepts a report from an acting state and refuses one from a state not acting, writing nothing', async () => {
    const action = 'port-dickson-2002-s3-action';
    const ok = await policyPak.post(`/api/plans/actions/${action}/progress`, {
      status: 'in_progress',
      narrative: 'Sources compiled for two statutes.',
      evidence: 'Gazette references',
      capacityNeeds: ['national_database'],
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const refused = await policyIdn.post(`/api/plans/actions/${action}/progress`, { status: 'completed', narrative: 'Not ours to report.' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toContain('Indonesia is not an acting state');
    // The same reason reaches an Indonesian reader in Bahasa.
    const inBahasa = await policyIdn.post(`/api/plans/actions/${action}/progress`, { status: 'completed', narrative: 'x' }, { 'accept-language': 'id' });
    expect(inBahasa.json()).toMatchObject({
      field: 'state',
      message: 'Indonesia bukan negara pelaksana tindakan ini, sehingga tidak dapat melaporkan kemajuannya.',
    });
    const badNeed = await policyPak.post(`/api/plans/actions/${action}/progress`, { status: 'completed', narrative: 'x', capacityNeeds: ['yachts'] });
    expect(badNeed.statusCode).toBe(400);
    expect(badNeed.json().field).toBe('capacityNeeds.0');
    const reports = (await officerAus.get(`/api/plans/actions/${action}/progress`)).json().reports;
    expect(reports.map((r: { state: string }) => r.state)).toEqual(['PAK']);
    expect((await policyPak.post('/api/plans/actions/no-such-action/progress', { status: 'completed', narrative: 'x' })).statusCode).toBe(404);
  });

  it('lets any member state report on an "all countries" action', async () => {
    const res = await policyIdn.post('/api/plans/actions/port-dickson-2002-s4-action/progress', {
      status: 'completed',
      narrative: 'Examined against the key elements.',
      capacityNeeds: ['drafting_assistance'],
    });
    expect(res.statusCode, res.body).toBe(201);
  });
});

describe('the coordinator', () => {
  it('sees who has and has not reported, and is refused without the coordinating role', async () => {
    const res = await coordinatorTha.get('/api/plans/port-dickson-2002/dashboard');
    expect(res.statusCode, res.body).toBe(200);
    const s3 = res.json().actions.find((a: { action: { strategyNumber: number } }) => a.action.strategyNumber === 3);
    expect(s3.acting).toBe(2);
    expect(s3.reported).toBe(1);
    expect(s3.states.find((s: { state: string }) => s.state === 'NZL').latest).toBeNull();
    expect(s3.states.find((s: { state: string }) => s.state === 'PAK').latest.status).toBe('in_progress');
    expect((await officerAus.get('/api/plans/port-dickson-2002/dashboard')).statusCode).toBe(403);
  });

  it('generates the report to the chair with progress by country and capacity needs, as Markdown and PDF', async () => {
    const md = await coordinatorTha.get('/api/plans/port-dickson-2002/chair-report?format=md');
    expect(md.statusCode, md.body).toBe(200);
    expect(md.body).toContain("Coordinator's report to the Chair of Experts' Group II");
    expect(md.body).toMatch(/### Pakistan\n\n- \*\*Strategy 3, in progress\*\*/);
    expect(md.body).toContain('**Pakistan** (strategy 3): National database');
    expect(md.body).toContain('**Indonesia** (strategy 4): Legislative drafting assistance');
    expect(md.body).toMatch(/Strategy 3\*\*: New Zealand/);
    const pdf = await coordinatorTha.get('/api/plans/port-dickson-2002/chair-report');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await policyPak.get('/api/plans/port-dickson-2002/chair-report')).statusCode).toBe(403);
  });

  it('adds actions with due dates, and overdue ones appear as reminders to the acting state', async () => {
    const plan = await coordinatorTha.post('/api/plans', { id: 'test-plan', title: 'Test plan', reportDueOn: '2030-01-01' });
    expect(plan.statusCode, plan.body).toBe(201);
    const bad = await coordinatorTha.post('/api/plans/test-plan/actions', { text: 'x', actingStates: ['IDN', 'GBR'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('actingStates');
    const action = await coordinatorTha.post('/api/plans/test-plan/actions', {
      text: 'Overdue action',
      actingStates: ['IDN', 'PAK'],
      coordinators: ['THA'],
      startsOn: '2020-01-01',
      dueOn: '2020-06-01',
    });
    expect(action.statusCode, action.body).toBe(201);
    const mine = (await policyIdn.get('/api/plans/reminders')).json().reminders.filter((r: { planId: string }) => r.planId === 'test-plan');
    expect(mine).toEqual([expect.objectContaining({ state: 'IDN', reason: 'not_reported', dueOn: '2020-06-01' })]);
    const coordinated = (await coordinatorTha.get('/api/plans/reminders')).json().reminders.filter((r: { planId: string }) => r.planId === 'test-plan');
    expect(coordinated.map((r: { state: string }) => r.state).sort()).toEqual(['IDN', 'PAK']);
    await policyIdn.post(`/api/plans/actions/${action.json().id}/progress`, { status: 'completed', narrative: 'Done.' });
    expect((await policyIdn.get('/api/plans/reminders')).json().reminders.filter((r: { planId: string }) => r.planId === 'test-plan')).toEqual([]);
    expect((await policyIdn.post('/api/plans', { title: 'Not allowed' })).statusCode).toBe(403);
  });
});

describe('the plan file cites its seed by title, date and meeting', () => {
  it('replaces an older citation by file name on the next start, re-importing nothing and keeping every progress report', async () => {
    await portal.db.query(sql`UPDATE plans SET source = 'Seed 000_1b13a26cc23b14d1.txt: Port Dickson' WHERE id = 'port-dickson-2002'`);
    const before = (await officerAus.get('/api/plans/actions/port-dickson-2002-s3-action/progress')).json().reports;
    await loadPlans(portal.db);
    const plans = (await officerAus.get('/api/plans')).json().plans.filter((p: { id: string }) => p.id === 'port-dickson-2002');
    expect(plans).toHaveLength(1);
    expect(plans[0].actions).toHaveLength(6);
    expect(plans[0].source).toMatch(/^Seed 000 \(data\/README\.md\): 'Strategies for strengthening legislation/);
    expect(plans[0].source).toContain('23-25 September 2002');
    expect(plans[0].source).not.toMatch(/\.txt/);
    expect((await officerAus.get('/api/plans/actions/port-dickson-2002-s3-action/progress')).json().reports).toEqual(before);
  });
});
