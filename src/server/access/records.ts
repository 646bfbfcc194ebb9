// Record-level access: who may read a protected record, as a function and as the same rule in SQL.
// Lists, searches, counts, exports and graph queries use readableBy(); single reads use canRead().
// A test checks the two agree over every combination of subject and record.
import { type Sql, sql } from '../db/index.js';
import { type Classification, clearedClassifications, effectiveClearance, type Subject } from './subject.js';

export const HANDLING_CODES = ['originator_control', 'not_evidential', 'releasable_only'] as const;
export type HandlingCode = (typeof HANDLING_CODES)[number];

/** The columns every protected record carries. */
export interface Protection {
  ownerState: string | null;
  classification: Classification;
  releasableStates: string[];
  releasableGroups: string[];
  handlingCodes?: HandlingCode[];
}

/**
 * public: anyone. members: any signed-in user of a member or the secretariat (not observers).
 * restricted and above: cleared to that level today, and of the owner state or one it was released to
 * (by state or by group).
 */
export function canRead(subject: Subject | null, record: Protection, now: Date = new Date()): boolean {
  if (record.classification === 'public') return true;
  if (!subject) return false;
  if (record.classification === 'members') return subject.memberStatus !== 'observer';
  if (!clearedClassifications(effectiveClearance(subject, now)).includes(record.classification)) return false;
  if (subject.state === null) return record.releasableGroups.some((g) => subject.groups.includes(g));
  return (
    record.ownerState === subject.state || record.releasableStates.includes(subject.state) || record.releasableGroups.some((g) => subject.groups.includes(g))
  );
}

export interface ProtectionColumns {
  ownerState: Sql;
  classification: Sql;
  releasableStates: Sql;
  releasableGroups: Sql;
}

/** Column names for a table aliased `alias` that uses the standard names. */
export function standardColumns(alias: string): ProtectionColumns {
  const a = alias ? `${alias}.` : '';
  return {
    ownerState: sql.raw(`${a}owner_state`),
    classification: sql.raw(`${a}classification`),
    releasableStates: sql.raw(`${a}releasable_states`),
    releasableGroups: sql.raw(`${a}releasable_groups`),
  };
}

/** The SQL twin of canRead(): a boolean expression over the record's columns. */
export function readableBy(subject: Subject | null, columns: ProtectionColumns | string, now: Date = new Date()): Sql {
  const c = typeof columns === 'string' ? standardColumns(columns) : columns;
  if (!subject) return sql`(${c.classification} = 'public')`;
  const levels = ['public', ...(subject.memberStatus !== 'observer' ? ['members'] : [])];
  const cleared = clearedClassifications(effectiveClearance(subject, now));
  const open = sql`${c.classification} = ANY(${levels}::text[])`;
  if (cleared.length === 0) return sql`(${open})`;
  const released = sql.or([
    ...(subject.state ? [sql`${c.ownerState} = ${subject.state}`, sql`${subject.state}::text = ANY(${c.releasableStates})`] : []),
    sql`${c.releasableGroups} && ${subject.groups}::text[]`,
  ]);
  return sql`(${open} OR (${c.classification} = ANY(${cleared}::text[]) AND ${released}))`;
}

/** Sharing onward (to anyone beyond the current releasability) of an originator-controlled record needs consent. */
export function needsOriginatorConsent(subject: Subject, record: Protection): boolean {
  return (record.handlingCodes ?? []).includes('originator_control') && record.ownerState !== subject.state;
}
