// Groups of people more tightly linked to each other than to the rest: Louvain modularity optimisation.

import type { CsrGraph } from './csr';
import { seededRandom, shuffleInPlace } from './seeded-random';

export interface LouvainOptions {
  /** Same seed, same graph: same communities. */
  seed?: number;
  /** Above 1 favours smaller communities, below 1 larger ones. */
  resolution?: number;
  /** Stop after this many aggregation levels. */
  maxLevels?: number;
}

export interface LouvainResult {
  /** Community number (0-based, dense) of each node. */
  communities: Int32Array;
  communityCount: number;
  /** Newman-Girvan modularity of the partition, with the resolution used. */
  modularity: number;
  levels: number;
}

/** A level of the Louvain hierarchy: communities of the level below, as weighted rows. */
interface Level {
  nodeCount: number;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  /** Weight of links inside each node (links between members of a merged community). */
  loops: Float64Array;
}

const gainEpsilon = 1e-12;

/**
 * Louvain: move each node to the neighbouring community that most increases modularity until no
 * move helps, then merge each community into one node and repeat on the smaller graph.
 */
export function louvain(graph: CsrGraph, options: LouvainOptions = {}): LouvainResult {
  const resolution = options.resolution ?? 1;
  const maxLevels = options.maxLevels ?? 100;
  const random = seededRandom(options.seed ?? 1);
  const n = graph.nodeCount;
  const membership = new Int32Array(n);
  for (let v = 0; v < n; v++) membership[v] = v;
  const doubleWeight = 2 * graph.totalWeight;
  let level: Level = {
    nodeCount: n,
    offsets: graph.offsets,
    targets: graph.targets,
    weights: graph.weights,
    loops: new Float64Array(n),
  };
  let levels = 0;
  while (doubleWeight > 0 && levels < maxLevels) {
    const { community, communityCount } = moveNodes(level, doubleWeight, resolution, random);
    if (communityCount === level.nodeCount) break;
    levels++;
    for (let v = 0; v < n; v++) membership[v] = community[membership[v]];
    level = aggregate(level, community, communityCount);
  }
  const communityCount = renumber(membership);
  return { communities: membership, communityCount, modularity: modularity(graph, membership, resolution), levels };
}

function moveNodes(level: Level, doubleWeight: number, resolution: number, random: () => number) {
  const { nodeCount: n, offsets, targets, weights, loops } = level;
  const strength = new Float64Array(n);
  const total = new Float64Array(n);
  const community = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    let s = 2 * loops[v];
    for (let i = offsets[v]; i < offsets[v + 1]; i++) s += weights[i];
    strength[v] = s;
    total[v] = s;
    community[v] = v;
  }
  // Fast local moves (as in Leiden and graphology): visit every node once in random order, then
  // revisit only neighbours of nodes that moved, until nothing is waiting.
  const queue = shuffleInPlace(
    Int32Array.from({ length: n }, (_, i) => i),
    random,
  );
  const waiting = new Uint8Array(n).fill(1);
  let head = 0;
  let size = n;
  const linkWeight = new Float64Array(n);
  const seenAt = new Int32Array(n).fill(-1);
  const candidates = new Int32Array(n);
  const scale = resolution / doubleWeight;
  let stamp = 0;
  while (size > 0) {
    const v = queue[head];
    head = head + 1 === n ? 0 : head + 1;
    size--;
    waiting[v] = 0;
    const own = community[v];
    const vStrength = strength[v];
    stamp++;
    let count = 0;
    seenAt[own] = stamp;
    linkWeight[own] = 0;
    candidates[count++] = own;
    const rowStart = offsets[v];
    const rowEnd = offsets[v + 1];
    for (let i = rowStart; i < rowEnd; i++) {
      const c = community[targets[i]];
      if (seenAt[c] !== stamp) {
        seenAt[c] = stamp;
        linkWeight[c] = 0;
        candidates[count++] = c;
      }
      linkWeight[c] += weights[i];
    }
    total[own] -= vStrength;
    let best = own;
    let bestGain = linkWeight[own] - total[own] * vStrength * scale;
    for (let j = 1; j < count; j++) {
      const c = candidates[j];
      const gain = linkWeight[c] - total[c] * vStrength * scale;
      if (gain > bestGain + gainEpsilon) {
        best = c;
        bestGain = gain;
      }
    }
    total[best] += vStrength;
    if (best === own) continue;
    community[v] = best;
    for (let i = rowStart; i < rowEnd; i++) {
      const w = targets[i];
      if (waiting[w] || community[w] === best) continue;
      waiting[w] = 1;
      let tail = head + size;
      if (tail >= n) tail -= n;
      queue[tail] = w;
      size++;
    }
  }
  const communityCount = renumber(community);
  return { community, communityCount };
}

/** Renumbers community labels densely, in order of first appearance; returns how many there are. */
function renumber(labels: Int32Array): number {
  const mapping = new Int32Array(labels.length).fill(-1);
  let next = 0;
  for (let v = 0; v < labels.length; v++) {
    const label = labels[v];
    if (mapping[label] < 0) mapping[label] = next++;
    labels[v] = mapping[label];
  }
  return next;
}

function aggregate(level: Level, community: Int32Array, communityCount: number): Level {
  const { nodeCount: n, offsets, targets, weights, loops } = level;
  // Members of each community, contiguous (counting sort).
  const memberStart = new Int32Array(communityCount + 1);
  for (let v = 0; v < n; v++) memberStart[community[v] + 1]++;
  for (let c = 0; c < communityCount; c++) memberStart[c + 1] += memberStart[c];
  const cursor = memberStart.slice(0, communityCount);
  const members = new Int32Array(n);
  for (let v = 0; v < n; v++) members[cursor[community[v]]++] = v;

  const newOffsets = new Int32Array(communityCount + 1);
  const newTargets = new Int32Array(targets.length);
  const newWeights = new Float64Array(targets.length);
  const newLoops = new Float64Array(communityCount);
  const slot = new Int32Array(communityCount).fill(-1);
  let write = 0;
  for (let c = 0; c < communityCount; c++) {
    const rowStart = write;
    newOffsets[c] = rowStart;
    let inside = 0;
    for (let m = memberStart[c]; m < memberStart[c + 1]; m++) {
      const v = members[m];
      newLoops[c] += loops[v];
      for (let i = offsets[v], end = offsets[v + 1]; i < end; i++) {
        const d = community[targets[i]];
        if (d === c) {
          inside += weights[i];
        } else if (slot[d] >= rowStart) {
          newWeights[slot[d]] += weights[i];
        } else {
          slot[d] = write;
          newTargets[write] = d;
          newWeights[write] = weights[i];
          write++;
        }
      }
    }
    // Links inside the community appear once from each end.
    newLoops[c] += inside / 2;
  }
  newOffsets[communityCount] = write;
  return {
    nodeCount: communityCount,
    offsets: newOffsets,
    targets: newTargets.slice(0, write),
    weights: newWeights.slice(0, write),
    loops: newLoops,
  };
}

/** Modularity of a partition of the undirected, weighted view (igraph's and networkx's definition). */
export function modularity(graph: CsrGraph, communities: ArrayLike<number>, resolution = 1): number {
  const doubleWeight = 2 * graph.totalWeight;
  if (doubleWeight === 0) return 0;
  let communityCount = 0;
  for (let v = 0; v < graph.nodeCount; v++) communityCount = Math.max(communityCount, communities[v] + 1);
  const total = new Float64Array(communityCount);
  let inside = 0;
  for (let v = 0; v < graph.nodeCount; v++) {
    const c = communities[v];
    for (let i = graph.offsets[v]; i < graph.offsets[v + 1]; i++) {
      total[c] += graph.weights[i];
      if (communities[graph.targets[i]] === c) inside += graph.weights[i];
    }
  }
  let expected = 0;
  for (let c = 0; c < communityCount; c++) expected += (total[c] / doubleWeight) ** 2;
  return inside / doubleWeight - resolution * expected;
}
