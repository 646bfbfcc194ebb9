// Brokers: people whose links cross from one community into others, ranked by how much they bridge.

import type { CsrGraph } from './csr';

export interface Broker {
  node: number;
  /** Communities touched: the broker's own and those of its neighbours. */
  communities: number[];
  communitiesBridged: number;
  betweenness: number;
  /** 0..2: betweenness relative to the highest plus communities bridged relative to the most. */
  score: number;
}

export interface BrokerOptions {
  /** Least number of communities a node must touch (its own included); default 2. */
  minCommunities?: number;
  limit?: number;
}

/** Communities each node touches (its own first, then its neighbours' in ascending order). */
export function communitiesTouched(graph: CsrGraph, communities: Int32Array, node: number): number[] {
  const own = communities[node];
  const others = new Set<number>();
  for (let i = graph.offsets[node]; i < graph.offsets[node + 1]; i++) {
    const c = communities[graph.targets[i]];
    if (c !== own) others.add(c);
  }
  return [own, ...[...others].sort((a, b) => a - b)];
}

/**
 * Nodes whose neighbours span several communities, scored by betweenness and by the number of
 * communities they bridge, highest first.
 */
export function findBrokers(graph: CsrGraph, communities: Int32Array, betweenness: Float64Array, options: BrokerOptions = {}): Broker[] {
  const minCommunities = Math.max(2, options.minCommunities ?? 2);
  const found: Omit<Broker, 'score'>[] = [];
  let highestBetweenness = 0;
  let widest = 2;
  for (let v = 0; v < graph.nodeCount; v++) {
    const touched = communitiesTouched(graph, communities, v);
    if (touched.length < minCommunities) continue;
    found.push({ node: v, communities: touched, communitiesBridged: touched.length, betweenness: betweenness[v] });
    highestBetweenness = Math.max(highestBetweenness, betweenness[v]);
    widest = Math.max(widest, touched.length);
  }
  const brokers = found.map((b) => ({
    ...b,
    score: (highestBetweenness > 0 ? b.betweenness / highestBetweenness : 0) + (b.communitiesBridged - 1) / (widest - 1),
  }));
  brokers.sort((a, b) => b.score - a.score || b.betweenness - a.betweenness || a.node - b.node);
  return options.limit === undefined ? brokers : brokers.slice(0, options.limit);
}
