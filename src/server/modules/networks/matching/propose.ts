// Cross-matching run: records stream in, are normalised and blocked, candidate pairs scored, proposals kept above a threshold.
import { BlockIndex, type BlockingStats, type Shard } from './blocking';
import type { MatchReason } from './reasons';
import { type MatchRecord, type MatchRecordType, type PreparedRecord, prepareRecord } from './record';
import { scorePair } from './score';
import { proposalThreshold } from './scorer';

export interface MatchProposal {
  type: MatchRecordType;
  /** Record ids, as given. */
  a: string;
  b: string;
  aState: string;
  bState: string;
  score: number;
  reasons: MatchReason[];
}

export interface ProposeOptions {
  /** Proposals at or above this score are returned; the scorer's threshold by default (see docs/benchmarks-matching.md). */
  threshold?: number;
  /** Blocks holding more records than this are compared by sorted neighbourhood, not all to all (see BlockIndex). */
  maxBlockSize?: number;
}

export interface MatchRunStats extends BlockingStats {
  scoredPairs: number;
  proposals: number;
}

export const defaultThreshold = proposalThreshold;

/** One matching run. Feed it records (any number of batches), then `run` once. */
export class MatchRun {
  private readonly prepared: PreparedRecord[] = [];
  private readonly index: BlockIndex;

  constructor(private readonly options: ProposeOptions = {}) {
    this.index = new BlockIndex(options.maxBlockSize);
  }

  get size(): number {
    return this.prepared.length;
  }

  add(records: Iterable<MatchRecord>): void {
    for (const record of records) {
      const prepared = prepareRecord(record, this.prepared.length);
      this.prepared.push(prepared);
      this.index.add(prepared);
    }
  }

  record(index: number): PreparedRecord {
    const found = this.prepared[index];
    if (!found) throw new RangeError(`no record at ${index}`);
    return found;
  }

  /**
   * Scores every candidate pair once. `onScored` sees every score (for evaluation); `onProposal` receives each
   * pair at or above the threshold with its reasons, as soon as it is found, so callers can stream them out.
   */
  run(
    handlers: {
      onScored?: (i: number, j: number, score: number) => void;
      onProposal?: (proposal: MatchProposal, i: number, j: number) => void;
    },
    shard?: Shard,
  ): MatchRunStats {
    const threshold = this.options.threshold ?? defaultThreshold;
    const prepared = this.prepared;
    let proposals = 0;
    const stats = this.index.forEachCandidatePair((i, j) => {
      const a = prepared[i] as PreparedRecord;
      const b = prepared[j] as PreparedRecord;
      const { score } = scorePair(a, b);
      handlers.onScored?.(i, j, score);
      if (score < threshold) return;
      proposals++;
      if (!handlers.onProposal) return;
      const { reasons } = scorePair(a, b, true);
      handlers.onProposal({ type: a.type, a: a.id, b: b.id, aState: a.state, bState: b.state, score, reasons }, i, j);
    }, shard);
    return { ...stats, scoredPairs: stats.candidatePairs, proposals };
  }
}

/** Match proposals for a set of records, best first, each with its reasons. */
export function proposeMatches(records: Iterable<MatchRecord>, options: ProposeOptions = {}): { proposals: MatchProposal[]; stats: MatchRunStats } {
  const run = new MatchRun(options);
  run.add(records);
  const proposals: MatchProposal[] = [];
  const stats = run.run({ onProposal: (proposal) => proposals.push(proposal) });
  proposals.sort((x, y) => y.score - x.score || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
  return { proposals, stats };
}
