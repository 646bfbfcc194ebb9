// Who may edit a state's laws and move its assessments through drafting, submission and validation,
// and who sees an assessment before it is validated (as a function and as the same rule in SQL).
import { sql, type Sql } from '../db/index.js';
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
