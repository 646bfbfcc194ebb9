// What the metrics hook costs a request: the same bare Fastify route with the portal's onResponse metrics hook and
// with an empty onResponse hook (the baseline), interleaved round by round, in-process through inject() and over HTTP.
// Usage: npx tsx bench/metrics-hook.ts [requestsPerRound=20000] [rounds=7]

import http from 'node:http';
import os from 'node:os';
import Fastify, { type FastifyInstance } from 'fastify';
import { Counter, Histogram, Registry } from 'prom-client';
import { installHttpMetrics } from '../src/server/ops/metrics';
import { median } from './lib/timing';

const perRound = Number(process.argv[2] ?? 20_000);
const rounds = Number(process.argv[3] ?? 7);

async function build(withMetrics: boolean): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  if (withMetrics) installHttpMetrics(app, new Registry());
  else app.addHook('onResponse', async () => {});
  app.get('/api/items/:id', async (req) => ({ ok: true, id: (req.params as { id: string }).id }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  return app;
}

/** Requests per second over `perRound` injected requests. */
async function injectRate(app: FastifyInstance): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < perRound; i++) await app.inject({ method: 'GET', url: `/api/items/${i}` });
  return perRound / ((performance.now() - started) / 1000);
}

/** Requests per second over HTTP keep-alive, 8 requests in flight. */
async function httpRate(app: FastifyInstance): Promise<number> {
  const { port } = app.server.address() as { port: number };
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  const one = (i: number) =>
    new Promise<void>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path: `/api/items/${i}`, agent }, (res) => {
          res.resume();
          res.on('end', resolve);
        })
        .on('error', reject);
    });
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < perRound) await one(next++);
    }),
  );
  agent.destroy();
  return perRound / ((performance.now() - started) / 1000);
}

/** The hook's own work (a counter inc and a histogram observe with labels), per call, against an empty loop. */
function hookBodyNs(): { body: number; empty: number } {
  const register = new Registry();
  const requests = new Counter({ name: 'r', help: 'r', labelNames: ['method', 'route', 'status'], registers: [register] });
  const latency = new Histogram({
    name: 'l',
    help: 'l',
    labelNames: ['method', 'route'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [register],
  });
  const n = 200_000;
  const routes = ['/api/health', '/api/items/:id', '/api/alerts', '/api/networks/entities'];
  let sink = 0;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const route = routes[i & 3];
    requests.inc({ method: 'GET', route, status: 200 });
    latency.observe({ method: 'GET', route }, (i % 100) / 10_000);
  }
  const t1 = performance.now();
  for (let i = 0; i < n; i++) {
    const route = routes[i & 3];
    sink += route.length + (i % 100) / 10_000;
  }
  const t2 = performance.now();
  if (sink < 0) console.log(sink);
  return { body: ((t1 - t0) / n) * 1e6, empty: ((t2 - t1) / n) * 1e6 };
}
const bodies = Array.from({ length: rounds }, () => hookBodyNs());

const withMetrics = await build(true);
const baseline = await build(false);
const figures = { injectMetrics: [] as number[], injectBase: [] as number[], httpMetrics: [] as number[], httpBase: [] as number[] };
await injectRate(withMetrics);
await injectRate(baseline); // warm-up
for (let r = 0; r < rounds; r++) {
  figures.injectBase.push(await injectRate(baseline));
  figures.injectMetrics.push(await injectRate(withMetrics));
  figures.httpBase.push(await httpRate(baseline));
  figures.httpMetrics.push(await httpRate(withMetrics));
}
await withMetrics.close();
await baseline.close();

const fmt = (xs: number[]) => `${Math.round(median(xs))} req/s (range ${Math.round(Math.min(...xs))}-${Math.round(Math.max(...xs))})`;
const perRequestUs = (withM: number[], base: number[]) => ((1 / median(withM) - 1 / median(base)) * 1e6).toFixed(2);
console.log(
  `metrics hook, ${rounds} rounds of ${perRound} requests, Node ${process.version}, ${os.cpus().length} cores, load ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(`inject  baseline (empty hook): ${fmt(figures.injectBase)}`);
console.log(
  `inject  metrics hook:          ${fmt(figures.injectMetrics)}  ratio ${(median(figures.injectMetrics) / median(figures.injectBase)).toFixed(3)}, +${perRequestUs(figures.injectMetrics, figures.injectBase)} us/request`,
);
console.log(`http    baseline (empty hook): ${fmt(figures.httpBase)}`);
console.log(
  `http    metrics hook:          ${fmt(figures.httpMetrics)}  ratio ${(median(figures.httpMetrics) / median(figures.httpBase)).toFixed(3)}, +${perRequestUs(figures.httpMetrics, figures.httpBase)} us/request`,
);
console.log(
  `hook body alone: ${Math.round(median(bodies.map((b) => b.body)))} ns/request (range ${Math.round(Math.min(...bodies.map((b) => b.body)))}-${Math.round(Math.max(...bodies.map((b) => b.body)))}); empty loop ${Math.round(median(bodies.map((b) => b.empty)))} ns`,
);
