// What the metrics hook costs a request: the same bare Fastify route with the portal's onResponse metrics hook and
// with an empty onResponse hook (the baseline), interleaved round by round, in-process through inject() and over HTTP.
// Usage: npx tsx bench/metrics-hook.ts [requestsPerRound=20000] [rounds=7]
import os from 'node:os';
import http from 'node:http';
import Fastify, { type FastifyInstance } from 'fastify';
import { Registry } from 'prom-client';
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
  const one = (i: number) => new Promise<void>((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path: `/api/items/${i}`, agent }, (res) => { res.resume(); res.on('end', resolve); }).on('error', reject);
  });
  const started = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: 8 }, async () => { while (next < perRound) await one(next++); }));
  agent.destroy();
  return perRound / ((performance.now() - started) / 1000);
}

const withMetrics = await build(true);
const baseline = await build(false);
const figures = { injectMetrics: [] as number[], injectBase: [] as number[], httpMetrics: [] as number[], httpBase: [] as number[] };
await injectRate(withMetrics); await injectRate(baseline); // warm-up
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
console.log(`metrics hook, ${rounds} rounds of ${perRound} requests, Node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`inject  baseline (empty hook): ${fmt(figures.injectBase)}`);
console.log(`inject  metrics hook:          ${fmt(figures.injectMetrics)}  ratio ${(median(figures.injectMetrics) / median(figures.injectBase)).toFixed(3)}, +${perRequestUs(figures.injectMetrics, figures.injectBase)} us/request`);
console.log(`http    baseline (empty hook): ${fmt(figures.httpBase)}`);
console.log(`http    metrics hook:          ${fmt(figures.httpMetrics)}  ratio ${(median(figures.httpMetrics) / median(figures.httpBase)).toFixed(3)}, +${perRequestUs(figures.httpMetrics, figures.httpBase)} us/request`);
