// Betweenness on every core: the sources are shared out between worker threads that read one copy of the
// CSR graph (SharedArrayBuffer), each sums its part of Brandes' dependencies, and the parts are added up.
import { readFileSync } from 'node:fs';
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
  /** Told how the work went (for the benchmark): each thread's CPU time and how long the workers took to start. */
  onProfile?: (profile: ParallelProfile) => void;
}

export interface ParallelProfile {
  threads: number;
  wallMs: number;
  /** CPU milliseconds of each thread while it computed (the calling thread first); Linux only, else 0. */
  threadCpuMs: number[];
  /** Milliseconds from asking for each worker to its first line of work. */
  workerStartMs: number[];
}

// This thread's CPU milliseconds from /proc/thread-self (Node 20 has no per-thread CPU clock); 0 elsewhere. Kept free of
// imports and closures (the file reader is passed in): the workers run its source too.
function threadCpuMs(read: (path: string, encoding: 'utf8') => string): number {
  try {
    const fields = read('/proc/thread-self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

const defaultParallelAbove = 20_000_000;

// The worker runs the same kernel as the single-threaded path: its compiled source, so there is no second
// copy to keep in step and no TypeScript loader needed inside the worker.
const workerSource = `
const startedAt = performance.timeOrigin + performance.now();
const { parentPort, workerData } = require('node:worker_threads');
const accumulate = (${accumulateDependencies.toString()});
const threadCpuMs = (${threadCpuMs.toString()});
const { offsets, targets, n, sources } = workerData;
const read = require('node:fs').readFileSync;
const cpuBefore = threadCpuMs(read);
const result = accumulate(new Int32Array(offsets), new Int32Array(targets), n, sources);
parentPort.postMessage({ result, startedAt, cpuMs: threadCpuMs(read) - cpuBefore }, [result.buffer]);
`;

interface WorkerAnswer {
  result: Float64Array;
  /** Epoch milliseconds at which the worker's script began. */
  startedAt: number;
  cpuMs: number;
}

const epochMs = () => performance.timeOrigin + performance.now();

function shared(array: Int32Array): SharedArrayBuffer {
  const buffer = new SharedArrayBuffer(array.byteLength);
  new Int32Array(buffer).set(array);
  return buffer;
}

function inWorker(offsets: SharedArrayBuffer, targets: SharedArrayBuffer, n: number, sources: Int32Array): Promise<WorkerAnswer & { askedAt: number }> {
  return new Promise((resolve, reject) => {
    const askedAt = epochMs();
    const worker = new Worker(workerSource, { eval: true, workerData: { offsets, targets, n, sources } });
    let answered = false;
    worker.once('message', (answer: WorkerAnswer) => {
      answered = true;
      resolve({ ...answer, askedAt });
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
  const started = performance.now();
  const parts = Array.from({ length: threads }, (_, t) => sources.filter((_s, i) => i % threads === t));
  const offsets = shared(graph.offsets);
  const targets = shared(graph.targets);
  const others = parts.slice(1).map((part) => inWorker(offsets, targets, n, part));
  // This thread takes the first share itself while the workers run; then waits for theirs.
  let mine: Float64Array;
  const cpuBefore = threadCpuMs(readFileSync);
  let myCpu: number;
  try {
    mine = accumulateDependencies(graph.offsets, graph.targets, n, parts[0]);
    myCpu = threadCpuMs(readFileSync) - cpuBefore;
  } finally {
    await Promise.allSettled(others); // never leave a worker running behind an error
  }
  const answers = await Promise.all(others);
  for (const { result } of answers) for (let v = 0; v < n; v++) mine[v] += result[v];
  options.onProfile?.({
    threads,
    wallMs: performance.now() - started,
    threadCpuMs: [myCpu, ...answers.map((a) => a.cpuMs)],
    workerStartMs: answers.map((a) => a.startedAt - a.askedAt),
  });
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
