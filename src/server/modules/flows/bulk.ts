// Bulk returns: the CSV and XLSX templates, and reading an uploaded file line by line into a return with a report.

import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import { csvText } from '../../csv.js';
import type { Text } from '../../i18n/text.js';
import { issueText } from '../../i18n/validation.js';
import { say } from './messages.js';
import type { Issue } from './returns.js';
import { crossingLine, incidentLine, profileLine, type ReturnLines } from './schemas.js';

export const TEMPLATE_COLUMNS = [
  'record',
  'direction',
  'citizenship',
  'count',
  'origin',
  'transit',
  'destination',
  'means',
  'vessel_type',
  'fraudulent_documents',
  'visa_misuse',
  'fee_amount',
  'fee_currency',
  'group_size',
  'deaths',
  'injuries',
  'profile',
  'age_band',
  'sex',
  'nationality',
] as const;

const EXAMPLES: string[][] = [
  ['crossing', 'entry', 'LKA', '42', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', ''],
  ['incident', '', '', '', 'LKA', 'MYS;IDN', 'AUS', 'sea', 'fishing_boat', 'no', 'no', '3500', 'USD', '38', '0', '2', '', '', '', ''],
  ['profile', '', '', '12', '', '', '', '', '', '', '', '', '', '', '', '', 'migrant', '18-25', 'male', 'LKA'],
];
const NOTE =
  'Bali Portal flows return template. One line per record: crossing (detected irregular entry/exit by citizenship), incident (smuggling incident), profile (counts by age band, sex, nationality: never names). transit: ISO3 codes separated by ";". Yes/no for documents and visa misuse. Delete the example lines.';

export function csvTemplate(): string {
  return `# ${NOTE}\n${csvText([[...TEMPLATE_COLUMNS], ...EXAMPLES])}`;
}

export async function xlsxTemplate(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Bali Portal';
  const sheet = book.addWorksheet('return');
  sheet.addRow([...TEMPLATE_COLUMNS]).font = { bold: true };
  for (const e of EXAMPLES) sheet.addRow(e.map((v) => (/^\d+$/.test(v) ? Number(v) : v)));
  sheet.columns.forEach((c) => {
    c.width = 14;
  });
  book.addWorksheet('about').addRow([NOTE]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The file's rows as records of text keyed by column, each with its line number in the file (header = line 1). */
async function rowsOf(format: 'csv' | 'xlsx', content: Buffer): Promise<{ line: number; cells: Record<string, string> }[]> {
  let table: string[][];
  let firstLine = 1;
  if (format === 'csv') {
    const text = content.toString('utf8').replace(/^\uFEFF/, '');
    const lines = text.split(/\r?\n/);
    while (lines[firstLine - 1]?.startsWith('#')) firstLine++;
    table = parse(lines.slice(firstLine - 1).join('\n'), { relax_column_count: true, skip_empty_lines: false }) as string[][];
  } else {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(content as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    table = [];
    sheet?.eachRow({ includeEmpty: true }, (row, n) => {
      while (table.length < n - 1) table.push([]);
      const values = row.values as unknown[];
      table.push(
        values
          .slice(1)
          .map((v) =>
            v === null || v === undefined ? '' : typeof v === 'object' && 'result' in (v as object) ? String((v as { result: unknown }).result) : String(v),
          ),
      );
    });
  }
  const header = (table[0] ?? []).map((h) => h.trim().toLowerCase());
  const missing = TEMPLATE_COLUMNS.filter((c) => ['record'].includes(c) && !header.includes(c));
  if (missing.length) throw new HeaderError(firstLine, missing[0]);
  return table
    .slice(1)
    .map((cells, i) => ({ line: firstLine + 1 + i, cells: Object.fromEntries(header.map((h, k) => [h, (cells[k] ?? '').trim()])) }))
    .filter((r) => Object.values(r.cells).some((v) => v !== ''));
}

/** The file's header lacks a column the template has: said to the person with the line and the column. */
export class HeaderError extends Error {
  constructor(
    readonly line: number,
    readonly column: string,
  ) {
    super(`line ${line}: the header has no "${column}" column; download the template`);
  }
}

const number = (v: string) => (v === '' ? undefined : Number(v.replace(/[ ,]/g, '')));
const yesNo = (v: string) =>
  v === '' ? undefined : ['yes', 'y', 'true', '1'].includes(v.toLowerCase()) ? true : ['no', 'n', 'false', '0'].includes(v.toLowerCase()) ? false : v;
const upper = (v: string) => v.toUpperCase();

/** Column name in the file for a field of the JSON return, so an issue is reported against what the user sees. */
const COLUMN_OF: Record<string, string> = {
  vesselType: 'vessel_type',
  fraudulentDocuments: 'fraudulent_documents',
  visaMisuse: 'visa_misuse',
  groupSize: 'group_size',
  ageBand: 'age_band',
  amount: 'fee_amount',
  currency: 'fee_currency',
};

export interface ParsedFile {
  lines: ReturnLines;
  /** File line of each crossing, incident and profile, by index. */
  at: { crossings: number[]; incidents: number[]; profiles: number[] };
  issues: { line: number; field: string; message: Text }[];
}

/** Reads every line; each line's problems are reported with its number. The return is usable only when issues is empty. */
export async function readReturnFile(format: 'csv' | 'xlsx', content: Buffer): Promise<ParsedFile> {
  const rows = await rowsOf(format, content);
  const out: ParsedFile = { lines: { crossings: [], incidents: [], profiles: [] }, at: { crossings: [], incidents: [], profiles: [] }, issues: [] };
  const report = (line: number, error: z.ZodError) => {
    for (const issue of error.issues) {
      const field = issue.path.length ? String(issue.path[issue.path.length - 1]) : 'record';
      out.issues.push({ line, field: COLUMN_OF[field] ?? field, message: issueText(issue) });
    }
  };
  for (const { line, cells: c } of rows) {
    const kind = c.record?.toLowerCase();
    if (kind === 'crossing') {
      const r = crossingLine.safeParse({ direction: c.direction?.toLowerCase(), citizenship: upper(c.citizenship ?? ''), count: number(c.count ?? '') });
      if (r.success) {
        out.lines.crossings.push(r.data);
        out.at.crossings.push(line);
      } else report(line, r.error);
    } else if (kind === 'incident') {
      const fee = c.fee_amount || c.fee_currency ? { amount: number(c.fee_amount ?? ''), currency: upper(c.fee_currency ?? '') } : null;
      const r = incidentLine.safeParse({
        origin: upper(c.origin ?? ''),
        transit: (c.transit ?? '')
          .split(/[;>|]/)
          .map((t) => upper(t.trim()))
          .filter(Boolean),
        destination: upper(c.destination ?? ''),
        means: c.means?.toLowerCase(),
        vesselType: c.vessel_type ? c.vessel_type.toLowerCase() : null,
        fraudulentDocuments: yesNo(c.fraudulent_documents ?? ''),
        visaMisuse: yesNo(c.visa_misuse ?? ''),
        fee,
        groupSize: number(c.group_size ?? ''),
        deaths: number(c.deaths ?? ''),
        injuries: number(c.injuries ?? ''),
      });
      if (r.success) {
        out.lines.incidents.push(r.data);
        out.at.incidents.push(line);
      } else report(line, r.error);
    } else if (kind === 'profile') {
      const r = profileLine.safeParse({
        profile: c.profile?.toLowerCase(),
        ageBand: c.age_band,
        sex: c.sex?.toLowerCase(),
        nationality: upper(c.nationality ?? ''),
        count: number(c.count ?? ''),
      });
      if (r.success) {
        out.lines.profiles.push(r.data);
        out.at.profiles.push(line);
      } else report(line, r.error);
    } else out.issues.push({ line, field: 'record', message: say('issue.recordKind', { got: c.record ?? '' }) });
  }
  if (rows.length === 0) out.issues.push({ line: 2, field: 'record', message: say('issue.noLines') });
  return out;
}

/** Maps an issue found in the assembled return back to the file line it came from. */
export function lineOf(parsed: ParsedFile, issue: Issue): { field: string; line?: number } {
  const [kind, index, ...rest] = issue.path;
  const lines = parsed.at[kind as keyof ParsedFile['at']];
  const field = String(rest[rest.length - 1] ?? kind);
  return lines && typeof index === 'number' ? { line: lines[index], field: COLUMN_OF[field] ?? field } : { field: issue.path.join('.') };
}
