// Staging a network import: rows COPYed into the staging tables in chunks, as FtM JSON Lines batches come back read
// (import-pool.ts) or as mapped CSV rows are read here one at a time. Nothing here touches the network tables:
// import-merge.ts does, in one transaction.
import { createHash } from 'node:crypto';
import { pipeline, type Readable, Transform } from 'node:stream';
import { parse as parseCsv } from 'csv-parse';
import type { Db } from '../../db/index.js';
import { cleanText } from '../../db/text.js';
import { type StoredText, stored } from '../../i18n/stored.js';
import type { ImportJob } from '../../imports/jobs.js';
import { type LineContext, type ParsedLine, readFtmObject } from './ftm-line.js';
import { cleanedNotice, fingerprint, type LineBatch } from './import-lines.js';
import { lineSay } from './import-messages.js';
import { entityLine, linkLine, STAGED_ENTITY_COLUMNS, STAGED_LINK_COLUMNS } from './staging-rows.js';

/** Rows are COPYed in chunks of about this many bytes: big enough to amortise a COPY, small enough to keep memory flat. */
const chunkBytes = 4 * 1024 * 1024;

/**
 * Ids seen more than once in a file (and, very rarely, ids whose fingerprint met another's): only these need the last
 * line picked when merging, so the merge of a file without repeats never sorts its million rows.
 */
class RepeatedIds {
  private readonly seen = new Set<number>();
  readonly ids = new Set<string>();
  note(id: string): void {
    const h = fingerprint(id);
    if (this.seen.has(h)) this.ids.add(id);
    else this.seen.add(h);
  }
  /** The ids of a batch read elsewhere: their fingerprints, and the ids joined by NUL (split only when one repeats). */
  noteAll(prints: Float64Array, joined: string): void {
    let ids: string[] | null = null;
    for (let i = 0; i < prints.length; i++) {
      const h = prints[i]!;
      if (!this.seen.has(h)) this.seen.add(h);
      else this.ids.add((ids ??= joined.split('\u0000'))[i]!);
    }
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

  get importId(): string {
    return this.job.id;
  }

  /** Entity and link ids that may occur on more than one staged row (see RepeatedIds). */
  get repeated(): { entities: string[]; links: string[] } {
    return { entities: [...this.entityIds.ids], links: [...this.linkIds.ids] };
  }

  async add(line: number, parsed: ParsedLine): Promise<void> {
    this.lines = line;
    if ('error' in parsed) return this.job.error(line, parsed.error);
    for (const n of parsed.notices) this.job.notice(n.key, line, n.message);
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

  /** A batch of lines read into rows already (import-lines.ts, maybe on a worker thread); COPYed once the previous chunk is written. */
  async addBatch(batch: LineBatch): Promise<void> {
    await this.flush();
    this.lines = batch.lastLine;
    for (const e of batch.errors) this.job.error(e.line, e.message);
    for (const n of batch.notices) this.job.notice(n.key, n.line, n.message);
    this.entityIds.noteAll(batch.entityPrints, batch.entityIds);
    this.linkIds.noteAll(batch.linkPrints, batch.linkIds);
    this.staged += batch.rows;
    await this.copy(batch.entities, batch.links);
  }

  /** Sends the rows added so far; returns once the previous chunk is written (an error in either is thrown here). */
  async flush(): Promise<void> {
    if (!this.entities.length && !this.links.length) return;
    const entities = this.entities.join('');
    const links = this.links.join('');
    this.staged += this.entities.length + this.links.length;
    this.entities = [];
    this.links = [];
    this.pending = 0;
    await this.copy(entities, links);
  }

  private async copy(entities: string | Uint8Array, links: string | Uint8Array): Promise<void> {
    await this.copying;
    this.copying = (async () => {
      if (entities.length) await this.db.copyFrom('network_import_entities', STAGED_ENTITY_COLUMNS, entities);
      if (links.length) await this.db.copyFrom('network_import_links', STAGED_LINK_COLUMNS, links);
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

/** How CSV columns become an FtM entity: the schema, and for each FtM property the CSV column holding it. */
export interface CsvMapping {
  schema: string;
  /** FtM property -> CSV column header. `id` maps the column holding a stable id; without it one is derived from the row. */
  columns: Record<string, string>;
}

/** Reads a CSV stream row by row and maps it to FtM; line numbers count the header as line 1 (one line per row). */
export async function readCsvRows(input: Readable, mapping: CsvMapping, ctx: LineContext, sink: LineSink): Promise<StoredText | null> {
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
    return stored(lineSay('csvUnreadable', { line: number + 1, reason: (error as Error).message.slice(0, 200) }));
  }
}
