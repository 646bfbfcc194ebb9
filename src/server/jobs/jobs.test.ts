// The job runner as an RSO administrator and the duties' recipients rely on it: each duty does its work once, on its
// schedule or when run now; failures are visible and can be run again; only administrators see any of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../access/actor.js';
import { sql } from '../db/index.js';
import { day as day_ } from '../i18n/text.js';
import { letQueueTimePass } from '../testing/jobs.js';
import { type Client, createTestPortal, signedIn, type TestPortal } from '../testing/portal.js';

let portal: TestPortal;
let admin: Client;
const day = 86_400_000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
/** A day as an English reader's notice says it ("29 November 2026"). */
const longDay = (iso: string) => day_(iso).render('en');

beforeAll(async () => {
  portal = await createTestPortal();
  admin = await signedIn(portal, { role: 'admin', state: null });
});
afterAll(async () => portal?.close());

const titles = async (client: Client, kind: string) =>
  ((await client.get('/api/notifications')).json().notifications as { kind: string; title: string }[]).filter((n) => n.kind === kind).map((n) => n.title);

describe('scheduled duties', () => {
  it('lists every duty with its schedule and next run, to administrators only', async () => {
    const res = await admin.get('/api/admin/jobs');
    expect(res.statusCode, res.body).toBe(200);
    const names = res.json().jobs.map((j: { name: string }) => j.name);
    for (const name of [
      'surveys.reminders',
      'plans.reminders',
      'notifications.deliver',
      'alerts.expiry',
      'accounts.clearance_expiry',
      'auth.cleanup',
      'directory.staleness',
    ])
      expect(names).toContain(name);
    const cleanup = res.json().jobs.find((j: { name: string }) => j.name === 'auth.cleanup');
    expect(cleanup.schedule).toBe('5 * * * *');
    expect(new Date(cleanup.nextRunAt).getTime()).toBeGreaterThan(Date.now());
    expect(new Date(cleanup.nextRunAt).getTime()).toBeLessThanOrEqual(Date.now() + 3_600_000);
    expect(res.json().runner.running).toBe(false); // in-process tests run passes by hand

    const officer = await signedIn(portal, { role: 'officer', state: 'IDN' });
    const focal = await signedIn(portal, { role: 'focal_point', state: 'IDN' });
    for (const client of [officer, focal]) {
      expect((await client.get('/api/admin/jobs')).statusCode).toBe(403);
      expect((await client.get('/api/admin/jobs/runs')).statusCode).toBe(403);
      expect((await client.post('/api/admin/jobs/auth.cleanup/run')).statusCode).toBe(403);
    }
    expect((await portal.app.inject({ method: 'GET', url: '/api/admin/jobs' })).statusCode).toBe(401);
  });

  it('fires each due duty once when its time comes, however many passes run', async () => {
    const inAWeek = new Date(Date.now() + 8 * day);
    const first = await portal.services.jobs.runDue(inAWeek);
    const scheduled = (await portal.services.jobs.definitions())
      .filter((d) => d.schedule)
      .map((d) => d.name)
      .sort();
    expect(scheduled).toEqual(
      expect.arrayContaining(['accounts.clearance_expiry', 'alerts.expiry', 'auth.cleanup', 'directory.staleness', 'plans.reminders', 'surveys.reminders']),
    );
    expect(first.ticked.sort()).toEqual(scheduled); // every duty once, however many are declared
    expect(first.failed).toBe(0);
    expect((await portal.services.jobs.runDue(inAWeek)).ticked).toEqual([]);
    // Eight days on, the cleanup duty rightly ended every session that had been idle: sign in again.
    admin = await signedIn(portal, { role: 'admin', state: null });
    const overview = (await admin.get('/api/admin/jobs')).json().jobs;
    const cleanup = overview.find((j: { name: string }) => j.name === 'auth.cleanup');
    expect(new Date(cleanup.nextRunAt).getTime()).toBeGreaterThan(inAWeek.getTime());
    expect(cleanup.counts.completed).toBeGreaterThanOrEqual(1);
  });

  it('warns a clearance holder 30 days ahead, and their focal point, once', async () => {
    const holder = await signedIn(portal, { role: 'officer', state: 'PHL', clearance: 'restricted' });
    const focal = await signedIn(portal, { role: 'focal_point', state: 'PHL' });
    const ends = isoDay(new Date(Date.now() + 20 * day));
    await portal.db.query(sql`UPDATE users SET clearance_expires = ${ends} WHERE id = ${holder.user.id}`);
    for (let i = 0; i < 2; i++) {
      expect((await admin.post('/api/admin/jobs/accounts.clearance_expiry/run')).statusCode).toBe(202);
      await portal.services.jobs.runDue();
    }
    expect(await titles(holder, 'clearance.expiring')).toEqual([`Your clearance (Restricted) ends on ${longDay(ends)}`]);
    expect(await titles(focal, 'clearance.expiring')).toEqual([`A clearance you vouch for (Restricted) ends on ${longDay(ends)}`]);
  });

  it('tells an issuer their alert expired, and removes ended sessions and old login attempts', async () => {
    const issuer = await signedIn(portal, { role: 'officer', state: 'THA', clearance: 'restricted' });
    const created = await issuer.post('/api/alerts', {
      type: 'modus_operandi',
      title: 'Boats leaving at night',
      body: 'Synthetic test alert.',
      audience: 'states',
      states: ['MYS'],
      classification: 'restricted',
      expiresOn: isoDay(new Date(Date.now() + day)),
    });
    expect(created.statusCode, created.body).toBe(201);
    const ended = await signedIn(portal, { role: 'officer', state: 'THA' });
    await portal.db.query(sql`UPDATE sessions SET expires_at = now() - interval '2 days' WHERE user_id = ${ended.user.id}`);
    await portal.db.query(sql`INSERT INTO login_attempts (email, ip, success, at) VALUES ('old@test.example', '127.0.0.1', false, now() - interval '40 days')`);

    const threeDaysOn = new Date(Date.now() + 3 * day);
    for (let i = 0; i < 2; i++) {
      await portal.services.jobs.enqueue('alerts.expiry');
      await portal.services.jobs.runDue(threeDaysOn);
    }
    await portal.services.jobs.enqueue('auth.cleanup');
    await portal.services.jobs.runDue();
    expect((await titles(issuer, 'alert.expired')).length).toBe(1);
    expect((await ended.get('/api/notifications')).statusCode).toBe(401);
    expect(await portal.db.one(sql`SELECT 1 FROM sessions WHERE user_id = ${ended.user.id}`)).toBeUndefined();
    expect(await portal.db.one(sql`SELECT 1 FROM login_attempts WHERE email = 'old@test.example'`)).toBeUndefined();
    expect((await issuer.get('/api/notifications')).statusCode).toBe(200); // a live session stays
  });

  it('shows a failed run with its reason, and runs it again on request', async () => {
    const runner = portal.services.jobs;
    // A webhook that no longer answers: the delivery fails until its last try.
    await portal.services.notifications.store.setWebhook('VNM', 'http://127.0.0.1:9/unreachable', portal.services.secrets.seal('secret', 'webhook'), null);
    await portal.services.notifications.toStates(['VNM'], { kind: 'test.event', title: 'Test event' });
    for (let i = 0; i < 8; i++) {
      await runner.runDue();
      await letQueueTimePass(portal.db, 7200);
    }
    const listed = await admin.get('/api/admin/jobs/runs?name=notifications.deliver&state=failed');
    expect(listed.statusCode, listed.body).toBe(200);
    const failures = listed.json().runs;
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ state: 'failed', retryCount: 7 });
    expect(failures[0].message).toMatch(/fetch failed|ECONNREFUSED/);
    const job = (await admin.get('/api/admin/jobs')).json().jobs.find((j: { name: string }) => j.name === 'notifications.deliver');
    expect(job.lastFailure).toMatchObject({ id: failures[0].id });

    expect((await admin.post(`/api/admin/jobs/runs/${failures[0].id}/retry`)).statusCode).toBe(200);
    expect((await admin.post(`/api/admin/jobs/runs/${failures[0].id}/retry`)).statusCode).toBe(409);
    expect((await runner.runDue()).failed).toBe(1); // tried again (and fails again: the address still does not answer)
    expect((await admin.post('/api/admin/jobs/runs/00000000-0000-4000-8000-000000000000/retry')).statusCode).toBe(404);
    expect((await admin.post('/api/admin/jobs/nosuch.job/run')).statusCode).toBe(404);
    expect((await admin.get('/api/admin/jobs/runs?state=bogus')).statusCode).toBe(400);
    const audit = await portal.db.query<{ action: string }>(sql`SELECT action FROM audit_log WHERE action IN ('jobs.retry', 'jobs.run')`);
    expect(audit.map((a) => a.action)).toContain('jobs.retry');
  });
});

describe('a server killed in the middle of a job', () => {
  it("leaves the job to be run again by another, and the duty's notice is still sent once", async () => {
    const runner = portal.services.jobs;
    const holder = await signedIn(portal, { role: 'officer', state: 'KHM', clearance: 'restricted' });
    const ends = isoDay(new Date(Date.now() + 10 * day));
    await portal.db.query(sql`UPDATE users SET clearance_expires = ${ends} WHERE id = ${holder.user.id}`);
    const id = await runner.enqueue('accounts.clearance_expiry');
    // pg-boss hands out a job once start_after < now(); PGlite's clock ticks in milliseconds, so a fetch in the same
    // millisecond as the send finds nothing yet (a fresh CI run did). The job is made due, not waited for.
    await letQueueTimePass(portal.db, 1);

    // The instance that claims the job does its work, then dies before it can mark the job completed.
    const [claimed] = await runner.boss.fetch<Record<string, unknown>>('accounts.clearance_expiry', { batchSize: 1, includeMetadata: true });
    expect(claimed.id).toBe(id);
    await (await runner.definition('accounts.clearance_expiry'))!.run({
      now: new Date(),
      data: {},
      jobId: id,
      retryCount: 0,
      actor: SYSTEM_ACTOR,
      log: { info() {}, warn() {}, error() {} },
    });
    expect((await runner.runDue()).completed).toBe(0); // still active: nobody else takes it yet

    // Past its timeout the queue's maintenance takes it back, and the next pass (any instance) runs it again.
    await portal.db.query(sql`UPDATE pgboss.job SET started_on = now() - interval '1 hour' WHERE id = ${id}`);
    // pg-boss's own maintenance step (run every 2 minutes by a started server; not in its type declarations).
    await (runner.boss as unknown as { expire(): Promise<void> }).expire();
    await letQueueTimePass(portal.db, 3600);
    expect((await runner.runDue()).completed).toBeGreaterThanOrEqual(1);
    expect((await portal.db.one<{ state: string }>(sql`SELECT state::text FROM pgboss.job WHERE id = ${id}`))!.state).toBe('completed');
    expect(await titles(holder, 'clearance.expiring')).toEqual([`Your clearance (Restricted) ends on ${longDay(ends)}`]);
  });
});
