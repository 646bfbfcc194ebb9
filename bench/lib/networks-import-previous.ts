// The previous networks importer (batched INSERT ... ON CONFLICT per 2,000 rows, links after their entities), kept as the
// named baseline of bench/networks-import.ts. It commits batch by batch, so it is not all or nothing: the portal no longer uses it.
import { createHash } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse';
import { textOf } from '../../src/server/i18n/stored.js';
import { type LineContext, type ParsedLine, readFtmLine, readFtmObject } from '../../src/server/modules/networks/ftm-line.js';
import type { EntityRow, LinkRow, NetworksStore } from '../../src/server/modules/networks/store.js';

export interface ImportError {
  line: number;
  message: string;
}

export interface ImportReport {
  imported: number;
  entities: number;
  links: number;
  errors: ImportError[];
  /** All errors, including those beyond the first 1,000 listed. */
  errorCount: number;
}

const batchSize = 2000;
const maxListedErrors = 1000;

/** One import: feed it parsed lines in order, then finish(). Entities are written before the links that need them. */
export class NetworkImport {
  private entities: EntityRow[] = [];
  private entityLines = new Map<string, number>();
  private links: { row: LinkRow; line: number }[] = [];
  private deferred: { row: LinkRow; line: number }[] = [];
  private readonly report: ImportReport = { imported: 0, entities: 0, links: 0, errors: [], errorCount: 0 };

  constructor(
    private readonly store: NetworksStore,
    private readonly onEntities: (rows: EntityRow[]) => Promise<void>,
  ) {}

  fail(line: number, message: string): void {
    this.report.errorCount++;
    if (this.report.errors.length < maxListedErrors) this.report.errors.push({ line, message });
  }

  async add(line: number, parsed: ParsedLine): Promise<void> {
    if ('error' in parsed) return this.fail(line, textOf(parsed.error).render('en'));
    if (parsed.entity) {
      // The same id twice in one batch: the later line wins, as it would on re-import.
      if (this.entityLines.has(parsed.entity.id)) this.entities = this.entities.filter((e) => e.id !== parsed.entity!.id);
      this.entities.push(parsed.entity);
      this.entityLines.set(parsed.entity.id, line);
    }
    for (const row of parsed.links) this.links.push({ row, line });
    if (this.entities.length >= batchSize) await this.flushEntities();
    if (this.links.length >= batchSize) await this.flushLinks(this.takeLinks(), true);
  }

  private takeLinks() {
    const taken = this.links;
    this.links = [];
    return taken;
  }

  private async flushEntities(): Promise<void> {
    if (!this.entities.length) return;
    const batch = this.entities;
    const lines = this.entityLines;
    this.entities = [];
    this.entityLines = new Map();
    const written = await this.store.upsertEntities(batch);
    for (const row of batch) if (!written.has(row.id)) this.fail(lines.get(row.id)!, `id ${row.id} was recorded by another state and was not changed`);
    this.report.entities += written.size;
    this.report.imported += written.size;
    await this.onEntities(batch.filter((row) => written.has(row.id)));
  }

  /** Writes links whose ends exist; keeps the others for the end of the file (their entity may come later). */
  private async flushLinks(batch: { row: LinkRow; line: number }[], mayDefer: boolean): Promise<void> {
    if (!batch.length) return;
    await this.flushEntities();
    const unique = new Map(batch.map((b) => [b.row.id, b]));
    const written = await this.store.upsertLinks([...unique.values()].map((b) => b.row));
    const missed = [...unique.values()].filter((b) => !written.has(b.row.id));
    this.report.links += written.size;
    this.report.imported += written.size;
    if (!missed.length) return;
    const existing = await this.store.existingEntityIds([...new Set(missed.flatMap((b) => [b.row.sourceId, b.row.targetId]))]);
    for (const b of missed) {
      const absent = [b.row.sourceId, b.row.targetId].filter((id) => !existing.has(id));
      if (!absent.length) this.fail(b.line, `link ${b.row.id} was recorded by another state and was not changed`);
      else if (mayDefer) this.deferred.push(b);
      else this.fail(b.line, `link ${b.row.id} refers to a missing entity: ${absent.join(', ')}`);
    }
  }

  async finish(): Promise<ImportReport> {
    await this.flushEntities();
    await this.flushLinks(this.takeLinks(), true);
    const deferred = this.deferred;
    this.deferred = [];
    for (let i = 0; i < deferred.length; i += batchSize) await this.flushLinks(deferred.slice(i, i + batchSize), false);
    this.report.errors.sort((a, b) => a.line - b.line);
    return this.report;
  }
}

/** Reads JSON Lines from a stream without holding the file: one line at a time. */
export async function importJsonLines(input: Readable, ctx: LineContext, target: NetworkImport): Promise<ImportReport> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let number = 0;
  for await (const text of lines) {
    number++;
    if (!text.trim()) continue;
    await target.add(number, readFtmLine(text, ctx));
  }
  return target.finish();
}

/** How CSV columns become an FtM entity: the schema, and for each FtM property the CSV column holding it. */
export interface CsvMapping {
  schema: string;
  /** FtM property -> CSV column header. `id` maps the column holding a stable id; without it one is derived from the row. */
  columns: Record<string, string>;
}

/** Reads a CSV stream row by row, maps it to FtM and imports it; line numbers count the header as line 1 (one line per row). */
export async function importCsv(input: Readable, mapping: CsvMapping, ctx: LineContext, target: NetworkImport): Promise<ImportReport> {
  const parser = input.pipe(parseCsv({ columns: true, skip_empty_lines: true, relax_column_count: true, bom: true, trim: true }));
  let number = 1;
  try {
    for await (const record of parser as AsyncIterable<Record<string, string>>) {
      number++;
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
      const id =
        (mapping.columns.id && record[mapping.columns.id]) ||
        `csv-${createHash('sha1')
          .update(`${ctx.provenance.ownerState}|${mapping.schema}|${JSON.stringify(properties)}`)
          .digest('hex')
          .slice(0, 24)}`;
      await target.add(number, readFtmObject({ id, schema: mapping.schema, properties }, ctx));
    }
  } catch (error) {
    target.fail(number + 1, `CSV could not be read further: ${(error as Error).message}`);
  }
  return target.finish();
}
