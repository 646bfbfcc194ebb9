// Twins of identity, verification and return (rules by engineer identity; their own table tests are in identity.test.ts):
// verification requests, referral and return cases, and the document checks made against a state's records.
import { sql } from '../../db/index.js';
import { checksVisibleSql, seesChecksOf } from '../documents.js';
import { casesVisibleSql, type Duty, type DutySubject, seesCase, seesVerification, verificationsVisibleSql } from '../identity.js';
import type { Subject } from '../subject.js';
import { actorGrid } from './actors.js';
import { combinations, type Twin } from './twin.js';

const dutySets: Duty[][] = [[], ['verification'], ['victims'], ['verification', 'victims']];
/** The grid, each actor once with each set of designated duties. */
const dutyActors: DutySubject[] = actorGrid().flatMap((a, i) => [
  { ...a, duties: dutySets[i % 4] },
  { ...a, duties: dutySets[(i + 2) % 4] },
]);
/** Named snapshot actors carry no duties: show their SQL as if designated for both. */
const designated = (a: Subject | null) => ({ duties: ['verification', 'victims'] as Duty[], ...(a as Subject) }) as DutySubject;
const asker = dutyActors.find((a) => a.state === 'IDN' && a.roles.includes('officer') && a.clearance === 'secret')!.userId;

const requests = combinations({
  fromState: ['IDN', 'AUS'],
  toState: ['AUS', 'MYS'],
  createdBy: [null, asker],
  classification: ['restricted', 'secret'] as const,
})
  .filter((r) => r.fromState !== r.toState)
  .map((r, i) => ({ id: i + 1, ...r }));

export const verificationsTwin: Twin<(typeof requests)[number]> = {
  name: 'identity: seesVerification = verificationsVisibleSql',
  covers: ['verificationsVisibleSql'],
  tables: ['CREATE TEMP TABLE verification_requests (id int PRIMARY KEY, from_state text, to_state text, created_by uuid, classification text)'],
  rows: requests,
  insert: (r) => [sql`INSERT INTO verification_requests VALUES (${r.id}, ${r.fromState}, ${r.toState}, ${r.createdBy}::uuid, ${r.classification})`],
  select: (a) => sql`SELECT v.id FROM verification_requests v WHERE ${verificationsVisibleSql(designated(a), 'v')}`,
  rule: (a, r) => seesVerification(a as DutySubject, r),
  actors: dutyActors,
};

const cases = combinations({
  hostState: ['IDN', 'AUS'],
  homeState: ['AUS', 'MYS'],
  referredTo: [null, 'IDN'],
  shareHome: [true, false],
  shareOrg: [true, false],
  classification: ['restricted', 'secret'] as const,
})
  .filter((c) => c.hostState !== c.homeState)
  .map((c, i) => ({ id: i + 1, ...c }));

export const casesTwin: Twin<(typeof cases)[number]> = {
  name: 'identity: seesCase = casesVisibleSql',
  covers: ['casesVisibleSql'],
  tables: [
    'CREATE TEMP TABLE victim_cases (id int PRIMARY KEY, host_state text, home_state text, referred_to text, share_home boolean, share_org boolean, classification text)',
  ],
  rows: cases,
  insert: (c) => [
    sql`INSERT INTO victim_cases VALUES (${c.id}, ${c.hostState}, ${c.homeState}, ${c.referredTo}, ${c.shareHome}, ${c.shareOrg}, ${c.classification})`,
  ],
  select: (a) => sql`SELECT c.id FROM victim_cases c WHERE ${casesVisibleSql(designated(a), 'c')}`,
  rule: (a, c) => seesCase(a as DutySubject, c),
  actors: dutyActors,
};

const hits = ['IDN', 'AUS', 'MYS'].map((ownerState, i) => ({ id: i + 1, ownerState }));

export const documentChecksTwin: Twin<(typeof hits)[number]> = {
  name: 'documents: seesChecksOf = checksVisibleSql',
  covers: ['checksVisibleSql'],
  tables: ['CREATE TEMP TABLE document_hits (id int PRIMARY KEY, owner_state text)'],
  rows: hits,
  insert: (h) => [sql`INSERT INTO document_hits VALUES (${h.id}, ${h.ownerState})`],
  select: (a) => sql`SELECT h.id FROM document_hits h WHERE ${checksVisibleSql(a as Subject, sql`h.owner_state`)}`,
  rule: (a, h) => seesChecksOf(a as Subject, h.ownerState),
};
