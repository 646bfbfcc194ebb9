// Reading a network import: FtM JSON Lines or mapped CSV rows, one line at a time, each read through the FtM model and
// COPYed into the staging tables in chunks. Nothing here touches the network tables: import-merge.ts does, in one transaction.
import { createHash } from 'node:crypto';
import { createInterface } from 'node:readline';
import { pipeline, type Readable, Transform } from 'node:stream';
import { parse as parseCsv } from 'csv-parse';
import { copyBool, copyJson, copyNumber, copyText, copyTextArray } from '../../db/copy.js';
import type { Db } from '../../db/index.js';
import { cleanText, describeTextProblem, textProblem } from '../../db/text.js';
import type { ImportJob } from '../../imports/jobs.js';
import { type LineContext, type ParsedLine, readFtmLine, readFtmObject } from './ftm-line.js';
import type { EntityRow, LinkRow, Provenance } from './store.js';

export const STAGED_ENTITY_COLUMNS = [
  'import_id',
  'line',
  'id',
  'kind',
  'schema',
  'caption',
  'properties',
  'context',
  'names',
  'birth_date',
  'nationality',
  'country',
  'identifiers',
  'latitude',
  'longitude',
  'start_date',
  'end_date',
  'modus_operandi',
  'search_text',
  'source_state',
  'source_report',
  'reliability',
  'credibility',
  'owner_state',
  'classification',
  'releasable_states',
  'releasable_groups',
  'handling_codes',
  'demo',
] as const;

export const STAGED_LINK_COLUMNS = [
  'import_id',
  'line',
  'id',
  'schema',
  'role',
  'source_id',
  'target_id',
  'start_date',
  'end_date',
  'properties',
  'context',
  'derived_from',
  'weight',
  'source_state',
  'source_report',
  'reliability',
  'credibility',
  'owner_state',
  'classification',
  'releasable_states',
  'releasable_groups',
  'handling_codes',
  'demo',
] as const;

function provenanceCells(p: Provenance): string {
  return [
    copyText(p.sourceState),
    copyText(p.sourceReport),
    copyText(p.reliability),
    copyText(p.credibility),
    copyText(p.ownerState),
    copyText(p.classification),
    copyTextArray(p.releasableStates),
    copyTextArray(p.releasableGroups),
    copyTextArray(p.handlingCodes),
    copyBool(p.demo),
  ].join('\t');
}

function entityLine(importId: string, line: number, e: EntityRow): string {
  return `${[
    importId,
    String(line),
    copyText(e.id),
    copyText(e.kind),
    copyText(e.schema),
    copyText(e.caption),
    copyJson(e.properties),
    copyJson(e.context),
    copyTextArray(e.names),
    copyText(e.birthDate),
    copyText(e.nationality),
    copyText(e.country),
    copyTextArray(e.identifiers),
    copyNumber(e.latitude),
    copyNumber(e.longitude),
    copyText(e.startDate),
    copyText(e.endDate),
    copyTextArray(e.modusOperandi),
    copyText(e.searchText),
    provenanceCells(e),
  ].join('\t')}\n`;
}

function linkLine(importId: string, line: number, l: LinkRow): string {
  return `${[
    importId,
    String(line),
    copyText(l.id),
    copyText(l.schema),
    copyText(l.role),
    copyText(l.sourceId),
    copyText(l.targetId),
    copyText(l.startDate),
    copyText(l.endDate),
    copyJson(l.properties),
    copyJson(l.context),
    copyText(l.derivedFrom),
    copyNumber(l.weight),
    provenanceCells(l),
  ].join('\t')}\n`;
}

/** Rows are COPYed in chunks of about this many bytes: big enough to amortise a COPY, small enough to keep memory flat. */
const chunkBytes = 4 * 1024 * 1024;

/** FNV-1a, 32 bits: a cheap fingerprint of an id, so that seeing a million ids costs numbers, not a million strings. */
function fingerprint(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Ids seen more than once in a file (and, rarely, ids whose fingerprint met another's): only these need the last line
 * picked when merging, so the merge of a file without repeats never sorts its million rows.
 */
class RepeatedIds {
  private readonly seen = new Set<number>();
  readonly ids = new Set<string>();
  note(id: string): void {
    const h = fingerprint(id);
    if (this.seen.has(h)) this.ids.add(id);
    else this.seen.add(h);
  }
}

/**
 * Stages the lines of one import: errors and notices go to the job, rows to the staging tables. A chunk is COPYed while
 * the next one is read (on PostgreSQL the server writes it on the other core); `settle()` waits for the last one.
 */
export class ImportStaging {
  private entities: string[] = [];
  private links: string[] = [];
  private pending = 0;
  private copying: Promise<void> = Promise.resolve();
  private readonly entityIds = new RepeatedIds();
  private readonly linkIds = new RepeatedIds();
  /** Lines read (the last line number seen) and rows staged. */
  lines = 0;
  staged = 0;

  constructor(
    private readonly db: Db,
    private readonly job: ImportJob,
  ) {}

  /** Entity and link ids that may occur on more than one staged row (see RepeatedIds). */
  get repeated(): { entities: string[]; links: string[] } {
    return { entities: [...this.entityIds.ids], links: [...this.linkIds.ids] };
  }

  async add(line: number, parsed: ParsedLine): Promise<void> {
    this.lines = line;
    if ('error' in parsed) return this.job.error(line, parsed.error);
    for (const n of parsed.notices) this.job.notice(n.key, line, `${n.message}`);
    if (parsed.entity) {
      this.entityIds.note(parsed.entity.id);
      const text = entityLine(this.job.id, line, parsed.entity);
      this.entities.push(text);
      this.pending += text.length;
    }
    for (const link of parsed.links) {
      this.linkIds.note(link.id);
      const text = linkLine(this.job.id, line, link);
      this.links.push(text);
      this.pending += text.length;
    }
    if (this.pending >= chunkBytes) await this.flush();
  }

  /** Sends the rows read so far; returns once the previous chunk is written (an error in either is thrown here). */
  async flush(): Promise<void> {
    const entities = this.entities.join('');
    const links = this.links.join('');
    this.staged += this.entities.length + this.links.length;
    this.entities = [];
    this.links = [];
    this.pending = 0;
    await this.copying;
    this.copying = (async () => {
      if (entities) await this.db.copyFrom('network_import_entities', STAGED_ENTITY_COLUMNS, entities);
      if (links) await this.db.copyFrom('network_import_links', STAGED_LINK_COLUMNS, links);
    })();
    // Handled here so that a failure while the next chunk is read is not unhandled; it is thrown by the next flush/settle.
    this.copying.catch(() => undefined);
  }

  /** Waits for the chunk being written; throws its error. */
  async settle(): Promise<void> {
    await this.copying;
  }
}

/** Where the lines come from: the request body, read once; `complete` says whether it ended normally (not cut off). */
export interface ImportInput {
  stream: Readable;
  /** Bytes read so far. */
  bytes(): number;
  complete(): boolean;
}

/**
 * Wraps a body stream: counts its bytes and notes whether it reached its end (a dropped client does not). The bytes pass
 * through a transform, so nothing flows before the reader is attached, and a source that breaks off ends the reader too.
 */
export function importInput(source: Readable): ImportInput {
  let bytes = 0;
  let ended = false;
  source.once('end', () => {
    ended = true;
  });
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  pipeline(source, counter, () => undefined);
  return { stream: counter, bytes: () => bytes, complete: () => ended && !source.readableAborted };
}

export type LineSink = (line: number, parsed: ParsedLine) => Promise<void>;

/**
 * Whether parsed JSON can hold a NUL or a lone surrogate: only through a \u0000 or \uD800-\uDFFF escape in the (already
 * cleaned) text. Most lines have none, and then walking every string of the parsed line is skipped.
 */
const escapedUnstorable = /\\u0000|\\u[dD][89a-fA-F]/;

const cleanedNotice = { key: 'text:cleaned', message: 'removed a NUL or invalid character; the rest of the line was imported' };

/**
 * Real files carry NUL bytes and broken characters, which PostgreSQL text cannot hold: they are removed (the shared
 * cleanText of db/text.ts) and the line is kept with a notice. An id holding one is refused: it would change the id.
 */
function storableLine(value: unknown, cleanedBefore: boolean, ctx: LineContext, mayHoldUnstorable: boolean): ParsedLine {
  let clean = value;
  let cleaned = false;
  if (mayHoldUnstorable) {
    const id = (value as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && textProblem(id)) return { error: `id ${describeTextProblem(textProblem(id)!)}` };
    ({ value: clean, cleaned } = cleanText(value));
  }
  const parsed = readFtmObject(clean, ctx);
  if ((cleaned || cleanedBefore) && !('error' in parsed)) parsed.notices.push(cleanedNotice);
  return parsed;
}

/** Reads JSON Lines one line at a time (never the whole file); blank lines are skipped but counted. */
export async function readJsonLines(input: Readable, ctx: LineContext, sink: LineSink): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let number = 0;
  for await (const raw of lines) {
    number++;
    if (!raw.trim()) continue;
    // A raw NUL byte makes the line invalid JSON: clean the text first, then every string inside it.
    const { value: text, cleaned } = cleanText(raw);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      await sink(number, readFtmLine(text, ctx)); // says why it is not JSON
      continue;
    }
    await sink(number, storableLine(value, cleaned, ctx, escapedUnstorable.test(text)));
  }
}

/** How CSV columns become an FtM entity: the schema, and for each FtM property the CSV column holding it. */
export interface CsvMapping {
  schema: string;
  /** FtM property -> CSV column header. `id` maps the column holding a stable id; without it one is derived from the row. */
  columns: Record<string, string>;
}

/** Reads a CSV stream row by row and maps it to FtM; line numbers count the header as line 1 (one line per row). */
export async function readCsvRows(input: Readable, mapping: CsvMapping, ctx: LineContext, sink: LineSink): Promise<string | null> {
  const parser = input.pipe(parseCsv({ columns: true, skip_empty_lines: true, relax_column_count: true, bom: true, trim: true }));
  let number = 1;
  try {
    for await (const raw of parser as AsyncIterable<Record<string, string>>) {
      number++;
      const { value: record, cleaned } = cleanText(raw);
      const properties: Record<string, string[]> = {};
      for (const [prop, column] of Object.entries(mapping.columns)) {
        if (prop === 'id') continue;
        const value = record[column];
        if (value)
          properties[prop] = value
            .split(';')
            .map((v) => v.trim())
            .filter(Boolean);
      }
      // Without an id column the id is derived from the content, so importing the same file again changes nothing.
      const id =
        (mapping.columns.id && record[mapping.columns.id]) ||
        `csv-${createHash('sha1')
          .update(`${ctx.provenance.ownerState}|${mapping.schema}|${JSON.stringify(properties)}`)
          .digest('hex')
          .slice(0, 24)}`;
      const parsed = readFtmObject({ id, schema: mapping.schema, properties }, ctx);
      if (cleaned && !('error' in parsed)) parsed.notices.push(cleanedNotice);
      await sink(number, parsed);
    }
    return null;
  } catch (error) {
    return `line ${number + 1}: the CSV could not be read further (${(error as Error).message.slice(0, 200)})`;
  }
}
