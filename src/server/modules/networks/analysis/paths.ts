// Routes through a network: shortest chain of links between two people, and everyone within N hops.

import type { CsrGraph } from './csr';

export interface TraversalOptions {
  /**
   * allowed[v] !== 0 means the search may enter node v. Lets a caller confine a search (to one
   * case, one period, one country) without rebuilding the graph.
   */
  allowed?: Uint8Array;
}

export interface NeighbourhoodOptions extends TraversalOptions {
  hops: number;
}

export interface Neighbourhood {
  /** Nodes reached, the start first, in order of increasing hops. */
  nodes: Int32Array;
  /** hops[i] is the number of links from the start to nodes[i]. */
  hops: Int32Array;
}

/**
 * Fewest-links path from `from` to `to` as a list of node indices (both ends included), or null
 * when no path exists through allowed nodes.
 */
export function shortestPath(graph: CsrGraph, from: number, to: number, options: TraversalOptions = {}): number[] | null {
  const { allowed } = options;
  if (allowed && (!allowed[from] || !allowed[to])) return null;
  if (from === to) return [from];
  const { offsets, targets } = graph;
  const parent = new Int32Array(graph.nodeCount).fill(-1);
  const queue = new Int32Array(graph.nodeCount);
  parent[from] = from;
  queue[0] = from;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const v = queue[head++];
    for (let i = offsets[v], end = offsets[v + 1]; i < end; i++) {
      const w = targets[i];
      if (parent[w] >= 0 || (allowed && !allowed[w])) continue;
      parent[w] = v;
      if (w === to) return tracePath(parent, from, to);
      queue[tail++] = w;
    }
  }
  return null;
}

function tracePath(parent: Int32Array, from: number, to: number): number[] {
  const path = [to];
  for (let v = to; v !== from; ) {
    v = parent[v];
    path.push(v);
  }
  return path.reverse();
}

/** Everyone within `hops` links of `start` (start included at 0 hops). */
export function neighbourhood(graph: CsrGraph, start: number, options: NeighbourhoodOptions): Neighbourhood {
  const search = breadthFirst(graph, start, options.allowed, options.hops);
  const nodes = search.order.slice(0, search.reached);
  const hops = new Int32Array(search.reached);
  for (let i = 0; i < search.reached; i++) hops[i] = search.distance[nodes[i]];
  return { nodes, hops };
}

export interface HopDistanceOptions extends TraversalOptions {
  /** Stop expanding past this many hops. */
  maxHops?: number;
}

/** Breadth-first search: hops from `start` to every node, -1 where unreachable. */
export function hopDistances(graph: CsrGraph, start: number, options: HopDistanceOptions = {}): Int32Array {
  return breadthFirst(graph, start, options.allowed, options.maxHops ?? Infinity).distance;
}

interface BreadthFirstSearch {
  distance: Int32Array;
  /** Nodes in the order reached; the first `reached` entries are meaningful. */
  order: Int32Array;
  reached: number;
}

function breadthFirst(graph: CsrGraph, start: number, allowed: Uint8Array | undefined, maxHops: number): BreadthFirstSearch {
  const { offsets, targets } = graph;
  const distance = new Int32Array(graph.nodeCount).fill(-1);
  const order = new Int32Array(graph.nodeCount);
  if (allowed && !allowed[start]) return { distance, order, reached: 0 };
  distance[start] = 0;
  order[0] = start;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const v = order[head++];
    const nextDistance = distance[v] + 1;
    if (nextDistance > maxHops) break;
    for (let i = offsets[v], end = offsets[v + 1]; i < end; i++) {
      const w = targets[i];
      if (distance[w] >= 0 || (allowed && !allowed[w])) continue;
      distance[w] = nextDistance;
      order[tail++] = w;
    }
  }
  return { distance, order, reached: tail };
}
