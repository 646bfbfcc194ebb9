// Who may see and keep an agreement between member states, as functions and (for lists) as SQL.
import { type Sql, sql } from '../db/index.js';
import { hasRole, type Subject } from './subject.js';

/** A focal point records agreements their own state is party to; the RSO admin records any. */
export function canKeepAgreement(subject: Subject, parties: string[]): boolean {
  if (hasRole(subject, 'admin')) return true;
  return hasRole(subject, 'focal_point') && subject.state !== null && parties.includes(subject.state);
}

/** Drafts are seen by their parties and the RSO only; every other agreement by any member (the permission refuses observers). */
export function seesAgreement(subject: Subject, agreement: { status: string; parties: string[] }): boolean {
  if (hasRole(subject, 'admin')) return true;
  return agreement.status !== 'draft' || (subject.state !== null && agreement.parties.includes(subject.state));
}

/** SQL twin of seesAgreement() over an agreements row aliased `alias` (parties in agreement_parties). */
export function agreementsVisibleTo(subject: Subject, alias: string): Sql {
  if (hasRole(subject, 'admin')) return sql`TRUE`;
  const a = (name: string) => sql.raw(`${alias}.${name}`);
  if (subject.state === null) return sql`(${a('status')} <> 'draft')`;
  return sql`(${a('status')} <> 'draft' OR EXISTS (SELECT 1 FROM agreement_parties p WHERE p.agreement_id = ${a('id')} AND p.member_code = ${subject.state}))`;
}

/** What the actor may do with one agreement, sent with it as `can`. */
export function agreementAbilities(subject: Subject, parties: string[]) {
  return { edit: canKeepAgreement(subject, parties) };
}
