// Who may edit a state's laws and move its assessments through drafting, submission and validation,
// and who sees an assessment before it is validated (as a function and as the same rule in SQL).
import { type Sql, sql } from '../db/index.js';
import { hasRole, type Subject } from './subject.js';

/** Focal points and policy officers keep their own state's instruments and provisions. */
export function canEditStateLegislation(subject: Subject, state: string): boolean {
  return subject.state === state && hasRole(subject, 'focal_point', 'policy');
}

/** A policy officer (or the focal point) of the state drafts and revises its assessments. */
export function canDraftAssessment(subject: Subject, state: string): boolean {
  return subject.state === state && hasRole(subject, 'policy', 'focal_point');
}

/** Only the state's focal point submits its assessments for validation. */
export function canSubmitAssessment(subject: Subject, state: string): boolean {
  return subject.state === state && hasRole(subject, 'focal_point');
}

export type ValidationRefusal = 'not_coordinator' | 'own_state';

/** A coordinator validates or returns, never for the state that submitted (no one checks their own homework). */
export function validationRefusal(subject: Subject, state: string): ValidationRefusal | null {
  if (!hasRole(subject, 'coordinator')) return 'not_coordinator';
  if (subject.state === state) return 'own_state';
  return null;
}

/** Until validated, an assessment is seen only by its own state and by coordinators. */
export function canSeeUnvalidated(subject: Subject, state: string): boolean {
  return subject.state === state || hasRole(subject, 'coordinator');
}

/** SQL twin of canSeeUnvalidated() for an assessment row aliased `alias` (columns state, workflow). */
export function unvalidatedVisibleTo(subject: Subject, alias: string): Sql {
  if (hasRole(subject, 'coordinator')) return sql`TRUE`;
  if (!subject.state) return sql`FALSE`;
  return sql`${sql.raw(`${alias}.state`)} = ${subject.state}`;
}

/** Bilateral extradition and MLA instruments are recorded by a focal point of one of the parties. */
export function canRecordCooperationInstrument(subject: Subject, parties: string[]): boolean {
  return subject.state !== null && parties.includes(subject.state) && hasRole(subject, 'focal_point');
}

/** A state's focal point vouches for its reference facts: records newer treaty actions and confirms the laws of the reference file. */
export function canVouchForState(subject: Subject, state: string): boolean {
  return subject.state === state && hasRole(subject, 'focal_point');
}

/** A validated treaty record is seen by every member; until then, like an assessment, by its state and coordinators. */
export function canSeeTreatyRecord(subject: Subject, record: { state: string; workflow: string }): boolean {
  return record.workflow === 'validated' || canSeeUnvalidated(subject, record.state);
}

/** SQL twin of canSeeTreatyRecord() for a treaty_records row aliased `alias`. */
export function treatyRecordVisibleTo(subject: Subject, alias: string): Sql {
  return sql`(${sql.raw(`${alias}.workflow`)} = 'validated' OR ${unvalidatedVisibleTo(subject, alias)})`;
}

/** What the actor may do with an assessment (its newest version), sent with it as `can`. */
export function assessmentAbilities(subject: Subject, a: { state: string; workflow: string }) {
  const open = a.workflow === 'draft' || a.workflow === 'returned';
  return {
    revise: open && canDraftAssessment(subject, a.state),
    submit: open && canSubmitAssessment(subject, a.state),
    validate: a.workflow === 'submitted' && validationRefusal(subject, a.state) === null,
  };
}

/** What the actor may do with a law of a state, sent with it as `can` (confirm: a reference-file law not yet confirmed). */
export function instrumentAbilities(subject: Subject, i: { state: string; reference: { confirmed: boolean } | null }) {
  return {
    edit: canEditStateLegislation(subject, i.state),
    confirm: i.reference !== null && !i.reference.confirmed && canVouchForState(subject, i.state),
  };
}
