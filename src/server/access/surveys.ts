// Survey access: who builds and reviews a survey, who answers for a state, who sees it, and who decides on publication.
import { type Sql, sql } from '../db/index.js';
import { allows, Permission } from './permissions.js';
import { hasRole, type Subject } from './subject.js';

export interface SurveyFacts {
  status: 'draft' | 'open' | 'closed';
  coordinatorStates: string[];
  recipients: string[];
  createdBy: string | null;
  published: boolean;
}

/** A coordinator of the survey (its creator, a coordinator of a coordinating state, or a coordinator of the secretariat). */
export function managesSurvey(subject: Subject, s: SurveyFacts): boolean {
  if (!hasRole(subject, 'coordinator')) return false;
  return subject.state === null || s.createdBy === subject.userId || s.coordinatorStates.includes(subject.state);
}

/** Sent surveys are seen by their recipients; drafts only by their coordinators; published ones by every member. */
export function seesSurvey(subject: Subject, s: SurveyFacts): boolean {
  if (managesSurvey(subject, s)) return true;
  if (s.published && subject.memberStatus !== 'observer') return true;
  return s.status !== 'draft' && subject.state !== null && s.recipients.includes(subject.state);
}

/** SQL twin of seesSurvey() over a surveys row aliased `alias`. */
export function surveysVisibleTo(subject: Subject, alias: string): Sql {
  const c = (name: string) => sql.raw(`${alias}.${name}`);
  const parts: Sql[] = [];
  if (hasRole(subject, 'coordinator')) {
    if (subject.state === null) return sql`TRUE`;
    parts.push(sql`${c('created_by')} = ${subject.userId}::uuid`, sql`${subject.state}::text = ANY(${c('coordinator_states')})`);
  }
  if (subject.memberStatus !== 'observer') parts.push(sql`${c('published_at')} IS NOT NULL`);
  if (subject.state) parts.push(sql`(${c('status')} <> 'draft' AND ${subject.state}::text = ANY(${c('recipients')}))`);
  return sql.or(parts);
}

/** The state's focal point and policy officers answer; other officers only when the focal point delegated them. */
export function answersForState(subject: Subject, state: string, delegated: boolean): boolean {
  if (subject.state !== state) return false;
  return hasRole(subject, 'focal_point', 'policy') || delegated;
}

/** Only the focal point submits a state's answers, delegates officers and gives (or withholds) consent to publish. */
export function speaksForState(subject: Subject, state: string): boolean {
  return subject.state === state && allows(subject, Permission.SurveysSpeak);
}

/** Why a review is refused, as data: the service says it in the reader's words (surveys/refusals.ts). */
export type ReviewRefusal = 'not_coordinator' | 'own_state';

/** A coordinator reviews other states' answers, never their own state's: null when this one may review `state`'s answers. */
export function reviewRefusal(subject: Subject, s: SurveyFacts, state: string): ReviewRefusal | null {
  if (!managesSurvey(subject, s)) return 'not_coordinator';
  if (subject.state === state) return 'own_state';
  return null;
}

/** Surveys are built by coordinators (of a state or of the secretariat). */
export function buildsSurveys(subject: Subject): boolean {
  return hasRole(subject, 'coordinator');
}

/** A response whose answers a state has sent in: submitted, returned with comments or accepted (not a draft, not started). */
export function hasAnswersToPublish(status: string): boolean {
  return status !== 'draft' && status !== 'not_started';
}

/**
 * The one consent rule: the state's focal point decides on publishing its answers once they are sent in, and still after
 * review (returned or accepted). SurveysAnswering.consent enforces it; `can.consent` on a response and on a survey's
 * myResponse says it.
 */
export function decidesPublicationOf(subject: Subject, state: string, status: string): boolean {
  return speaksForState(subject, state) && hasAnswersToPublish(status);
}

/** What the actor may do with a survey, sent with it as `can`. */
export function surveyAbilities(subject: Subject, s: SurveyFacts) {
  const manage = managesSurvey(subject, s);
  return {
    manage,
    send: manage && s.status === 'draft',
    close: manage && s.status === 'open',
    // As SurveysService.publish: any sent survey (open or closed) whose results are not yet published.
    publish: manage && s.status !== 'draft' && !s.published,
    answer: s.status === 'open' && subject.state !== null && s.recipients.includes(subject.state) && answersForState(subject, subject.state, false),
  };
}

/** What the actor may do with one state's response, sent with it as `can` (`editable`: open survey, response not yet submitted). */
export function responseAbilities(subject: Subject, s: SurveyFacts, state: string, answers: boolean, editable: boolean, status: string) {
  return {
    edit: answers && editable,
    submit: answers && editable && speaksForState(subject, state),
    consent: decidesPublicationOf(subject, state, status),
    delegate: speaksForState(subject, state),
    review: status === 'submitted' && reviewRefusal(subject, s, state) === null,
  };
}
