// Duties run exactly once across instances: two listening servers on one PostgreSQL (when DATABASE_URL is set; on
// PGlite, one process per database, the same test proves one instance does each exactly once) race for the same
// scheduled ticks and queued deliveries, and a webhook receiver counts what arrives.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Portal } from '../app.js';
import { type Db, openDb, sql } from '../db/index.js';
import { createTestPortal, type TestPortal } from '../testing/portal.js';

const DELIVERIES = 30;
let first: TestPortal;
const others: { portal: Portal; db: Db }[] = [];
const received = new Map<string, number>();
let receiver: http.Server;

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      const reference = JSON.parse(body).reference as string;
      received.set(reference, (received.get(reference) ?? 0) + 1);
      res.end('ok');
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  first = await createTestPortal({ jobsIntervalMs: 50, port: 0 });
  if (first.databaseUrl) {
    const db = await openDb({ databaseUrl: first.databaseUrl });
    others.push({ db, portal: await buildApp({ db, config: first.config }) });
  }
});

afterAll(async () => {
  for (const o of others) {
    await o.portal.app.close();
    await o.db.close();
  }
  await first?.close();
  await new Promise<void>((r) => receiver?.close(() => r()));
});

describe('several instances on one database', () => {
  it('each due tick and each delivery is done exactly once', async () => {
    const db = first.db;
    const apps = [first.app, ...others.map((o) => o.portal.app)];
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    await first.services.notifications.store.setWebhook('NZL', url, first.services.secrets.seal('test-secret', 'webhook'), null);
    for (let i = 0; i < DELIVERIES; i++) await first.services.notifications.toStates(['NZL'], { kind: 'test.event', title: 'Test', reference: `REF-${i}` });
    // Every duty falls due at once.
    await db.query(sql`UPDATE job_schedules SET next_run_at = now() - interval '1 second'`);
    const scheduled = (await db.query<{ name: string }>(sql`SELECT name FROM job_schedules`)).map((r) => r.name);

    // Each server's own loop (every 50 ms) races the others for the same work.
    for (const app of apps) await app.listen({ port: 0, host: '127.0.0.1' });
    const deadline = Date.now() + 60_000;
    const pending = async () =>
      (await db.one<{ n: number }>(sql`
      SELECT (SELECT count(*)::int FROM pgboss.job WHERE state IN ('created', 'retry', 'active'))
           + (SELECT count(*)::int FROM job_schedules WHERE next_run_at <= now()) AS n`))!.n;
    while ((await pending()) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));

    expect(apps.length).toBe(first.databaseUrl ? 2 : 1);
    expect(received.size).toBe(DELIVERIES);
    expect([...received.values()].every((n) => n === 1)).toBe(true);
    const perDuty = await db.query<{ name: string; n: number }>(sql`
      SELECT name, count(*)::int AS n FROM (SELECT name FROM pgboss.job UNION ALL SELECT name FROM pgboss.archive) j
      WHERE name = ANY(${scheduled}::text[]) GROUP BY name`);
    expect(perDuty.map((r) => r.n)).toEqual(scheduled.map(() => 1));
    const failed = await db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM pgboss.job WHERE state IN ('failed', 'retry')`);
    expect(failed!.n).toBe(0);
    const sent = await db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM deliveries WHERE status = 'sent' AND attempts = 1`);
    expect(sent!.n).toBe(DELIVERIES);
  });
});
