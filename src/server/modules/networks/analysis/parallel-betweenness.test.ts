// Betweenness on several threads gives the figures of the single-threaded computation, exact and sampled.
import { describe, expect, it } from 'vitest';
import { betweenness, sampledBetweenness } from './centrality';
import { buildCsrFromArrays, type CsrGraph } from './csr';
import { pathOfFive } from './known-networks';
import { betweennessInParallel, sampledBetweennessInParallel } from './parallel-betweenness';
import { seededRandom } from './seeded-random';

/** A random network of two components (one of them a chain), so that sources do unequal work. */
function randomNetwork(n: number, links: number): CsrGraph {
  const random = seededRandom(7);
  const sources = new Int32Array(links);
  const targets = new Int32Array(links);
  const big = Math.floor(n * 0.8);
  for (let e = 0; e < links; e++) {
    const inBig = e < links * 0.9;
    const a = inBig ? Math.floor(random() * big) : big + (e % (n - big - 1));
    sources[e] = a;
    targets[e] = inBig ? Math.floor(random() * big) : a + 1;
  }
  return buildCsrFromArrays(
    Array.from({ length: n }, (_, i) => `n${i}`),
    sources,
    targets,
  );
}

const sameFigures = (actual: Float64Array, expected: Float64Array) => {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  for (let v = 0; v < expected.length; v++) worst = Math.max(worst, Math.abs(actual[v] - expected[v]) / Math.max(1, expected[v]));
  expect(worst).toBeLessThan(1e-9);
};

describe('betweenness on several threads', () => {
  const graph = randomNetwork(600, 2400);

  it('gives the exact figures of one thread, for two and three threads', async () => {
    const one = betweenness(graph);
    sameFigures(await betweennessInParallel(graph, { threads: 2, parallelAbove: 0 }), one);
    sameFigures(await betweennessInParallel(graph, { threads: 3, parallelAbove: 0, normalised: true }), betweenness(graph, { normalised: true }));
  });

  it('samples the same pivots as one thread for the same seed', async () => {
    sameFigures(
      await sampledBetweennessInParallel(graph, { pivots: 50, seed: 3, threads: 2, parallelAbove: 0 }),
      sampledBetweenness(graph, { pivots: 50, seed: 3 }),
    );
  });

  it('stays on one thread for a small network, with the same answer', async () => {
    expect([...(await betweennessInParallel(pathOfFive()))]).toEqual([0, 3, 4, 3, 0]);
    expect([...(await betweennessInParallel(pathOfFive(), { threads: 2, parallelAbove: 0 }))]).toEqual([0, 3, 4, 3, 0]);
  });
});
