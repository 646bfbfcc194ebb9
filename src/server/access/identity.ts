// Identity, verification and return: who is designated for which duty, who sees and answers a verification request,
// and who sees a referral and return case. Each rule has its SQL twin; identity.test.ts proves they agree.
import { type Sql, sql } from '../db/index.js';
import { isSystem } from './actor.js';
import { type Classification, clearedClassifications, effectiveClearance, hasRole, type Subject } from './subject.js';

export const DUTIES = ['verification', 'victims'] as const;
export type Duty = (typeof DUTIES)[number];

/** A subject with the duties their focal point designated them for (read once per request from identity_designations). */
export interface DutySubject extends Subject {
  duties: readonly Duty[];
}

/** Roles that may be designated: officers, analysts and focal points of a member state or organisation. */
export const DESIGNABLE_ROLES = ['officer', 'analyst', 'focal_point'] as const;

/** A focal point designates the officers of their own state or organisation (the system does, seeding the demo). */
export function designatesFor(subject: Subject, memberCode: string): boolean {
  return isSystem(subject) || (subject.state === memberCode && hasRole(subject, 'focal_point'));
}

/** Whether this person may hold a duty: one of the roles, and (for verification) of a state rather than an organisation. */
export function designable(person: Pick<Subject, 'roles' | 'organisationKind' | 'state'>, duty: Duty): boolean {
  if (!person.state || !person.roles.some((r) => (DESIGNABLE_ROLES as readonly string[]).includes(r))) return false;
  return duty === 'victims' ? person.organisationKind !== 'rso' : person.organisationKind === 'state_agency';
}

const cleared = (subject: Subject, classification: Classification, now: Date) =>
  clearedClassifications(effectiveClearance(subject, now)).includes(classification);

export interface VerificationFacts {
  fromState: string;
  toState: string;
  createdBy: string | null;
  classification: Classification;
}

/**
 * A verification request is seen, at its classification, by the two states only: in the requesting state by the officer
 * who asked, its designated officers and its focal point; in the requested state by its designated officers and focal point.
 */
export function seesVerification(subject: DutySubject, r: VerificationFacts, now: Date = new Date()): boolean {
  if (!subject.state || !cleared(subject, r.classification, now)) return false;
  const designatedOrFocal = subject.duties.includes('verification') || hasRole(subject, 'focal_point');
  if (subject.state === r.fromState) return r.createdBy === subject.userId || designatedOrFocal;
  if (subject.state === r.toState) return designatedOrFocal;
  return false;
}

/** SQL twin of seesVerification() over a verification_requests row aliased `a`. */
export function verificationsVisibleSql(subject: DutySubject, a: string, now: Date = new Date()): Sql {
  const levels = clearedClassifications(effectiveClearance(subject, now));
  if (!subject.state || levels.length === 0) return sql`FALSE`;
  const c = (name: string) => sql.raw(`${a}.${name}`);
  const designatedOrFocal = subject.duties.includes('verification') || hasRole(subject, 'focal_point');
  const fromSide = designatedOrFocal
    ? sql`${c('from_state')} = ${subject.state}`
    : sql`(${c('from_state')} = ${subject.state} AND ${c('created_by')} = ${subject.userId}::uuid)`;
  const toSide = designatedOrFocal ? sql`${c('to_state')} = ${subject.state}` : sql`FALSE`;
  return sql`(${c('classification')} = ANY(${levels}::text[]) AND (${fromSide} OR ${toSide}))`;
}

/** Only the requested state's designated officers answer (and ask for more information). */
export function answersVerification(subject: DutySubject, r: VerificationFacts, now: Date = new Date()): boolean {
  return seesVerification(subject, r, now) && subject.state === r.toState && subject.duties.includes('verification');
}

/** The requesting side adds information, withdraws the request and starts a return. */
export function asksVerification(subject: DutySubject, r: VerificationFacts, now: Date = new Date()): boolean {
  return seesVerification(subject, r, now) && subject.state === r.fromState;
}

export interface CaseFacts {
  hostState: string;
  homeState: string;
  referredTo: string | null;
  /** Consent in force to share with the home state (a return of a verified national needs none). */
  shareHome: boolean;
  /** Consent in force to share with the referred organisation. */
  shareOrg: boolean;
  classification: Classification;
}

export type CaseSide = 'host' | 'home' | 'organisation';

/** Which side of a case the subject works on, if any: always designated for victims, cleared to the case. */
export function caseSide(subject: DutySubject, c: CaseFacts, now: Date = new Date()): CaseSide | null {
  if (!subject.state || !subject.duties.includes('victims') || !cleared(subject, c.classification, now)) return null;
  if (subject.state === c.hostState) return 'host';
  if (subject.state === c.homeState && c.shareHome) return 'home';
  if (c.referredTo !== null && subject.state === c.referredTo && c.shareOrg) return 'organisation';
  return null;
}

export function seesCase(subject: DutySubject, c: CaseFacts, now: Date = new Date()): boolean {
  return caseSide(subject, c, now) !== null;
}

/** SQL twin of seesCase() over a victim_cases row aliased `a`. */
export function casesVisibleSql(subject: DutySubject, a: string, now: Date = new Date()): Sql {
  const levels = clearedClassifications(effectiveClearance(subject, now));
  if (!subject.state || !subject.duties.includes('victims') || levels.length === 0) return sql`FALSE`;
  const c = (name: string) => sql.raw(`${a}.${name}`);
  return sql`(${c('classification')} = ANY(${levels}::text[]) AND (${c('host_state')} = ${subject.state}
    OR (${c('home_state')} = ${subject.state} AND ${c('share_home')})
    OR (${c('referred_to')} = ${subject.state} AND ${c('share_org')})))`;
}
