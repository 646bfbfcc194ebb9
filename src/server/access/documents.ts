// Document checks: who checks, who keeps a state's list, and who sees the checks made against a state's records.
// The full record is a protected record (records.ts: canRead / readableBy); a checker who may not read it gets only
// hit or no hit, the status and the recording state.
import { type Sql, sql } from '../db/index.js';
import { effectiveClearance, hasRole, type Subject } from './subject.js';

/** Officers, analysts and focal points of a member state's agencies check documents (a border post needs no clearance). */
export function checksDocuments(subject: Subject): subject is Subject & { state: string } {
  return (
    subject.state !== null &&
    subject.organisationKind === 'state_agency' &&
    subject.memberStatus === 'member' &&
    hasRole(subject, 'officer', 'analyst', 'focal_point')
  );
}

/** A state's officers and focal point, cleared, record and withdraw its lost, stolen and fraudulent documents. */
export function keepsDocumentsOf(subject: Subject, state: string, now: Date = new Date()): boolean {
  return checksDocuments(subject) && subject.state === state && hasRole(subject, 'officer', 'focal_point') && effectiveClearance(subject, now) !== 'none';
}

/** Only the focal point decides whether the state keeps its list in clear or as keyed hashes. */
export function setsDocumentListModeOf(subject: Subject, state: string): boolean {
  return checksDocuments(subject) && subject.state === state && hasRole(subject, 'focal_point');
}

/** Who checked a state's records, and when: for that state's cleared officers, analysts and focal point only. */
export function seesChecksOf(subject: Subject, ownerState: string, now: Date = new Date()): boolean {
  return checksDocuments(subject) && subject.state === ownerState && effectiveClearance(subject, now) !== 'none';
}

/** SQL twin of seesChecksOf() over a column holding the record's owner state. */
export function checksVisibleSql(subject: Subject, ownerStateColumn: Sql, now: Date = new Date()): Sql {
  if (!checksDocuments(subject) || effectiveClearance(subject, now) === 'none') return sql`FALSE`;
  return sql`(${ownerStateColumn} = ${subject.state})`;
}
