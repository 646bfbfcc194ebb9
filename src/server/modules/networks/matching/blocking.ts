// Blocking: records sharing a key form a block and are compared; a block too large to compare all to all is compared
// by sorted neighbourhood (each record with its nearest neighbours in name order), so a million records never cost
// all pairs and no block is thrown away.
import { blockingKeys, neighbourhoodKey, type PairRule, pairRuleOf, writtenInHan } from './blocking-keys';
import type { PreparedRecord } from './record';

export { blockingKeys, looseSkeleton, neighbourhoodKey } from './blocking-keys';

const ruleCodes: Readonly<Record<PairRule, number>> = { any: 0, undated: 1, whole: 2, stateless: 3, script: 4 };
const ANY = 0;
const WHOLE = 2;
const STATELESS = 3;
const SCRIPT = 4;
/** The low bits of a key's hash that carry its pair rule. */
const RULE = 7;

/** 31-bit FNV-1a hash whose three lowest bits carry the key's pair rule. */
function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return ((h >>> 1) & ~RULE) | ruleCodes[pairRuleOf(key)];
}

// A packed entry is hash * 2^22 + record index: exact in a float64 because 31 + 22 bits <= 53.
const indexSpan = 2 ** 22;

/** Which part of the blocks one worker enumerates: blocks whose hash falls in shard `index` of `count`. */
export interface Shard {
  index: number;
  count: number;
}

export interface BlockingOptions {
  /**
   * A block of at most this many records is compared all to all; a larger one by sorted neighbourhood. A whole-name
   * block of names-only records is compared all to all while its pairs (those with a record lacking a birth date)
   * number at most `wholeNameFactor` times those of a block of `maxBlockSize`: nothing but the name tells such
   * records apart, so a neighbourhood in name order would pick among them at random.
   */
  maxBlockSize?: number;
  wholeNameFactor?: number;
  /** In a block compared by sorted neighbourhood, each record is compared with this many records after it. */
  window?: number;
}

export interface BlockingStats {
  records: number;
  keys: number;
  /** Blocks compared all to all. */
  blocks: number;
  /** Blocks too large to compare all to all, compared by sorted neighbourhood instead. */
  windowedBlocks: number;
  windowedMemberships: number;
  candidatePairs: number;
}

const EXHAUSTIVE = -1;
const UNUSED = -2;

/** Collects the keys of records as they stream in; then enumerates each candidate pair once. */
export class BlockIndex {
  private packed = new Float64Array(1 << 16);
  private length = 0;
  private records = 0;
  private lacksBirthDate = new Uint8Array(1 << 12);
  private lacksNationality = new Uint8Array(1 << 12);
  private inHan = new Uint8Array(1 << 12);
  private readonly order: string[] = [];
  private readonly maxPairs: number;
  private readonly maxWholeNamePairs: number;
  private readonly window: number;

  constructor(options: BlockingOptions | number = {}) {
    const { maxBlockSize = 400, wholeNameFactor = 100, window = 10 } = typeof options === 'number' ? { maxBlockSize: options } : options;
    this.maxPairs = (maxBlockSize * (maxBlockSize - 1)) / 2;
    this.maxWholeNamePairs = this.maxPairs * wholeNameFactor;
    this.window = window;
  }

  add(record: PreparedRecord): void {
    if (record.index >= indexSpan) throw new RangeError(`blocking handles at most ${indexSpan} records per run`);
    if (record.index >= this.lacksBirthDate.length) {
      this.lacksBirthDate = grow(this.lacksBirthDate, record.index + 1);
      this.lacksNationality = grow(this.lacksNationality, record.index + 1);
      this.inHan = grow(this.inHan, record.index + 1);
    }
    this.inHan[record.index] = writtenInHan(record) ? 1 : 0;
    this.lacksBirthDate[record.index] = record.dob ? 0 : 1;
    this.lacksNationality[record.index] = record.nationality ? 0 : 1;
    this.order[record.index] = neighbourhoodKey(record);
    this.records = Math.max(this.records, record.index + 1);
    for (const key of blockingKeys(record)) {
      if (this.length === this.packed.length) this.packed = grow(this.packed, this.length + 1);
      this.packed[this.length++] = keyHash(key) * indexSpan + record.index;
    }
  }

  /** Each record's rank in name order (see neighbourhoodKey), ties broken by index. */
  private ranks(): Uint32Array {
    const byName = Array.from({ length: this.records }, (_, i) => i);
    const order = this.order;
    byName.sort((a, b) => {
      const x = order[a] ?? '';
      const y = order[b] ?? '';
      return x < y ? -1 : x > y ? 1 : a - b;
    });
    const rank = new Uint32Array(this.records);
    byName.forEach((record, at) => {
      rank[record] = at;
    });
    return rank;
  }

  /** Whether a block of rule `rule` pairs records i and j at all. */
  private pairs(rule: number, i: number, j: number): boolean {
    if (rule === ANY) return true;
    if (rule === SCRIPT) return this.inHan[i] !== this.inHan[j];
    const undated = this.lacksBirthDate[i] === 1 || this.lacksBirthDate[j] === 1;
    return rule === STATELESS ? undated && (this.lacksNationality[i] === 1 || this.lacksNationality[j] === 1) : undated;
  }

  /** How many pairs comparing a block all to all would cost under its rule. */
  private pairCount(rule: number, members: readonly number[]): number {
    const n = members.length;
    if (rule === ANY) return (n * (n - 1)) / 2;
    if (rule === SCRIPT) {
      let han = 0;
      for (const r of members) han += this.inHan[r] as number;
      return han * (n - han);
    }
    let both = 0; // no birth date, no nationality
    let undatedOnly = 0;
    let statelessOnly = 0;
    for (const r of members) {
      const u = this.lacksBirthDate[r] === 1;
      const s = this.lacksNationality[r] === 1;
      if (u && s) both++;
      else if (u) undatedOnly++;
      else if (s) statelessOnly++;
    }
    if (rule === STATELESS) return (both * (both - 1)) / 2 + both * (n - both) + undatedOnly * statelessOnly;
    const undated = both + undatedOnly;
    return undated * (n - undated) + (undated * (undated - 1)) / 2;
  }

  /**
   * Calls `visit(i, j)` once for every candidate pair of record indexes. A pair that several blocks would compare is
   * visited in the first (lowest hash) of them only: that test walks the two records' short sorted key lists, with
   * their places in sorted-neighbourhood blocks, instead of remembering every pair seen, which would not fit in
   * memory at a million records. Every worker computes the same blocks, so shards of blocks share no pair.
   */
  forEachCandidatePair(visit: (i: number, j: number) => void, shard: Shard = { index: 0, count: 1 }): BlockingStats {
    const entries = this.packed.subarray(0, this.length).sort();
    const stats: BlockingStats = { records: this.records, keys: this.length, blocks: 0, windowedBlocks: 0, windowedMemberships: 0, candidatePairs: 0 };
    const window = this.window;
    const rank = this.ranks();
    const recordOf = (k: number) => (entries[k] as number) % indexSpan;
    const hashOf = (k: number) => Math.floor((entries[k] as number) / indexSpan);
    const blockEnd = (start: number) => {
      const hash = hashOf(start);
      let end = start + 1;
      while (end < entries.length && hashOf(end) === hash) end++;
      return end;
    };
    const membersOf = (start: number, end: number) => Array.from({ length: end - start }, (_, k) => recordOf(start + k));

    // Place of each entry: UNUSED, EXHAUSTIVE, or its position in its block's name order (sorted neighbourhood).
    const place = new Int32Array(this.length).fill(UNUSED);
    for (let start = 0; start < entries.length; ) {
      const end = blockEnd(start);
      const rule = hashOf(start) & RULE;
      const size = end - start;
      const wholeName = rule === WHOLE || rule === STATELESS;
      const pairs = size > 1 ? this.pairCount(rule, membersOf(start, end)) : 0;
      const cost = wholeName ? pairs / this.maxWholeNamePairs : rule === SCRIPT ? pairs / this.maxPairs : (size * (size - 1)) / 2 / this.maxPairs;
      if (cost > 1) {
        stats.windowedBlocks++;
        stats.windowedMemberships += end - start;
        const byName = Array.from({ length: end - start }, (_, k) => start + k);
        byName.sort((x, y) => (rank[recordOf(x)] as number) - (rank[recordOf(y)] as number));
        byName.forEach((k, position) => {
          place[k] = position;
        });
      } else if (pairs > 0) {
        stats.blocks++;
        place.fill(EXHAUSTIVE, start, end);
      }
      start = end;
    }

    // Each record's used keys in ascending hash (entries are sorted by hash), with its place: compressed sparse rows.
    const offsets = new Uint32Array(this.records + 1);
    for (let k = 0; k < entries.length; k++) if (place[k] !== UNUSED) offsets[recordOf(k) + 1]++;
    for (let r = 0; r < this.records; r++) (offsets[r + 1] as number) += offsets[r] as number;
    const recordKeys = new Uint32Array(offsets[this.records] as number);
    const recordPlaces = new Int32Array(offsets[this.records] as number);
    const fill = offsets.slice(0, this.records);
    for (let k = 0; k < entries.length; k++) {
      if (place[k] === UNUSED) continue;
      const at = (fill[recordOf(k)] as number)++;
      recordKeys[at] = hashOf(k);
      recordPlaces[at] = place[k] as number;
    }
    const seenEarlier = (i: number, j: number, hash: number): boolean => {
      let a = offsets[i] as number;
      let b = offsets[j] as number;
      const aEnd = offsets[i + 1] as number;
      const bEnd = offsets[j + 1] as number;
      while (a < aEnd && b < bEnd) {
        const ha = recordKeys[a] as number;
        const hb = recordKeys[b] as number;
        if (ha >= hash || hb >= hash) return false;
        if (ha < hb) a++;
        else if (hb < ha) b++;
        else {
          // The earlier block compared them if its rule pairs them and, by sorted neighbourhood, they were near.
          const pa = recordPlaces[a] as number;
          const pb = recordPlaces[b] as number;
          if (this.pairs(ha & RULE, i, j) && (pa === EXHAUSTIVE || Math.abs(pa - pb) <= window)) return true;
          a++;
          b++;
        }
      }
      return false;
    };
    const consider = (i: number, j: number, hash: number) => {
      if (i === j || seenEarlier(i, j, hash)) return;
      stats.candidatePairs++;
      visit(i, j);
    };

    for (let start = 0; start < entries.length; ) {
      const end = blockEnd(start);
      const hash = hashOf(start);
      // A pair belongs to the first block that compares it, so shards of blocks share no pair: workers split them.
      if (place[start] !== UNUSED && (shard.count === 1 || (hash >>> 3) % shard.count === shard.index)) {
        const rule = hash & RULE;
        if (place[start] === EXHAUSTIVE) this.allToAll(rule, membersOf(start, end), (i, j) => consider(i, j, hash));
        else {
          const byName = new Array<number>(end - start);
          for (let k = start; k < end; k++) byName[place[k] as number] = recordOf(k);
          for (let x = 0; x < byName.length; x++) {
            const i = byName[x] as number;
            for (let y = x + 1; y <= x + window && y < byName.length; y++) {
              const j = byName[y] as number;
              if (this.pairs(rule, i, j)) consider(i, j, hash);
            }
          }
        }
      }
      start = end;
    }
    return stats;
  }

  /**
   * Every pair of a block its rule allows, without walking the pairs it does not: under a names-only rule, the
   * records lacking a birth date (and, stateless, a nationality) against the others, not all pairs.
   */
  private allToAll(rule: number, members: number[], pair: (i: number, j: number) => void): void {
    if (rule === SCRIPT) {
      const han = members.filter((r) => this.inHan[r] === 1);
      const others = members.filter((r) => this.inHan[r] !== 1);
      for (const i of han) for (const j of others) pair(i, j);
      return;
    }
    if (rule === ANY) {
      for (let x = 0; x < members.length; x++) for (let y = x + 1; y < members.length; y++) pair(members[x] as number, members[y] as number);
      return;
    }
    // Records that can make a pair on their own (those lacking what the rule asks for) against every later member.
    const anchors = members.filter((r) => this.lacksBirthDate[r] === 1 && (rule !== STATELESS || this.lacksNationality[r] === 1));
    const others = members.filter((r) => !(this.lacksBirthDate[r] === 1 && (rule !== STATELESS || this.lacksNationality[r] === 1)));
    for (let x = 0; x < anchors.length; x++) {
      const i = anchors[x] as number;
      for (let y = x + 1; y < anchors.length; y++) pair(i, anchors[y] as number);
      for (const j of others) pair(i, j);
    }
    if (rule !== STATELESS) return;
    // Stateless: a record without a birth date with one without a nationality (neither lacking both).
    const undated = others.filter((r) => this.lacksBirthDate[r] === 1);
    const stateless = others.filter((r) => this.lacksNationality[r] === 1);
    for (const i of undated) for (const j of stateless) pair(i, j);
  }
}

function grow<T extends Float64Array | Uint8Array>(array: T, atLeast: number): T {
  const next = new (array.constructor as new (n: number) => T)(Math.max(atLeast, array.length * 2));
  next.set(array);
  return next;
}
