// One matching worker thread: reads the records, prepares and blocks them all, scores its shard of the blocks.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { Shard } from './blocking';
import type { RecordSource, ShardResult } from './parallel';
import { MatchRun } from './propose';
import type { MatchRecord } from './record';

const { source, shard, threshold, bins, maxBlockSize } = workerData as {
  source: RecordSource;
  shard: Shard;
  threshold: number;
  bins: number;
  maxBlockSize?: number;
};
const seconds = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e9;
/** This thread's CPU seconds (Linux /proc/thread-self; Node 20 has no per-thread CPU clock). 0 elsewhere. */
function threadCpuSeconds(): number {
  try {
    const fields = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}
let peakRss = 0;
const sample = () => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
};

const load = (await import(source.module)) as Record<string, (...args: unknown[]) => Iterable<{ record: MatchRecord; cluster?: number }>>;
const produce = load[source.exportName];
if (!produce) throw new Error(`${source.module} exports no ${source.exportName}`);

const started = process.hrtime.bigint();
const run = new MatchRun({ threshold, maxBlockSize });
const clusters: number[] = [];
let batch: MatchRecord[] = [];
for (const { record, cluster } of produce(...source.args)) {
  clusters.push(cluster ?? -1);
  batch.push(record);
  if (batch.length === 50_000) {
    run.add(batch);
    batch = [];
    sample();
  }
}
run.add(batch);
sample();
const prepareSeconds = seconds(started);

const trueByBin = new Array<number>(bins + 1).fill(0);
const falseByBin = new Array<number>(bins + 1).fill(0);
let trueCandidates = 0;
let proposals = 0;
let scored = 0;
const scoring = process.hrtime.bigint();
const scoringCpu0 = threadCpuSeconds();
const stats = run.run(
  {
    onScored: (i, j, score) => {
      const bin = Math.floor(score * bins);
      const label = clusters[i] as number;
      if (label >= 0 && label === clusters[j]) {
        trueCandidates++;
        trueByBin[bin]!++;
      } else falseByBin[bin]!++;
      if (score >= threshold) proposals++;
      if (++scored % 2_000_000 === 0) sample();
    },
  },
  shard,
);
const scoringSeconds = seconds(scoring);
const scoringCpuSeconds = threadCpuSeconds() - scoringCpu0;
sample();
const result: ShardResult = {
  stats,
  proposals,
  trueByBin,
  falseByBin,
  trueCandidates,
  prepareSeconds,
  scoringSeconds,
  scoringCpuSeconds,
  peakRss,
};
parentPort?.postMessage(result);
