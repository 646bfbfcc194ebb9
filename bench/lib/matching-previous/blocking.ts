// Frozen copy of the matcher as it stood before issue 13 (commit 49071fa), kept as the bench's "previous scorer" baseline.
// Blocking: cheap keys that put records likely to match in the same block, so a million records are never compared all to all.
import type { PreparedRecord } from './record';

/**
 * Keys of one record. The first letter is the record type, the second the kind of key:
 *   P  two name-token skeletons + birth year (survives token order, a typo in a third token, script vs Latin)
 *   T  one name-token skeleton + full birth date with day and month unordered (survives a typo in another token
 *      and a day/month swap)
 *   Q  two name-token skeletons, no year: only pairs where one side has no birth date are taken from it
 *   D  document number (passport, identity card, IMO, MMSI)
 *   F  phone number
 *   V  a vessel-name token skeleton
 */
export function blockingKeys(record: PreparedRecord): string[] {
  const t = record.type[0];
  const keys = new Set<string>();
  for (const document of record.documents) if (document.number.length >= 5) keys.add(`${t}D|${document.number}`);
  for (const phone of record.phones) keys.add(`${t}F|${phone}`);
  const dob = record.dob;
  const dayMonth = dob && dob.day ? `${Math.min(dob.day, dob.month)}-${Math.max(dob.day, dob.month)}` : '';
  for (const name of record.names.slice(0, 4)) {
    const skeletons = [
      ...new Set(
        name.tokens
          .slice(0, 5)
          .map((token) => token.skeleton)
          .filter(Boolean),
      ),
    ].sort();
    if (record.type === 'vessel') {
      for (const s of skeletons) keys.add(`${t}V|${s}`);
      continue;
    }
    if (record.type !== 'person') continue;
    if (skeletons.length === 1) {
      if (dob) keys.add(`${t}P|${skeletons[0]}|${dob.year}`);
      keys.add(`${t}Q|${skeletons[0]}`);
    }
    for (let i = 0; i < skeletons.length; i++) {
      if (dayMonth && (skeletons[i] as string).length >= 2) keys.add(`${t}T|${skeletons[i]}|${dob?.year}|${dayMonth}`);
      for (let j = i + 1; j < skeletons.length; j++) {
        if (dob) keys.add(`${t}P|${skeletons[i]}|${skeletons[j]}|${dob.year}`);
        keys.add(`${t}Q|${skeletons[i]}|${skeletons[j]}`);
      }
    }
  }
  return [...keys];
}

/** 31-bit FNV-1a hash; its lowest bit says whether the key only pairs records lacking a birth date. */
function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  const partial = key[1] === 'Q' ? 1 : 0;
  return ((h >>> 1) & ~1) | partial;
}

// A packed entry is hash * 2^22 + record index: exact in a float64 because 31 + 22 bits <= 53.
const indexSpan = 2 ** 22;
export const maxBlockingRecords = indexSpan;

export interface BlockingStats {
  records: number;
  keys: number;
  blocks: number;
  /** Blocks skipped because they held more than maxBlockSize records (too common to tell anyone apart). */
  oversizedBlocks: number;
  oversizedMemberships: number;
  candidatePairs: number;
}

/** Collects the keys of records as they stream in; then enumerates each candidate pair once. */
export class BlockIndex {
  private packed = new Float64Array(1 << 16);
  private length = 0;
  private records = 0;
  private lacksBirthDate = new Uint8Array(1 << 12);

  constructor(private readonly maxBlockSize = 400) {}

  add(record: PreparedRecord): void {
    if (record.index >= indexSpan) throw new RangeError(`blocking handles at most ${indexSpan} records per run`);
    if (record.index >= this.lacksBirthDate.length) this.lacksBirthDate = grow(this.lacksBirthDate, record.index + 1);
    this.lacksBirthDate[record.index] = record.dob ? 0 : 1;
    this.records = Math.max(this.records, record.index + 1);
    for (const key of blockingKeys(record)) {
      if (this.length === this.packed.length) this.packed = grow(this.packed, this.length + 1);
      this.packed[this.length++] = keyHash(key) * indexSpan + record.index;
    }
  }

  /**
   * Calls `visit(i, j)` once for every pair of record indexes sharing at least one usable block. A pair sharing
   * several blocks is visited in the first (lowest hash) of them only: that test walks the two records' short
   * sorted key lists instead of remembering every pair seen, which would not fit in memory at a million records.
   */
  forEachCandidatePair(visit: (i: number, j: number) => void): BlockingStats {
    const entries = this.packed.subarray(0, this.length).sort();
    const stats: BlockingStats = { records: this.records, keys: this.length, blocks: 0, oversizedBlocks: 0, oversizedMemberships: 0, candidatePairs: 0 };
    const usable = new Uint8Array(this.length);
    for (let start = 0; start < entries.length; ) {
      const hash = Math.floor((entries[start] as number) / indexSpan);
      let end = start + 1;
      while (end < entries.length && Math.floor((entries[end] as number) / indexSpan) === hash) end++;
      if (end - start > this.maxBlockSize) {
        stats.oversizedBlocks++;
        stats.oversizedMemberships += end - start;
      } else if (end - start > 1) {
        stats.blocks++;
        usable.fill(1, start, end);
      }
      start = end;
    }
    // Each record's usable key hashes, ascending (entries are sorted by hash): compressed sparse rows.
    const offsets = new Uint32Array(this.records + 1);
    for (let k = 0; k < entries.length; k++) if (usable[k]) offsets[((entries[k] as number) % indexSpan) + 1]++;
    for (let r = 0; r < this.records; r++) (offsets[r + 1] as number) += offsets[r] as number;
    const recordKeys = new Uint32Array(offsets[this.records] as number);
    const fill = offsets.slice(0, this.records);
    for (let k = 0; k < entries.length; k++) {
      if (!usable[k]) continue;
      const value = entries[k] as number;
      const record = value % indexSpan;
      recordKeys[(fill[record] as number)++] = Math.floor(value / indexSpan);
    }
    const lacks = this.lacksBirthDate;
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
          if ((ha & 1) === 0 || lacks[i] || lacks[j]) return true;
          a++;
          b++;
        }
      }
      return false;
    };
    const members: number[] = [];
    for (let start = 0; start < entries.length; ) {
      const hash = Math.floor((entries[start] as number) / indexSpan);
      let end = start + 1;
      while (end < entries.length && Math.floor((entries[end] as number) / indexSpan) === hash) end++;
      if (usable[start]) {
        members.length = 0;
        for (let k = start; k < end; k++) members.push((entries[k] as number) % indexSpan);
        const partial = (hash & 1) === 1;
        for (let x = 0; x < members.length; x++) {
          const i = members[x] as number;
          for (let y = x + 1; y < members.length; y++) {
            const j = members[y] as number;
            if (i === j || (partial && !lacks[i] && !lacks[j]) || seenEarlier(i, j, hash)) continue;
            stats.candidatePairs++;
            visit(i, j);
          }
        }
      }
      start = end;
    }
    return stats;
  }
}

function grow<T extends Float64Array | Uint8Array>(array: T, atLeast: number): T {
  const next = new (array.constructor as new (n: number) => T)(Math.max(atLeast, array.length * 2));
  next.set(array);
  return next;
}
