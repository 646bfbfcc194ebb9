// Small networks whose centrality and communities are known by hand, shared by the tests.

import { buildCsrGraph, type CsrGraph } from './csr';

export function networkOf(nodeCount: number, links: readonly [number, number][]): CsrGraph {
  const ids = Array.from({ length: nodeCount }, (_, i) => `p${i}`);
  return buildCsrGraph(
    ids,
    links.map(([source, target]) => ({ source, target })),
  );
}

/** 0 - 1 - 2 - 3 - 4 */
export const pathOfFive = () =>
  networkOf(5, [
    [0, 1],
    [1, 2],
    [2, 3],
    [3, 4],
  ]);

/** Hub 0 linked to 1..5, who are not linked to each other. */
export const starOfSix = () =>
  networkOf(6, [
    [0, 1],
    [0, 2],
    [0, 3],
    [0, 4],
    [0, 5],
  ]);

/** Two groups of five, everyone linked within a group; 4 and 5 are the only link between them. */
export function twoCliquesWithBridge(): CsrGraph {
  const links: [number, number][] = [];
  for (const base of [0, 5]) {
    for (let a = 0; a < 5; a++) for (let b = a + 1; b < 5; b++) links.push([base + a, base + b]);
  }
  links.push([4, 5]);
  return networkOf(10, links);
}
