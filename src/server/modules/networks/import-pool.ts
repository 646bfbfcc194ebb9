// Reads FtM JSON Lines on every core: the main thread cuts the body into batches of whole lines and hands them to worker
// threads, which parse and check them and build the COPY text (import-lines.ts); the batches come back in file order, so
// line numbers, errors and the "last line wins" rule are those of one reader. A small file is read on the main thread:
// starting workers costs more than it saves.
import os from 'node:os';
import type { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import type { LineContext } from './ftm-line.js';
import { type LineBatch, readLineBatch } from './import-lines.js';

export interface LineReading {
  /** Worker threads (0: read everything on the main thread). Default: readingThreads() of the database. */
  threads?: number;
  /** Bytes of whole lines per batch. */
  batchBytes?: number;
  /** Batches read on the main thread before the workers take over (they start while these are read). */
  inlineBatches?: number;
}

/**
 * How many worker threads read lines: the cores the database leaves free, at most four. PGlite runs the database on the
 * main thread (COPY and merge in WebAssembly), so every other core can read. A PostgreSQL server's backend takes a core
 * of its own while the main thread feeds it COPY text, and the main thread reads the next lines meanwhile: on two cores
 * nothing is left, and workers only added overhead there (1,000,000 lines at load 22: 12,211 lines/s with two workers
 * against 14,609 without; docs/benchmarks-networks.md).
 */
export function readingThreads(database: 'pglite' | 'postgres', cores = os.availableParallelism()): number {
  return Math.max(0, Math.min(4, cores - (database === 'pglite' ? 1 : 2)));
}

type Waiting = { resolve: (batch: LineBatch) => void; reject: (error: Error) => void };

/** Worker threads that read batches; each answers its batches in the order it was sent them. */
class LinePool {
  private readonly workers: { worker: Worker; waiting: Waiting[] }[];
  private failure: Error | null = null;

  constructor(count: number, ctx: LineContext, importId: string) {
    this.workers = Array.from({ length: count }, () => {
      const entry = { worker: new Worker(new URL('./import-worker.mjs', import.meta.url), { workerData: { ctx, importId } }), waiting: [] as Waiting[] };
      entry.worker.on('message', (batch: LineBatch) => entry.waiting.shift()?.resolve(batch));
      const fail = (error: Error) => {
        this.failure ??= error;
        for (const w of entry.waiting.splice(0)) w.reject(error);
      };
      entry.worker.on('error', fail);
      entry.worker.on('exit', (code) => fail(new Error(`an import worker stopped (exit code ${code})`)));
      return entry;
    });
  }

  /** Reads one batch on the least busy worker. */
  read(firstLine: number, bytes: Uint8Array): Promise<LineBatch> {
    if (this.failure) return Promise.reject(this.failure);
    const entry = this.workers.reduce((a, b) => (b.waiting.length < a.waiting.length ? b : a));
    return new Promise<LineBatch>((resolve, reject) => {
      entry.waiting.push({ resolve, reject });
      // A copy of exactly these bytes, handed over: the cut is a view into a larger buffer, which must not travel whole.
      const own = new Uint8Array(bytes);
      entry.worker.postMessage({ firstLine, bytes: own }, [own.buffer]);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}

/** Line breaks in a byte range ("\n" is one byte in UTF-8 and never part of another character). */
function countLines(bytes: Uint8Array): number {
  let n = 0;
  for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) n++;
  return n;
}

/**
 * Reads a JSON Lines body batch by batch and hands each read batch to `apply`, in file order, one at a time. At most two
 * batches per worker are in flight, so a fast reader waits for a slow `apply` (the COPY) and memory stays flat.
 */
export async function readJsonLineBatches(
  input: Readable,
  ctx: LineContext,
  importId: string,
  apply: (batch: LineBatch) => Promise<void>,
  options: LineReading = {},
): Promise<void> {
  const threads = options.threads ?? 0;
  const batchBytes = options.batchBytes ?? 512 * 1024;
  const inlineBatches = options.inlineBatches ?? 2;
  const decoder = new TextDecoder();
  const inFlight: Promise<LineBatch>[] = [];
  let pool = null as LinePool | null;
  let sent = 0;
  let nextLine = 1;

  const submit = async (bytes: Uint8Array, full: boolean) => {
    const firstLine = nextLine;
    nextLine += countLines(bytes);
    sent++;
    // A full batch means a file of some size: the workers start now and boot while the first batches are read here.
    if (threads > 0 && full) pool ??= new LinePool(threads, ctx, importId);
    if (!pool || sent <= inlineBatches) {
      await apply(readLineBatch(decoder.decode(bytes), firstLine, importId, ctx));
      return;
    }
    inFlight.push(pool.read(firstLine, bytes));
    while (inFlight.length >= threads * 2) await apply(await inFlight.shift()!);
  };

  let pending: Buffer[] = [];
  let pendingBytes = 0;
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes < batchBytes) continue;
      const joined = Buffer.concat(pending, pendingBytes);
      const cut = joined.lastIndexOf(10) + 1;
      if (cut === 0) continue; // one line longer than a batch: wait for its end
      pending = cut < joined.length ? [joined.subarray(cut)] : [];
      pendingBytes = joined.length - cut;
      await submit(joined.subarray(0, cut), true);
    }
    if (pendingBytes) await submit(Buffer.concat(pending, pendingBytes), false);
    while (inFlight.length) await apply(await inFlight.shift()!);
  } finally {
    for (const batch of inFlight) batch.catch(() => undefined); // refused or cut off: what is still being read is dropped
    await pool?.close();
  }
}
