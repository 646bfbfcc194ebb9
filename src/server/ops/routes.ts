// Operations endpoints: readiness for a load balancer (database, migrations, jobs) and Prometheus metrics behind a token.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Registry } from 'prom-client';
import { z } from 'zod';
import type { Config } from '../config.js';
import { type Db, sql } from '../db/index.js';
import { listMigrations } from '../db/migrate.js';
import type { Router } from '../http/context.js';
import type { JobRunner } from '../jobs/runner.js';

const check = z.enum(['ok', 'failed']);
const readyResponse = z.object({
  status: z.enum(['ready', 'not_ready']),
  reason: z.string().nullable(),
  checks: z.object({ database: check, migrations: check, jobs: check }),
});

/** Compares digests so that the time taken says nothing about the token. */
function sameToken(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export function registerOperations(app: Router, deps: { db: Db; config: Config; jobs: JobRunner; metrics: Registry }) {
  const { db, config, jobs, metrics } = deps;
  let migrationsCurrent = false;

  app.get(
    '/api/health/ready',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Readiness: the database answers, every migration is applied, and this instance runs jobs (503 naming the reason when not)',
        response: { 200: readyResponse, 503: readyResponse },
      },
    },
    async (_req, reply) => {
      const reasons: string[] = [];
      const checks = { database: 'ok' as 'ok' | 'failed', migrations: 'ok' as 'ok' | 'failed', jobs: 'ok' as 'ok' | 'failed' };
      try {
        if (!migrationsCurrent) {
          const applied = new Set((await db.query<{ name: string }>(sql`SELECT name FROM schema_migrations`)).map((r) => r.name));
          const missing = listMigrations().filter((m) => !applied.has(m));
          // Once current, a running process stays current (its code cannot gain migrations).
          if (missing.length) {
            checks.migrations = 'failed';
            reasons.push(`migrations not applied: ${missing.join(', ')}`);
          } else migrationsCurrent = true;
        } else await db.query(sql`SELECT 1`);
      } catch (error) {
        checks.database = 'failed';
        checks.migrations = 'failed';
        reasons.push(`database unreachable: ${(error as Error).message}`);
      }
      const runner = jobs.health();
      if (!runner.running || runner.reason) {
        checks.jobs = 'failed';
        reasons.push(runner.reason ?? 'the job runner is not running');
      }
      const ready = reasons.length === 0;
      return reply.status(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not_ready', reason: ready ? null : reasons.join('; '), checks });
    },
  );

  app.get(
    '/api/metrics',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Prometheus metrics; needs authorization: Bearer $PORTAL_METRICS_TOKEN (refused when no token is configured)',
        response: { 200: z.string(), 401: z.object({ error: z.string(), message: z.string() }), 403: z.object({ error: z.string(), message: z.string() }) },
      },
    },
    async (req, reply) => {
      if (!config.metricsToken) return reply.status(403).send({ error: 'forbidden', message: 'metrics are off: set PORTAL_METRICS_TOKEN to serve them' });
      const header = req.headers.authorization ?? '';
      const given = header.startsWith('Bearer ') ? header.slice(7) : '';
      if (!given || !sameToken(given, config.metricsToken)) {
        reply.header('www-authenticate', 'Bearer realm="metrics"');
        return reply.status(401).send({ error: 'unauthenticated', message: 'metrics need authorization: Bearer <PORTAL_METRICS_TOKEN>' });
      }
      return reply.type(metrics.contentType).send(await metrics.metrics());
    },
  );
}
