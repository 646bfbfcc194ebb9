// Seeded Barabasi-Albert graphs (preferential attachment): the scale-free shape of real criminal networks.

import { seededRandom } from '../../src/server/modules/networks/analysis/seeded-random';

export interface EdgeArrays {
  nodeCount: number;
  sources: Int32Array;
  targets: Int32Array;
}

/**
 * `nodeCount` nodes and exactly `edgeCount` distinct undirected edges, no self-loops. Each new node
 * attaches to round(edgeCount / nodeCount) existing nodes chosen in proportion to their degree,
 * starting from a small clique; a few extra preferential edges make up the exact count.
 */
export function barabasiAlbert(nodeCount: number, edgeCount: number, seed = 42): EdgeArrays {
  const perNode = Math.max(1, Math.round(edgeCount / nodeCount));
  const start = Math.min(perNode + 1, nodeCount);
  const maxEdges = (nodeCount * (nodeCount - 1)) / 2;
  if (edgeCount > maxEdges) throw new RangeError(`${nodeCount} nodes hold at most ${maxEdges} edges`);
  const random = seededRandom(seed);
  const sources = new Int32Array(edgeCount);
  const targets = new Int32Array(edgeCount);
  // Every edge end, so that a uniform pick from it is a pick in proportion to degree.
  const ends = new Int32Array(2 * edgeCount);
  const seen = new Set<number>();
  let count = 0;
  let endCount = 0;
  const add = (a: number, b: number): boolean => {
    const key = a < b ? a * nodeCount + b : b * nodeCount + a;
    if (a === b || seen.has(key) || count >= edgeCount) return false;
    seen.add(key);
    sources[count] = a;
    targets[count] = b;
    count++;
    ends[endCount++] = a;
    ends[endCount++] = b;
    return true;
  };
  for (let a = 0; a < start; a++) for (let b = a + 1; b < start; b++) add(a, b);
  const chosen = new Set<number>();
  for (let v = start; v < nodeCount && count < edgeCount; v++) {
    chosen.clear();
    const want = Math.min(perNode, v);
    while (chosen.size < want) chosen.add(endCount > 0 ? ends[Math.floor(random() * endCount)] : Math.floor(random() * v));
    for (const target of chosen) add(v, target);
  }
  while (count < edgeCount) {
    add(Math.floor(random() * nodeCount), endCount > 0 ? ends[Math.floor(random() * endCount)] : Math.floor(random() * nodeCount));
  }
  return { nodeCount, sources, targets };
}
