// Reads an uploaded CSV or XLSX file as rows of text keyed by lower-case header, each with its line number in the file,
// so that every problem is reported against the line a person sees in their spreadsheet.

import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Text } from '../../i18n/text.js';
import { say } from './messages.js';

export interface SheetRow {
  line: number;
  cells: Record<string, string>;
}

/** Why a file cannot be read as a sheet, in the reader's language (the English stays the error's message, for logs). */
export class SheetError extends Error {
  constructor(
    readonly text: Text,
    options?: ErrorOptions,
  ) {
    super(text.render('en'), options);
  }
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { result?: unknown; text?: unknown; richText?: { text: string }[] };
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if (o.text !== undefined) return String(o.text);
    if (o.result !== undefined) return cellText(o.result);
  }
  return String(v);
}

/** Rows after the header (lines starting with # before it are notes); blank rows are skipped but keep their numbers. */
export async function readSheet(format: 'csv' | 'xlsx', content: Buffer): Promise<{ header: string[]; rows: SheetRow[] }> {
  let table: string[][];
  let firstLine = 1;
  if (format === 'csv') {
    const text = content.toString('utf8').replace(/^\uFEFF/, '');
    if (text.includes('\u0000')) throw new SheetError(say('notText'));
    const lines = text.split(/\r?\n/);
    while (lines[firstLine - 1]?.startsWith('#')) firstLine++;
    try {
      table = parse(lines.slice(firstLine - 1).join('\n'), { relax_column_count: true, skip_empty_lines: false, relax_quotes: true }) as string[][];
    } catch (error) {
      throw new SheetError(say('csvUnreadable'), { cause: error });
    }
  } else {
    const book = new ExcelJS.Workbook();
    try {
      await book.xlsx.load(content as unknown as ArrayBuffer);
    } catch {
      throw new SheetError(say('notXlsx'));
    }
    const sheet = book.worksheets[0];
    table = [];
    sheet?.eachRow({ includeEmpty: true }, (row, n) => {
      while (table.length < n - 1) table.push([]);
      table.push((row.values as unknown[]).slice(1).map(cellText));
    });
  }
  const header = (table[0] ?? []).map((h) => h.trim().toLowerCase().replace(/\s+/g, '_'));
  const rows = table
    .slice(1)
    .map((cells, i) => ({ line: firstLine + 1 + i, cells: Object.fromEntries(header.map((h, k) => [h, (cells[k] ?? '').trim()])) }))
    .filter((r) => Object.values(r.cells).some((v) => v !== ''));
  return { header, rows };
}
