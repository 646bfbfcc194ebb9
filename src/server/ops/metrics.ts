// Prometheus metrics (prom-client), one registry per app: HTTP requests and latencies, jobs, database queries and pool.
// The request hook only increments a counter and observes a histogram: a few hundred nanoseconds per request.

import type { FastifyInstance } from 'fastify';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Db } from '../db/index.js';
import type { JobRunner } from '../jobs/runner.js';
import type { JobsStore } from '../jobs/store.js';

/** Counts every answered request and observes its latency, labelled by route pattern (bench/metrics-hook.ts times it). */
export function installHttpMetrics(app: FastifyInstance, register: Registry) {
  const requests = new Counter({
    name: 'portal_http_requests_total',
    help: 'HTTP requests answered, by method, route and status',
    labelNames: ['method', 'route', 'status'],
    registers: [register],
  });
  const latency = new Histogram({
    name: 'portal_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method and route',
    labelNames: ['method', 'route'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [register],
  });
  app.addHook('onResponse', async (req, reply) => {
    // The route pattern, never the raw path: ids in paths would make one series per record.
    const route = req.routeOptions.url ?? (req.url.startsWith('/api') ? 'unmatched' : 'web');
    requests.inc({ method: req.method, route, status: reply.statusCode });
    latency.observe({ method: req.method, route }, reply.elapsedTime / 1000);
  });
}

export function createMetrics(app: FastifyInstance, db: Db, jobs: JobRunner, jobsStore: JobsStore): Registry {
  const register = new Registry();
  collectDefaultMetrics({ register, prefix: 'portal_' });

  installHttpMetrics(app, register);

  const jobRuns = new Counter({
    name: 'portal_jobs_total',
    help: 'Jobs run by this instance, by job and outcome',
    labelNames: ['job', 'outcome'],
    registers: [register],
  });
  const jobSeconds = new Histogram({
    name: 'portal_job_duration_seconds',
    help: 'Time a job took, by job',
    labelNames: ['job'],
    buckets: [0.01, 0.1, 0.5, 1, 5, 15, 60, 300, 900],
    registers: [register],
  });
  jobs.onJob((job, outcome, seconds) => {
    jobRuns.inc({ job, outcome });
    jobSeconds.observe({ job }, seconds);
  });
  new Gauge({
    name: 'portal_jobs_queued',
    help: 'Jobs in the queue (all instances), by job and state',
    labelNames: ['job', 'state'],
    registers: [register],
    async collect() {
      this.reset();
      for (const [job, c] of await jobsStore.counts()) for (const state of ['waiting', 'active', 'failed'] as const) this.set({ job, state }, c[state]);
    },
  });
  new Gauge({
    name: 'portal_job_next_run_timestamp_seconds',
    help: 'When each scheduled duty runs next (Unix time)',
    labelNames: ['job'],
    registers: [register],
    async collect() {
      this.reset();
      for (const s of await jobsStore.schedules()) this.set({ job: s.name }, s.nextRunAt.getTime() / 1000);
    },
  });

  const queries = new Counter({ name: 'portal_db_queries_total', help: 'Database queries, by outcome', labelNames: ['outcome'], registers: [register] });
  const querySeconds = new Histogram({
    name: 'portal_db_query_duration_seconds',
    help: 'Time a database query took',
    buckets: [0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5],
    registers: [register],
  });
  db.observe((seconds, ok) => {
    queries.inc({ outcome: ok ? 'ok' : 'error' });
    querySeconds.observe(seconds);
  });
  new Gauge({
    name: 'portal_db_pool_connections',
    help: 'Connections of the PostgreSQL pool by state (PGlite: one, in process)',
    labelNames: ['state'],
    registers: [register],
    collect() {
      const p = db.poolStats();
      this.set({ state: 'total' }, p.total);
      this.set({ state: 'idle' }, p.idle);
      this.set({ state: 'waiting' }, p.waiting);
    },
  });
  return register;
}
