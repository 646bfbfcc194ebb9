// Louvain communities: finds the obvious groups, reports true modularity, repeats with a seed.

import { describe, expect, it } from 'vitest';
import { louvain, modularity } from './communities';
import { networkOf, twoCliquesWithBridge } from './known-networks';

describe('Louvain communities', () => {
  it('separates two groups joined by a single link', () => {
    const result = louvain(twoCliquesWithBridge(), { seed: 3 });
    const c = [...result.communities];
    expect(result.communityCount).toBe(2);
    expect(new Set(c.slice(0, 5)).size).toBe(1);
    expect(new Set(c.slice(5)).size).toBe(1);
    expect(c[0]).not.toBe(c[5]);
    // 20 of 21 links inside, each group holding half the degree: 20/21 - 2 * (1/2)^2.
    expect(result.modularity).toBeCloseTo(20 / 21 - 0.5, 10);
  });

  it('merges across levels: a ring of small cliques groups each clique', () => {
    const links: [number, number][] = [];
    const cliques = 8;
    for (let k = 0; k < cliques; k++) {
      const base = k * 4;
      for (let a = 0; a < 4; a++) for (let b = a + 1; b < 4; b++) links.push([base + a, base + b]);
      links.push([base + 3, ((k + 1) % cliques) * 4]);
    }
    const graph = networkOf(cliques * 4, links);
    const result = louvain(graph, { seed: 1 });
    for (let k = 0; k < cliques; k++) {
      expect(new Set(result.communities.subarray(k * 4, k * 4 + 4)).size).toBe(1);
    }
    expect(result.modularity).toBeCloseTo(modularity(graph, result.communities), 12);
    expect(result.modularity).toBeGreaterThan(0.6);
  });

  it('gives the same answer for the same seed', () => {
    const links: [number, number][] = [];
    for (let i = 0; i < 60; i++) links.push([i, (i * 7 + 3) % 60], [i, (i + 1) % 60]);
    const graph = networkOf(60, links);
    expect([...louvain(graph, { seed: 9 }).communities]).toEqual([...louvain(graph, { seed: 9 }).communities]);
  });

  it('leaves people with no links in communities of their own', () => {
    const result = louvain(networkOf(3, []));
    expect(result.communityCount).toBe(3);
    expect(result.modularity).toBe(0);
  });
});
