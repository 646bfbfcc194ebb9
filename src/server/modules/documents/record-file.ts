// A state's list of documents as a CSV or XLSX file: the template, and reading it line by line into documents to record.
import ExcelJS from 'exceljs';
import { csvText } from '../../csv.js';
import type { Text } from '../../i18n/text.js';
import { issueText } from '../../i18n/validation.js';
import { documentType } from './manifest.js';
import { say } from './messages.js';
import { type DocumentInput, documentBody } from './schemas.js';
import { readSheet, type SheetRow } from './sheet.js';

export const RECORD_COLUMNS = [
  'number',
  'number_hash',
  'issuing_state',
  'type',
  'status',
  'issued_on',
  'expires_on',
  'reported_on',
  'notes',
  'classification',
] as const;

const EXAMPLES = [
  ['B1234567', '', 'IDN', 'passport', 'stolen', '2021-03-01', '2031-03-01', '2025-06-14', 'stolen with a bag at Soekarno-Hatta', 'restricted'],
  ['', '3f1c0e5b9a7d2c4e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e', 'IDN', 'identity_card', 'lost', '', '', '2025-07-02', '', ''],
];
const NOTE =
  'Bali Portal document list. One document per line: number (or number_hash, the HMAC-SHA256 of "ISSUING_STATE|NUMBER" under the regional key, for a hashed list), issuing_state (ICAO code), type (passport, identity_card, visa, travel_document, seafarer_document, residence_permit, other), status (lost, stolen, revoked, fraudulent, counterfeit), dates as YYYY-MM-DD. Delete the example lines.';

export function csvTemplate(): string {
  return `# ${NOTE}\n${csvText([[...RECORD_COLUMNS], ...EXAMPLES])}`;
}

export async function xlsxTemplate(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Bali Portal';
  const sheet = book.addWorksheet('documents');
  sheet.addRow([...RECORD_COLUMNS]).font = { bold: true };
  for (const e of EXAMPLES) sheet.addRow(e);
  sheet.columns.forEach((c) => {
    c.width = 16;
  });
  book.addWorksheet('about').addRow([NOTE]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

export interface FileIssue {
  line: number;
  field: string;
  message: string | Text;
}

/** Column in the file of a field of the JSON document, so an issue names what the user sees. */
const COLUMN_OF: Record<string, string> = {
  numberHash: 'number_hash',
  issuingState: 'issuing_state',
  issuedOn: 'issued_on',
  expiresOn: 'expires_on',
  reportedOn: 'reported_on',
};
export const columnOf = (field: string) => COLUMN_OF[field] ?? field;

function toInput(r: SheetRow): unknown {
  const c = r.cells;
  const opt = (v: string | undefined) => (v ? v : undefined);
  return {
    number: opt(c.number),
    numberHash: opt(c.number_hash),
    issuingState: c.issuing_state ?? '',
    type: c.type ? (documentType(c.type) ?? c.type) : undefined,
    status: c.status?.toLowerCase(),
    issuedOn: opt(c.issued_on),
    expiresOn: opt(c.expires_on),
    reportedOn: opt(c.reported_on),
    notes: opt(c.notes),
    classification: opt(c.classification?.toLowerCase()),
  };
}

/** Every line read and checked against the document shape; the list is usable only when issues is empty. */
export async function readRecordFile(format: 'csv' | 'xlsx', content: Buffer): Promise<{ documents: DocumentInput[]; lines: number[]; issues: FileIssue[] }> {
  const { header, rows } = await readSheet(format, content);
  const issues: FileIssue[] = [];
  const missing = ['issuing_state', 'type', 'status'].filter((c) => !header.includes(c));
  if (!header.includes('number') && !header.includes('number_hash')) missing.unshift('number');
  if (missing.length) return { documents: [], lines: [], issues: [{ line: 1, field: missing[0], message: say('headerColumn', { column: missing[0] }) }] };
  const documents: DocumentInput[] = [];
  const lines: number[] = [];
  for (const row of rows) {
    const parsed = documentBody.safeParse(toInput(row));
    if (parsed.success) {
      documents.push(parsed.data);
      lines.push(row.line);
    } else
      for (const issue of parsed.error.issues)
        issues.push({ line: row.line, field: columnOf(String(issue.path[issue.path.length - 1] ?? 'number')), message: issueText(issue) });
  }
  if (rows.length === 0) issues.push({ line: 2, field: 'number', message: say('noDocuments') });
  return { documents, lines, issues };
}
