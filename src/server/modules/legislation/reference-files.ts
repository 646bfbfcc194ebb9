// The three reference files (treaties.csv, treaties-later.csv, laws.csv): parsed and checked row by row with the
// line named on error, and compared with what is loaded (added, removed, changed rows) before anything is written.
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { textProblem } from '../../db/text.js';
import type { Text } from '../../i18n/text.js';
import { referenceSay as say } from './reference-messages.js';
import { isoDate, LAW_TOPICS, TREATIES, type Treaty } from './schemas.js';

export const TREATY_ACTIONS = ['signature', 'ratification', 'accession', 'acceptance', 'approval', 'succession'] as const;
export type TreatyAction = (typeof TREATY_ACTIONS)[number];
export const REFERENCE_FILES = ['treaties.csv', 'treaties-later.csv', 'laws.csv'] as const;
export type ReferenceFile = (typeof REFERENCE_FILES)[number];

export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    /** Said in the reader's language by the refusal that names the line. */
    readonly reason: Text,
  ) {
    super(`${file}:${line}: ${reason.render('en')}`);
  }
}

export interface TreatyRow {
  state: string;
  instrument: Treaty;
  action: TreatyAction;
  date: string;
  source: string;
}
export interface TreatyReportRow {
  state: string;
  instrument: Treaty;
  period: string;
  precision: 'month' | 'year' | 'unknown';
  what: string;
  source: string;
}
export interface LawRow {
  state: string;
  title: string;
  year: number | null;
  citation: string;
  topic: (typeof LAW_TOPICS)[number];
  source: string;
}

const COLUMNS: Record<ReferenceFile, string[]> = {
  'treaties.csv': ['iso3', 'instrument', 'action', 'date', 'source'],
  'treaties-later.csv': ['iso3', 'instrument', 'when', 'precision', 'what', 'source'],
  'laws.csv': ['iso3', 'title', 'year', 'citation', 'topic', 'source'],
};

export const sha256 = (body: string) => createHash('sha256').update(body).digest('hex');

function readCsv(file: ReferenceFile, body: string): Record<string, string>[] {
  let rows: Record<string, string>[];
  try {
    rows = parse(body, { columns: true, skip_empty_lines: true, trim: true, bom: true, record_delimiter: ['\r\n', '\n', '\r'] }) as Record<string, string>[];
  } catch (e) {
    const err = e as { lines?: number; message: string };
    throw new ImportError(file, err.lines ?? 1, say('unreadable', { reason: err.message }));
  }
  if (!rows.length) throw new ImportError(file, 1, say('noRows'));
  const missing = COLUMNS[file].filter((c) => !(c in rows[0]));
  if (missing.length) throw new ImportError(file, 1, say('missingColumns', { missing: missing.join(', '), expected: COLUMNS[file].join(',') }));
  return rows;
}

function checkRows<T>(
  file: ReferenceFile,
  body: string,
  members: Set<string>,
  key: (row: T) => string,
  read: (r: Record<string, string>, fail: (reason: Text) => never) => T,
): T[] {
  const seen = new Map<string, number>();
  return readCsv(file, body).map((r, i) => {
    const line = i + 2;
    const fail = (reason: Text): never => {
      throw new ImportError(file, line, reason);
    };
    // Reference facts are refused, not cleaned: a fact with a character removed is no longer the source's fact.
    for (const [column, value] of Object.entries(r)) {
      const problem = textProblem(value ?? '');
      if (problem) fail(say(problem === 'nul' ? 'nul' : 'invalidUnicode', { column }));
    }
    if (!members.has(r.iso3)) fail(say('notMember', { code: r.iso3 }));
    if (!r.source) fail(say('noSource'));
    const row = read(r, fail);
    const k = key(row);
    if (seen.has(k)) fail(say('sameRow', { line: seen.get(k)!, key: k }));
    seen.set(k, line);
    return row;
  });
}

const instrumentOf = (r: Record<string, string>, fail: (reason: Text) => never): Treaty =>
  (TREATIES as readonly string[]).includes(r.instrument) ? (r.instrument as Treaty) : fail(say('instrument', { value: r.instrument }));

export const treatyKey = (r: { state: string; instrument: string; action: string }) => `${r.state} ${r.instrument} ${r.action}`;
export const reportKey = (r: { state: string; instrument: string }) => `${r.state} ${r.instrument}`;
export const lawKey = (r: { state: string; title: string; citation: string }) => `${r.state}|${r.title}|${r.citation}`;

/** treaties.csv: iso3,instrument,action,date,source; one row per state, instrument and action. */
export function parseTreaties(body: string, members: Set<string>): TreatyRow[] {
  return checkRows('treaties.csv', body, members, treatyKey, (r, fail) => {
    const instrument = instrumentOf(r, fail);
    if (!(TREATY_ACTIONS as readonly string[]).includes(r.action)) fail(say('action', { value: r.action, choices: TREATY_ACTIONS.join(', ') }));
    if (!isoDate.safeParse(r.date).success) fail(say('date', { value: r.date }));
    return { state: r.iso3, instrument, action: r.action as TreatyAction, date: r.date, source: r.source };
  });
}

/** treaties-later.csv: iso3,instrument,when,precision,what,source; `when` is YYYY-MM or YYYY as `precision` says, never a day. */
export function parseTreatyReports(body: string, members: Set<string>): TreatyReportRow[] {
  return checkRows('treaties-later.csv', body, members, reportKey, (r, fail) => {
    const instrument = instrumentOf(r, fail);
    const shapes = { month: /^\d{4}-(0[1-9]|1[0-2])$/, year: /^\d{4}$/, unknown: /^$/ } as const;
    if (!(r.precision in shapes)) fail(say('precision', { value: r.precision }));
    const precision = r.precision as keyof typeof shapes;
    if (!shapes[precision].test(r.when)) fail(say(`when.${precision}`, { value: r.when }));
    if (!r.what) fail(say('noWhat'));
    return { state: r.iso3, instrument, period: r.when, precision, what: r.what, source: r.source };
  });
}

/** laws.csv: iso3,title,year,citation,topic,source; the year may be blank where the source gives none. */
export function parseLaws(body: string, members: Set<string>): LawRow[] {
  return checkRows('laws.csv', body, members, lawKey, (r, fail) => {
    if (!r.title) fail(say('noTitle'));
    if (r.year && !/^\d{4}$/.test(r.year)) fail(say('year', { value: r.year }));
    if (!(LAW_TOPICS as readonly string[]).includes(r.topic)) fail(say('topic', { value: r.topic, choices: LAW_TOPICS.join(', ') }));
    return { state: r.iso3, title: r.title, year: r.year ? Number(r.year) : null, citation: r.citation, topic: r.topic as LawRow['topic'], source: r.source };
  });
}

export interface DiffRow {
  key: string;
  state: string;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  fields?: string[];
}
export interface Diff {
  added: DiffRow[];
  removed: DiffRow[];
  changed: DiffRow[];
  unchanged: number;
}

/** What a new version of a file adds, removes and changes, row by row (rows are matched by their key). */
export function diffRows<T extends { state: string }>(before: T[], after: T[], key: (r: T) => string, fields: (keyof T & string)[]): Diff {
  const old = new Map(before.map((r) => [key(r), r]));
  const next = new Map(after.map((r) => [key(r), r]));
  const pick = (r: T) => Object.fromEntries(fields.map((f) => [f, r[f] ?? null]));
  const diff: Diff = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const [k, r] of next) {
    const was = old.get(k);
    if (!was) {
      diff.added.push({ key: k, state: r.state, after: pick(r) });
      continue;
    }
    const differ = fields.filter((f) => (was[f] ?? null) !== (r[f] ?? null));
    if (differ.length) diff.changed.push({ key: k, state: r.state, before: pick(was), after: pick(r), fields: differ });
    else diff.unchanged += 1;
  }
  for (const [k, r] of old) if (!next.has(k)) diff.removed.push({ key: k, state: r.state, before: pick(r) });
  return diff;
}
