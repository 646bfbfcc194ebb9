// What a checker sends, read into lines to check: structured documents, MRZ zones, a pasted manifest or an uploaded one.
// A line that cannot be checked is kept with the reason, so the answer still has one result per line in input order.

import { Invalid } from '../../errors.js';
import type { Text } from '../../i18n/text.js';
import { say } from './messages.js';
import { MrzError, mrzLines, type ParsedMrz, parseMrz } from './mrz.js';
import { issuingStateProblem, normaliseIssuingState, normaliseNumber, numberProblem } from './number.js';
import { type CheckBody, DOCUMENT_TYPES, type DocumentType, MAX_BATCH } from './schemas.js';
import { readSheet, SheetError } from './sheet.js';

export interface CheckLine {
  index: number;
  /** 1-based line of the pasted text or file. */
  line?: number;
  number: string;
  issuingState: string;
  type?: DocumentType;
  mrz?: ParsedMrz;
  problem?: Text;
}

const TYPE_ALIASES: Record<string, DocumentType> = {
  p: 'passport',
  pp: 'passport',
  id: 'identity_card',
  i: 'identity_card',
  idcard: 'identity_card',
  identity: 'identity_card',
  v: 'visa',
  td: 'travel_document',
  seafarer: 'seafarer_document',
  residence: 'residence_permit',
};

export function documentType(raw: string): DocumentType | null {
  const key = raw
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if ((DOCUMENT_TYPES as readonly string[]).includes(key)) return key as DocumentType;
  return TYPE_ALIASES[key.replace(/_/g, '')] ?? null;
}

/** Normalises one typed line; the problem (if any) names what is wrong. */
export function typedLine(index: number, raw: { number: string; issuingState: string; type?: string }, line?: number): CheckLine {
  const number = normaliseNumber(raw.number);
  const issuingState = normaliseIssuingState(raw.issuingState);
  const out: CheckLine = { index, line, number, issuingState };
  if (raw.type) {
    const type = documentType(raw.type);
    if (type) out.type = type;
    else out.problem = say('notAType', { type: raw.type, types: DOCUMENT_TYPES.join(', ') });
  }
  out.problem ??= numberProblem(number) ?? issuingStateProblem(issuingState) ?? undefined;
  return out;
}

export function mrzLine(index: number, text: string, line?: number): CheckLine {
  try {
    const mrz = parseMrz(text);
    const out = typedLine(index, { number: mrz.documentNumber, issuingState: mrz.issuingState }, line);
    out.mrz = mrz;
    if (mrz.documentType !== 'other') out.type = mrz.documentType;
    return out;
  } catch (error) {
    if (!(error instanceof MrzError)) throw error;
    return { index, line, number: '', issuingState: '', problem: error.text };
  }
}

const looksLikeMrz = (l: string) => /^[A-Z0-9<]+$/.test(l) && l.includes('<') && (l.length === 30 || l.length === 44);

/**
 * A pasted manifest: one document per line as "number, issuing state[, type]" (commas, semicolons or tabs), or MRZ
 * lines (two of 44 or three of 30 in a row). Blank lines and lines starting with # are skipped.
 */
export function textLines(text: string): CheckLine[] {
  const raw = text.split(/\r?\n/);
  const out: CheckLine[] = [];
  for (let i = 0; i < raw.length; i++) {
    const trimmed = raw[i].trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const squeezed = trimmed.toUpperCase().replace(/\s+/g, '');
    if (looksLikeMrz(squeezed)) {
      const size = squeezed.length === 44 ? 2 : 3;
      const block = raw.slice(i, i + size).map((l) => l.trim());
      out.push(mrzLine(out.length, block.join('\n'), i + 1));
      i += size - 1;
      continue;
    }
    const parts = trimmed.split(/\s*[,;\t|]\s*/);
    if (parts.length < 2)
      out.push({
        index: out.length,
        line: i + 1,
        number: '',
        issuingState: '',
        problem: say('lineShape'),
      });
    else out.push(typedLine(out.length, { number: parts[0], issuingState: parts[1], type: parts[2] }, i + 1));
  }
  return out;
}

/** An uploaded manifest: columns number and issuing_state (and type), or a column mrz holding each zone. */
export async function fileLines(file: { format: 'csv' | 'xlsx'; contentBase64: string }): Promise<CheckLine[]> {
  let sheet: Awaited<ReturnType<typeof readSheet>>;
  try {
    sheet = await readSheet(file.format, Buffer.from(file.contentBase64, 'base64'));
  } catch (error) {
    if (error instanceof SheetError) throw new Invalid('file', error.text);
    throw error;
  }
  const { header, rows } = sheet;
  const hasMrz = header.includes('mrz');
  if (!hasMrz && !(header.includes('number') && header.includes('issuing_state'))) throw new Invalid('file', say('fileColumns'));
  return rows.map((r, index) =>
    hasMrz && r.cells.mrz
      ? mrzLine(index, r.cells.mrz, r.line)
      : typedLine(index, { number: r.cells.number ?? '', issuingState: r.cells.issuing_state ?? '', type: r.cells.type || undefined }, r.line),
  );
}

/** Every line the body carries, at most a batch. */
export async function checkLines(body: CheckBody): Promise<{ source: 'documents' | 'mrz' | 'text' | 'file'; lines: CheckLine[] }> {
  let result: { source: 'documents' | 'mrz' | 'text' | 'file'; lines: CheckLine[] };
  if (body.documents) result = { source: 'documents', lines: body.documents.map((d, i) => typedLine(i, d)) };
  else if (body.mrz) result = { source: 'mrz', lines: body.mrz.map((m, i) => mrzLine(i, mrzLines(m).join('\n'))) };
  else if (body.text !== undefined) result = { source: 'text', lines: textLines(body.text) };
  else result = { source: 'file', lines: await fileLines(body.file!) };
  const field = result.source;
  if (result.lines.length === 0) throw new Invalid(field, say('nothingToCheck'));
  if (result.lines.length > MAX_BATCH) throw new Invalid(field, say('tooMany', { max: MAX_BATCH, count: result.lines.length }));
  return result;
}
