// The records inside a backup file, in the order they are written: header, then per table its columns and rows,
// then sequences, then the manifest that restore checks everything against.
import type { SequenceValue } from './catalog.js';

export interface BackupContent {
  header: {
    type: 'backup';
    version: 2;
    createdAt: string;
    engine: 'pglite' | 'postgres';
    /** Applied migrations: the schema version. */
    schema: string[];
    tables: { name: string; rows: number }[];
  };
  table: { type: 'table'; name: string; columns: string[] };
  /** Rows stay JSON text end to end (see rowsLine): JavaScript numbers would round a numeric column. */
  rows: { type: 'rows'; count: number; rows: string };
  sequences: { type: 'sequences'; values: SequenceValue[] };
  manifest: { type: 'manifest'; tables: Record<string, { rows: number; checksum: string }>; rows: number };
}

export type BackupRecord = BackupContent[keyof BackupContent];

/** Where a backup or restore has got to: rows so far over rows in all. */
export interface Progress {
  table: string;
  tableIndex: number;
  tables: number;
  rows: number;
  totalRows: number;
}

const ROWS_PREFIX = /^\{"type":"rows","count":(\d+),"rows":/;

/** A line of rows, each the jsonb text PostgreSQL wrote, never parsed into JavaScript values. */
export function rowsLine(rows: string[]): string {
  return `{"type":"rows","count":${rows.length},"rows":[${rows.join(',')}]}`;
}

/** Reads a line back: a rows line keeps its rows as the JSON array text to hand to PostgreSQL; any other is parsed. */
export function parseRecord(line: string): BackupRecord {
  const rows = ROWS_PREFIX.exec(line);
  if (rows && line.endsWith('}')) return { type: 'rows', count: Number(rows[1]), rows: line.slice(rows[0].length, -1) };
  return JSON.parse(line) as BackupRecord;
}
