// How a verification request is shown: its facts for the access rules, the person as recorded, its list row, and the
// whole request with what the reader may do on it.
import { answersVerification, asksVerification, type DutySubject, seesVerification, type VerificationFacts } from '../../access/identity.js';
import { today } from '../../access/subject.js';
import { normaliseIssuingState, normaliseNumber } from '../documents/number.js';
import { latinOf, scriptOf } from './names.js';
import type { Answer, Person, PersonInput, VerificationView } from './schemas.js';
import type { RequestRow } from './store.js';

/** Answers that settle a request; the others (more information needed) keep it open. */
export const FINAL: readonly Answer[] = ['confirmed', 'not_confirmed', 'cannot_determine'];
export const LIVE = ['open', 'more_information_needed'];

export const facts = (r: RequestRow): VerificationFacts => ({
  fromState: r.fromState,
  toState: r.toState,
  createdBy: r.createdBy,
  classification: r.classification,
});

export function personOf(input: PersonInput, toState: string): Person {
  return {
    names: input.names.map((n) => ({ name: n.name, kind: n.kind, script: scriptOf(n.name), latin: latinOf(n.name) })),
    birthDate: input.birthDate ?? null,
    birthPlace: input.birthPlace ?? null,
    sex: input.sex ?? null,
    claimedNationality: input.claimedNationality ?? toState,
    documents: (input.documents ?? []).map((d) => ({ type: d.type, number: normaliseNumber(d.number), issuingState: normaliseIssuingState(d.issuingState) })),
    languages: input.languages ?? [],
    lastAddress: input.lastAddress ?? null,
    notes: input.notes ?? null,
  };
}

/** The request as a row of a list. */
export function requestSummary(r: RequestRow, now: Date = new Date()) {
  return {
    id: r.id,
    reference: r.reference,
    fromState: r.fromState,
    toState: r.toState,
    personName: r.person.names[0]?.name ?? '',
    urgency: r.urgency,
    dueOn: r.dueOn,
    status: r.status,
    answer: r.answer,
    overdue: LIVE.includes(r.status) && r.dueOn < today(now),
    classification: r.classification,
    demo: r.demo,
    createdAt: r.createdAt,
  };
}

/** The whole request for a reader who may see it, with what that reader may do on it now. */
export function requestView(ds: DutySubject, r: RequestRow, parts: Pick<VerificationView, 'messages' | 'files' | 'arrangement'>): VerificationView {
  const f = facts(r);
  const live = r.status !== 'withdrawn';
  return {
    ...requestSummary(r),
    person: r.person,
    reason: r.reason,
    answeredAt: r.answeredAt,
    firstResponseAt: r.firstResponseAt,
    returnCaseId: r.returnCaseId,
    ...parts,
    abilities: {
      answer: answersVerification(ds, f) && LIVE.includes(r.status),
      addInformation: seesVerification(ds, f) && live,
      withdraw: asksVerification(ds, f) && LIVE.includes(r.status),
      startReturn: asksVerification(ds, f) && r.answer === 'confirmed' && r.status === 'answered' && !r.returnCaseId && ds.duties.includes('victims'),
      attach: seesVerification(ds, f) && live,
    },
  };
}
