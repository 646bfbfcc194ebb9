// Betweenness on every core: the sources are shared out between worker threads that read one copy of the
// CSR graph (SharedArrayBuffer), each sums its part of Brandes' dependencies, and the parts are added up.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { accumulateDependencies, type BetweennessOptions, type SampledBetweennessOptions, samplePivots, scaleBetweenness } from './centrality';
import type { CsrGraph } from './csr';

export interface ParallelOptions {
  /** Threads to use, the calling one included; default: every core the process may use. */
  threads?: number;
  /**
   * Below this much work (sources x (nodes + links)) one thread is faster than starting workers
   * (a worker costs a few tens of milliseconds to start).
   */
  parallelAbove?: number;
}

const defaultParallelAbove = 20_000_000;

// The worker runs the same kernel as the single-threaded path: its compiled source, so there is no second
// copy to keep in step and no TypeScript loader needed inside the worker.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const accumulate = (${accumulateDependencies.toString()});
const { offsets, targets, n, sources } = workerData;
const result = accumulate(new Int32Array(offsets), new Int32Array(targets), n, sources);
parentPort.postMessage(result, [result.buffer]);
`;

function shared(array: Int32Array): SharedArrayBuffer {
  const buffer = new SharedArrayBuffer(array.byteLength);
  new Int32Array(buffer).set(array);
  return buffer;
}

function inWorker(offsets: SharedArrayBuffer, targets: SharedArrayBuffer, n: number, sources: Int32Array): Promise<Float64Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerSource, { eval: true, workerData: { offsets, targets, n, sources } });
    let answered = false;
    worker.once('message', (result: Float64Array) => {
      answered = true;
      resolve(result);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`betweenness worker stopped (exit code ${code}) before answering`));
    });
  });
}

/** Sum of dependencies from `sources`, shared out round-robin over the threads (equal work on a connected graph). */
async function accumulateInParallel(graph: CsrGraph, sources: Int32Array, options: ParallelOptions): Promise<Float64Array> {
  const n = graph.nodeCount;
  const work = sources.length * (n + graph.targets.length);
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), sources.length));
  if (threads === 1 || work <= (options.parallelAbove ?? defaultParallelAbove)) return accumulateDependencies(graph.offsets, graph.targets, n, sources);
  const parts = Array.from({ length: threads }, (_, t) => sources.filter((_s, i) => i % threads === t));
  const offsets = shared(graph.offsets);
  const targets = shared(graph.targets);
  const others = parts.slice(1).map((part) => inWorker(offsets, targets, n, part));
  // This thread takes the first share itself while the workers run; then waits for theirs.
  let mine: Float64Array;
  try {
    mine = accumulateDependencies(graph.offsets, graph.targets, n, parts[0]);
  } finally {
    await Promise.allSettled(others); // never leave a worker running behind an error
  }
  for (const part of await Promise.all(others)) for (let v = 0; v < n; v++) mine[v] += part[v];
  return mine;
}

/** Exact betweenness (Brandes), as centrality.ts's betweenness(), on several threads. */
export async function betweennessInParallel(graph: CsrGraph, options: BetweennessOptions & ParallelOptions = {}): Promise<Float64Array> {
  const n = graph.nodeCount;
  const sources = new Int32Array(n);
  for (let v = 0; v < n; v++) sources[v] = v;
  return scaleBetweenness(await accumulateInParallel(graph, sources, options), n, n, options.normalised ?? false);
}

/** Pivot-sampled betweenness, as centrality.ts's sampledBetweenness() (same pivots for the same seed), on several threads. */
export async function sampledBetweennessInParallel(graph: CsrGraph, options: SampledBetweennessOptions & ParallelOptions): Promise<Float64Array> {
  const n = graph.nodeCount;
  const pivots = samplePivots(n, options);
  return scaleBetweenness(await accumulateInParallel(graph, pivots, options), n, pivots.length, options.normalised ?? false);
}
