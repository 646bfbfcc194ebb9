// Cross-matching on every core: each worker thread prepares and blocks the same records and scores its shard of the blocks.
//
// Why each worker prepares all the records itself: blocking needs every record's keys, and prepared records are object
// graphs that cost more to copy between threads (structured clone) than to rebuild from their compact source. The
// preparation runs in parallel too, so the wall time is one preparation plus 1/N of the scoring.
import { Worker } from 'node:worker_threads';
import type { BlockingStats } from './blocking';

/** Where workers read the records from: a module exporting a function that yields them (with a cluster label when known). */
export interface RecordSource {
  /** File URL of the module. */
  module: string;
  /** Name of the exported function; it is called with `args` and yields `{ record, cluster? }`. */
  exportName: string;
  args: unknown[];
}

export interface ShardResult {
  stats: BlockingStats;
  proposals: number;
  /** Scores of candidate pairs by 1/bins bucket, for pairs whose records share a cluster label / do not. */
  trueByBin: number[];
  falseByBin: number[];
  trueCandidates: number;
  prepareSeconds: number;
  scoringSeconds: number;
  /** CPU seconds the worker's thread spent blocking and scoring (Linux), to read speed on a loaded machine. */
  scoringCpuSeconds: number;
  peakRss: number;
}

export interface ParallelResult extends ShardResult {
  workers: number;
  shards: ShardResult[];
}

export interface ParallelOptions {
  workers: number;
  threshold: number;
  bins?: number;
  maxBlockSize?: number;
}

/** Runs one matching over `source` in `workers` threads and merges what they found. */
export async function matchInWorkers(source: RecordSource, options: ParallelOptions): Promise<ParallelResult> {
  const bins = options.bins ?? 20;
  const shards = await Promise.all(
    Array.from(
      { length: options.workers },
      (_, index) =>
        new Promise<ShardResult>((resolve, reject) => {
          const worker = new Worker(new URL('./match-worker.mjs', import.meta.url), {
            workerData: { source, shard: { index, count: options.workers }, threshold: options.threshold, bins, maxBlockSize: options.maxBlockSize },
          });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => code !== 0 && reject(new Error(`matching worker ${index} exited with ${code}`)));
        }),
    ),
  );
  const first = shards[0] as ShardResult;
  const sum = (f: (s: ShardResult) => number) => shards.reduce((t, s) => t + f(s), 0);
  return {
    workers: options.workers,
    shards,
    stats: { ...first.stats, candidatePairs: sum((s) => s.stats.candidatePairs) },
    proposals: sum((s) => s.proposals),
    trueByBin: first.trueByBin.map((_, b) => sum((s) => s.trueByBin[b] as number)),
    falseByBin: first.falseByBin.map((_, b) => sum((s) => s.falseByBin[b] as number)),
    trueCandidates: sum((s) => s.trueCandidates),
    prepareSeconds: Math.max(...shards.map((s) => s.prepareSeconds)),
    scoringSeconds: Math.max(...shards.map((s) => s.scoringSeconds)),
    scoringCpuSeconds: sum((s) => s.scoringCpuSeconds),
    peakRss: Math.max(...shards.map((s) => s.peakRss)),
  };
}
