// The network as compressed sparse rows in typed arrays: the one graph shape every analysis here reads.

export interface NetworkEdge {
  /** Index into the node id list. */
  source: number;
  /** Index into the node id list. */
  target: number;
  /** Strength of the link; 1 when absent. */
  weight?: number;
}

/**
 * Row `v` of a view is `targets[offsets[v] .. offsets[v + 1])` with matching `weights`.
 * The undirected view merges parallel links (weights summed) and drops self-links, so that a
 * person linked to another twice (say "leads" and "finances") is one connection for paths and
 * centrality. The directed views keep every link as given, for role and direction-aware measures.
 */
export interface CsrGraph {
  readonly nodeIds: readonly string[];
  readonly nodeCount: number;
  /** Distinct undirected connections (each counted once). */
  readonly edgeCount: number;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
  /** Sum of undirected weights, each connection counted once. */
  readonly totalWeight: number;
  /** Every undirected weight is 1, so measures may skip reading weights. */
  readonly unitWeights: boolean;
  readonly out: DirectedRows;
  readonly in: DirectedRows;
}

export interface DirectedRows {
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
}

export function buildCsrGraph(nodeIds: readonly string[], edges: readonly NetworkEdge[]): CsrGraph {
  const n = nodeIds.length;
  const m = edges.length;
  const sources = new Int32Array(m);
  const targets = new Int32Array(m);
  const weights = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    const edge = edges[e];
    const s = edge.source;
    const t = edge.target;
    if (!(s >= 0 && s < n && t >= 0 && t < n) || (s | 0) !== s || (t | 0) !== t) {
      throw new RangeError(`edge ${e} refers to a node outside 0..${n - 1}`);
    }
    const w = edge.weight ?? 1;
    if (!(w > 0 && Number.isFinite(w))) throw new RangeError(`edge ${e} has a weight that is not positive`);
    sources[e] = s;
    targets[e] = t;
    weights[e] = w;
  }
  return buildCsrFromArrays(nodeIds, sources, targets, weights);
}

/** Same as buildCsrGraph, from parallel arrays (no per-edge objects); used for large graphs. */
export function buildCsrFromArrays(nodeIds: readonly string[], sources: Int32Array, targets: Int32Array, weights?: Float64Array): CsrGraph {
  const n = nodeIds.length;
  const out = directedRows(n, sources, targets, weights);
  const incoming = directedRows(n, targets, sources, weights);
  const undirected = mergeUndirected(n, sources, targets, weights);
  let totalWeight = 0;
  let unitWeights = true;
  for (let i = 0; i < undirected.weights.length; i++) {
    totalWeight += undirected.weights[i];
    if (undirected.weights[i] !== 1) unitWeights = false;
  }
  return {
    nodeIds,
    nodeCount: n,
    edgeCount: undirected.targets.length / 2,
    offsets: undirected.offsets,
    targets: undirected.targets,
    weights: undirected.weights,
    totalWeight: totalWeight / 2,
    unitWeights,
    out,
    in: incoming,
  };
}

/** Counting sort of the links by their `from` end. */
function directedRows(n: number, from: Int32Array, to: Int32Array, weights?: Float64Array): DirectedRows {
  const m = from.length;
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) offsets[from[e] + 1]++;
  for (let v = 0; v < n; v++) offsets[v + 1] += offsets[v];
  const cursor = offsets.slice(0, n);
  const targets = new Int32Array(m);
  const rowWeights = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    const at = cursor[from[e]]++;
    targets[at] = to[e];
    rowWeights[at] = weights ? weights[e] : 1;
  }
  return { offsets, targets, weights: rowWeights };
}

function mergeUndirected(n: number, sources: Int32Array, targets: Int32Array, weights?: Float64Array): DirectedRows {
  const m = sources.length;
  const counts = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    if (sources[e] === targets[e]) continue;
    counts[sources[e] + 1]++;
    counts[targets[e] + 1]++;
  }
  for (let v = 0; v < n; v++) counts[v + 1] += counts[v];
  const cursor = counts.slice(0, n);
  const rawTargets = new Int32Array(counts[n]);
  const rawWeights = new Float64Array(counts[n]);
  for (let e = 0; e < m; e++) {
    const s = sources[e];
    const t = targets[e];
    if (s === t) continue;
    const w = weights ? weights[e] : 1;
    let at = cursor[s]++;
    rawTargets[at] = t;
    rawWeights[at] = w;
    at = cursor[t]++;
    rawTargets[at] = s;
    rawWeights[at] = w;
  }
  // Merge parallel links row by row: lastRow[t] says whether t was already seen in this row.
  const offsets = new Int32Array(n + 1);
  const lastRow = new Int32Array(n).fill(-1);
  const slot = new Int32Array(n);
  let write = 0;
  for (let v = 0; v < n; v++) {
    const rowStart = write;
    for (let i = counts[v]; i < counts[v + 1]; i++) {
      const t = rawTargets[i];
      if (lastRow[t] === v) {
        rawWeights[slot[t]] += rawWeights[i];
      } else {
        lastRow[t] = v;
        slot[t] = write;
        rawTargets[write] = t;
        rawWeights[write] = rawWeights[i];
        write++;
      }
    }
    offsets[v] = rowStart;
  }
  offsets[n] = write;
  return { offsets, targets: rawTargets.slice(0, write), weights: rawWeights.slice(0, write) };
}

/** Looks node ids up by index; throws on an id the graph does not hold. */
export function nodeIndexer(graph: CsrGraph): (id: string) => number {
  const index = new Map<string, number>();
  graph.nodeIds.forEach((id, i) => index.set(id, i));
  return (id) => {
    const i = index.get(id);
    if (i === undefined) throw new RangeError(`no node ${id} in this network`);
    return i;
  };
}
