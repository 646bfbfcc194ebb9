// What an operator relies on: JSON logs that follow a request and leak nothing, metrics behind a token, and a
// readiness answer that names what is wrong.
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Portal } from '../app.js';
import { loadConfig } from '../config.js';
import { createTestDb, type TestDb } from '../testing/db.js';
import { freshTotp, makeUser, type TestUser } from '../testing/portal.js';

let testDb: TestDb;
let portal: Portal;
const lines: string[] = [];
const token = 'metrics-token-for-tests-0123456789';

beforeAll(async () => {
  testDb = await createTestDb();
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
  portal = await buildApp({ db: testDb.db, config: loadConfig({ webDir: '/nonexistent', logLevel: 'info', metricsToken: token, port: 0 }), logStream: stream });
});
afterAll(async () => {
  await portal?.app.close();
  await testDb?.drop();
});

describe('logs', () => {
  it('carry a request id on every line of a sign-in, and no password, TOTP code, cookie, token or e-mail address', async () => {
    const user: TestUser = await makeUser(portal.services, { role: 'officer', state: 'IDN', clearance: 'restricted' });
    lines.length = 0;
    const totp = freshTotp(user.totpSecret!);
    const wrong = await portal.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: 'not-the-password-1!' } });
    expect(wrong.statusCode).toBe(401);
    const login = await portal.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: user.password, totp },
      headers: { 'x-request-id': 'lb-trace-000001' },
    });
    expect(login.statusCode, login.body).toBe(200);
    expect(login.headers['x-request-id']).toBe('lb-trace-000001');
    const cookie = String(login.headers['set-cookie']).split(';')[0];
    const csrf = login.json().csrfToken as string;
    const me = await portal.app.inject({
      method: 'GET',
      url: `/api/notifications?who=${encodeURIComponent(user.email)}`,
      headers: { cookie, 'x-csrf-token': csrf },
    });
    expect(me.statusCode).toBeLessThan(500);
    await new Promise((r) => setImmediate(r));

    expect(lines.length).toBeGreaterThanOrEqual(6);
    const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const e of entries) {
      expect(e.requestId, JSON.stringify(e)).toEqual(expect.any(String));
      expect(e.time).toEqual(expect.any(String));
    }
    expect(entries.filter((e) => e.requestId === 'lb-trace-000001').length).toBeGreaterThanOrEqual(2);
    const all = lines.join('\n');
    const secrets = [user.password, 'not-the-password-1!', totp, user.totpSecret!, cookie.split('=')[1], csrf, user.email, user.email.split('@')[0]];
    for (const secret of secrets) expect(all).not.toContain(secret);
    expect(all).not.toMatch(/[^\s"@]+@[^\s"@]+\.[a-z]{2,}/i);
  });
});

describe('metrics', () => {
  it('are served only with the configured bearer token, and count requests, jobs and queries', async () => {
    await portal.app.inject({ method: 'GET', url: '/api/health' });
    await portal.services.jobs.enqueue('auth.cleanup');
    await portal.services.jobs.runDue();
    expect((await portal.app.inject({ method: 'GET', url: '/api/metrics' })).statusCode).toBe(401);
    expect((await portal.app.inject({ method: 'GET', url: '/api/metrics', headers: { authorization: 'Bearer wrong' } })).statusCode).toBe(401);
    const res = await portal.app.inject({ method: 'GET', url: '/api/metrics', headers: { authorization: `Bearer ${token}` } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.body).toMatch(/portal_http_requests_total\{method="GET",route="\/api\/health",status="200"\} \d+/);
    expect(res.body).toMatch(/portal_http_request_duration_seconds_bucket\{le="0.1",method="GET",route="\/api\/health"\}/);
    expect(res.body).toMatch(/portal_jobs_total\{job="auth.cleanup",outcome="completed"\} 1/);
    expect(res.body).toMatch(/portal_job_next_run_timestamp_seconds\{job="surveys.reminders"\} \d+/);
    expect(res.body).toMatch(/portal_db_queries_total\{outcome="ok"\} \d+/);
    expect(res.body).toMatch(/portal_db_pool_connections\{state="total"\} \d+/);
    expect(res.body).toContain('portal_process_resident_memory_bytes');
  });

  it('are refused when no token is configured', async () => {
    const db = await createTestDb();
    const bare = await buildApp({ db: db.db, config: loadConfig({ webDir: '/nonexistent', logLevel: 'silent', metricsToken: null }) });
    const res = await bare.app.inject({ method: 'GET', url: '/api/metrics', headers: { authorization: 'Bearer anything' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toContain('PORTAL_METRICS_TOKEN');
    await bare.app.close();
    await db.drop();
  });
});

describe('health', () => {
  it('is live at once, and ready only when the job runner runs (503 naming the reason before)', async () => {
    expect((await portal.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    const before = await portal.app.inject({ method: 'GET', url: '/api/health/ready' });
    expect(before.statusCode).toBe(503);
    expect(before.json()).toMatchObject({
      status: 'not_ready',
      reason: 'the job runner is not started',
      checks: { database: 'ok', migrations: 'ok', jobs: 'failed' },
    });
    await portal.app.listen({ port: 0, host: '127.0.0.1' });
    // The runner starts as the server begins listening (onListen), a moment after listen() answers.
    let after = await portal.app.inject({ method: 'GET', url: '/api/health/ready' });
    for (let i = 0; i < 100 && after.statusCode !== 200; i++) {
      await new Promise((r) => setTimeout(r, 50));
      after = await portal.app.inject({ method: 'GET', url: '/api/health/ready' });
    }
    expect(after.statusCode, after.body).toBe(200);
    expect(after.json()).toEqual({ status: 'ready', reason: null, checks: { database: 'ok', migrations: 'ok', jobs: 'ok' } });
  });
});

describe('error logs', () => {
  it('keep what locates a fault and mask the addresses a database error quotes', async () => {
    const { maskAddresses } = await import('./logging.js');
    expect(maskAddresses('duplicate key value violates unique constraint "users_email": Key (lower(email))=(ana.lopez@example.org) already exists')).toBe(
      'duplicate key value violates unique constraint "users_email": Key (lower(email))=(<address>) already exists',
    );
  });
});
