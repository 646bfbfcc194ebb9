// The one CSV writer for every server export: quoting by csv-stringify, every text cell made spreadsheet-safe.
import { stringify } from 'csv-stringify/sync';
import { spreadsheetSafe } from './spreadsheet-safe.js';

export { spreadsheetSafe };
export type CsvCell = string | number | boolean | Date | null | undefined;

/** Rows as CSV text (RFC 4180), with no cell a spreadsheet would run as a formula. */
export function csvText(rows: readonly (readonly CsvCell[])[], options: { bom?: boolean } = {}): string {
  return stringify(
    rows.map((row) => row.map((value) => (typeof value === 'string' ? spreadsheetSafe(value) : value))),
    { bom: options.bom ?? false },
  );
}
