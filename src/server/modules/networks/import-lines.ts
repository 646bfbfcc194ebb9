// One batch of FtM JSON Lines read into staging rows: each line cleaned, parsed and checked through the FtM model, its
// entity and links written as COPY text, its errors and notices kept with their line numbers. A pure function of its
// input, so the import runs it on worker threads (import-pool.ts) or, for a small file, on the main thread alike.
import { cleanText, textProblem } from '../../db/text.js';
import { type StoredText, stored } from '../../i18n/stored.js';
import { type LineContext, type LineNotice, type ParsedLine, readFtmLine, readFtmObject } from './ftm-line.js';
import { lineSay } from './import-messages.js';
import { entityLine, linkLine } from './staging-rows.js';

/** What a batch of lines became; plain data and typed arrays, so that it crosses between threads cheaply. */
export interface LineBatch {
  /** Number of the batch's last line (blank lines count: line numbers are those of the file). */
  lastLine: number;
  /** COPY text (UTF-8) of the entity and the link rows. */
  entities: Uint8Array;
  links: Uint8Array;
  rows: number;
  errors: { line: number; message: StoredText }[];
  notices: (LineNotice & { line: number })[];
  /** Fingerprints of the staged entity and link ids, in row order, and the ids themselves joined by NUL (see RepeatedIds). */
  entityPrints: Float64Array;
  entityIds: string;
  linkPrints: Float64Array;
  linkIds: string;
}

/**
 * A cheap 52-bit fingerprint of an id (two 32-bit FNV-1a style hashes with different primes), so that seeing a million
 * ids costs numbers, not a million strings. 32 bits were too few: a million ids met ~100 false repeats, and each
 * repeated id makes the merge scan staging for it.
 */
export function fingerprint(id: string): number {
  let a = 0x811c9dc5;
  let b = 0x2c1b3c6d;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0) * 0x100000 + (b >>> 12);
}

/**
 * Whether parsed JSON can hold a NUL or a lone surrogate: only through a \u0000 or \uD800-\uDFFF escape in the (already
 * cleaned) text. Most lines have none, and then walking every string of the parsed line is skipped.
 */
const escapedUnstorable = /\\u0000|\\u[dD][89a-fA-F]/;

export const cleanedNotice: LineNotice = { key: 'text:cleaned', message: stored(lineSay('cleaned')) };

/**
 * Real files carry NUL bytes and broken characters, which PostgreSQL text cannot hold: they are removed (the shared
 * cleanText of db/text.ts) and the line is kept with a notice. An id holding one is refused: it would change the id.
 */
function storableLine(value: unknown, cleanedBefore: boolean, ctx: LineContext, mayHoldUnstorable: boolean): ParsedLine {
  let clean = value;
  let cleaned = false;
  if (mayHoldUnstorable) {
    const id = (value as { id?: unknown } | null)?.id;
    const problem = typeof id === 'string' ? textProblem(id) : null;
    if (problem) return { error: stored(lineSay(problem === 'nul' ? 'idNul' : 'idInvalidUnicode')) };
    ({ value: clean, cleaned } = cleanText(value));
  }
  const parsed = readFtmObject(clean, ctx);
  if ((cleaned || cleanedBefore) && !('error' in parsed)) parsed.notices.push(cleanedNotice);
  return parsed;
}

/** One line of JSON Lines (not blank) as the import reads it. */
export function readJsonLine(raw: string, ctx: LineContext): ParsedLine {
  // A raw NUL byte makes the line invalid JSON: clean the text first, then every string inside it.
  const { value: text, cleaned } = cleanText(raw);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return readFtmLine(text, ctx); // says why it is not JSON
  }
  return storableLine(value, cleaned, ctx, escapedUnstorable.test(text));
}

const encoder = new TextEncoder();

/**
 * Reads `text`, whole lines starting at line `firstLine` (a line ends at "\n"; a "\r" before it is dropped, as Windows
 * files end their lines), into the staging rows of import `importId`.
 */
export function readLineBatch(text: string, firstLine: number, importId: string, ctx: LineContext): LineBatch {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const entities: string[] = [];
  const links: string[] = [];
  const entityIds: string[] = [];
  const linkIds: string[] = [];
  const errors: LineBatch['errors'] = [];
  const notices: (LineNotice & { line: number })[] = [];
  for (let i = 0; i < lines.length; i++) {
    let raw = lines[i]!;
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    if (!raw.trim()) continue;
    const line = firstLine + i;
    const parsed = readJsonLine(raw, ctx);
    if ('error' in parsed) {
      errors.push({ line, message: parsed.error });
      continue;
    }
    for (const n of parsed.notices) notices.push({ ...n, line });
    if (parsed.entity) {
      entityIds.push(parsed.entity.id);
      entities.push(entityLine(importId, line, parsed.entity));
    }
    for (const link of parsed.links) {
      linkIds.push(link.id);
      links.push(linkLine(importId, line, link));
    }
  }
  return {
    lastLine: firstLine + lines.length - 1,
    entities: encoder.encode(entities.join('')),
    links: encoder.encode(links.join('')),
    rows: entities.length + links.length,
    errors,
    notices,
    entityPrints: Float64Array.from(entityIds, fingerprint),
    entityIds: entityIds.join('\u0000'),
    linkPrints: Float64Array.from(linkIds, fingerprint),
    linkIds: linkIds.join('\u0000'),
  };
}
