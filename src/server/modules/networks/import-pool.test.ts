// Reading FtM lines on worker threads gives exactly what one reader on the main thread gives: the same rows in the same
// order, the same line numbers on every row, error and notice, however the file is cut into batches.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { textOf } from '../../i18n/stored.js';
import type { LineContext } from './ftm-line.js';
import type { LineBatch } from './import-lines.js';
import { type LineReading, readingThreads, readJsonLineBatches } from './import-pool.js';

const ctx: LineContext = {
  provenance: {
    sourceState: 'AUS',
    sourceReport: 'TEST',
    reliability: 'B',
    credibility: '2',
    ownerState: 'AUS',
    classification: 'restricted',
    releasableStates: [],
    releasableGroups: [],
    handlingCodes: [],
    demo: false,
  },
  allowedClassifications: ['members', 'restricted'],
  countries: { AU: 'AUS', LK: 'LKA' },
  today: '2026-11-29',
};

const person = (i: number, extra: Record<string, string[]> = {}) =>
  JSON.stringify({ id: `pool-p${i}`, schema: 'Person', properties: { name: [`Pool Person ${i}`], nationality: ['lk'], ...extra } });

/** A file with every kind of line a reader must number right: entities, edges, errors, blanks, CRLF, NUL, a long line. */
function file(): string {
  const lines: string[] = [];
  for (let i = 0; i < 400; i++) {
    if (i % 50 === 7) lines.push('not json');
    else if (i % 50 === 13) lines.push('');
    else if (i % 50 === 21) lines.push(`${person(i)}\r`);
    else if (i % 50 === 29) lines.push(person(i, { alias: ['Nul\u0000Name'] }).replace('Nul\\u0000Name', 'Nul\u0000Name'));
    else if (i % 50 === 33) lines.push(person(i, { notes: ['x'.repeat(3000)] }));
    else if (i % 50 === 41)
      lines.push(JSON.stringify({ id: `pool-o${i}`, schema: 'Ownership', properties: { owner: [`pool-p${i - 1}`], asset: [`pool-p${i - 2}`] } }));
    else if (i % 50 === 45) lines.push(JSON.stringify({ id: `pool-p${i - 1}`, schema: 'Person', properties: { name: ['Repeated id'] } }));
    else lines.push(person(i, i % 3 ? { birthDate: ['1980-13-01'] } : {}));
  }
  return lines.join('\n'); // no newline after the last line
}

async function read(reading: LineReading) {
  const text = file();
  // The body arrives in uneven pieces, as a network delivers it.
  const pieces: Buffer[] = [];
  const bytes = Buffer.from(text);
  for (let at = 0, size = 1; at < bytes.length; at += size, size = (size * 7) % 997) pieces.push(bytes.subarray(at, at + size));
  const batches: LineBatch[] = [];
  await readJsonLineBatches(Readable.from(pieces), ctx, '00000000-0000-4000-8000-000000000001', async (b) => void batches.push(b), reading);
  const decoder = new TextDecoder();
  return {
    batches: batches.length,
    lastLine: batches.at(-1)?.lastLine,
    entities: batches.map((b) => decoder.decode(b.entities)).join(''),
    links: batches.map((b) => decoder.decode(b.links)).join(''),
    rows: batches.reduce((n, b) => n + b.rows, 0),
    errors: batches.flatMap((b) => b.errors),
    notices: batches.flatMap((b) => b.notices),
    entityIds: batches.flatMap((b) => (b.entityIds ? b.entityIds.split('\u0000') : [])),
    prints: batches.flatMap((b) => [...b.entityPrints]),
  };
}

describe('reading FtM lines on worker threads', () => {
  it('gives the same rows, line numbers, errors and notices as one reader, however the file is cut', async () => {
    const one = await read({ threads: 0 });
    expect(one.batches).toBe(1);
    expect(one.lastLine).toBe(400);
    expect(one.errors.filter((e) => e.message.key === 'networkImport.notJson').map((e) => e.line)).toEqual([8, 58, 108, 158, 208, 258, 308, 358]);
    expect(textOf(one.errors.find((e) => e.line === 2)!.message).render('en')).toMatch(/birthDate "1980-13-01" is not a date/);
    expect(one.notices.filter((n) => n.key === 'text:cleaned').map((n) => n.line)).toEqual([30, 80, 130, 180, 230, 280, 330, 380]);
    // Every row carries its line: the CRLF line (22) is read like the others, the blank line (14) is counted and skipped.
    expect(one.entities).toMatch(/\t22\tpool-p21\tperson\t/);
    expect(one.entities).not.toMatch(/\t14\t/);
    expect(one.entities).toContain('LKA');
    expect(new Set(one.prints).size).toBeLessThan(one.prints.length); // the repeated id has the same fingerprint

    for (const reading of [
      { threads: 2, batchBytes: 512, inlineBatches: 1 },
      { threads: 3, batchBytes: 100, inlineBatches: 0 }, // smaller than the long line: a batch waits for its end
      { threads: 1, batchBytes: 4096, inlineBatches: 2 },
    ]) {
      const parallel = await read(reading);
      expect(parallel.batches).toBeGreaterThan(5);
      expect({ ...parallel, batches: 1 }).toEqual(one);
    }
  }, 60_000);

  it('stops the workers and reports the failure when the body breaks off', async () => {
    async function* broken() {
      for (let i = 0; i < 200; i++) yield Buffer.from(`${person(i)}\n`);
      throw new Error('connection reset');
    }
    const seen: number[] = [];
    await expect(
      readJsonLineBatches(Readable.from(broken()), ctx, '00000000-0000-4000-8000-000000000002', async (b) => void seen.push(b.lastLine), {
        threads: 2,
        batchBytes: 1024,
        inlineBatches: 0,
      }),
    ).rejects.toThrow('connection reset');
  }, 60_000);
});

describe('how many threads read', () => {
  it('leaves the database its cores: none taken from a PostgreSQL backend on two cores, the rest of the cores beside PGlite', () => {
    expect(readingThreads('pglite', 2)).toBe(1);
    expect(readingThreads('postgres', 2)).toBe(0);
    expect(readingThreads('postgres', 8)).toBe(4);
    expect(readingThreads('pglite', 1)).toBe(0);
  });
});
