// Matching on both cores finds exactly what one thread finds: the workers split the blocks, never a pair twice.
import { describe, expect, it } from 'vitest';
import { syntheticPopulation } from '../../../../../bench/lib/matching-synthetic';
import { matchInWorkers } from './parallel';
import { MatchRun } from './propose';

describe('matching in worker threads', () => {
  it('scores every candidate pair once across two workers, with the same results as one thread', async () => {
    const records = 3_000;
    const run = new MatchRun({});
    const labelled = [...syntheticPopulation(records, 7)];
    run.add(labelled.map((l) => l.record));
    let trueCandidates = 0;
    let proposals = 0;
    const single = run.run({
      onScored: (i, j, score) => {
        if (labelled[i]?.cluster === labelled[j]?.cluster) trueCandidates++;
        if (score >= 0.93) proposals++;
      },
    });
    const parallel = await matchInWorkers(
      { module: new URL('../../../../../bench/lib/matching-source.ts', import.meta.url).href, exportName: 'synthetic', args: [records, 7] },
      { workers: 2, threshold: 0.93 },
    );
    expect(parallel.shards).toHaveLength(2);
    expect(parallel.shards.every((s) => s.stats.candidatePairs > 0)).toBe(true);
    expect(parallel.stats.candidatePairs).toBe(single.candidatePairs);
    expect(parallel.trueCandidates).toBe(trueCandidates);
    expect(parallel.proposals).toBe(proposals);
  }, 120_000);
});
