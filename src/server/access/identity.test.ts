// Identity and return access, as cases a person can read, and proof that each SQL twin returns exactly the rows the rule
// allows, over every combination of subject (state, role, clearance, duties) and record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, sql } from '../db/index.js';
import { createTestDb, type TestDb } from '../testing/db.js';
import { checksVisibleSql, seesChecksOf } from './documents.js';
import {
  type CaseFacts,
  casesVisibleSql,
  type Duty,
  type DutySubject,
  seesCase,
  seesVerification,
  type VerificationFacts,
  verificationsVisibleSql,
} from './identity.js';
import type { Classification, Clearance, Role } from './subject.js';

const ME = '00000000-0000-0000-0000-000000000001';
const OTHER = '00000000-0000-0000-0000-000000000002';

function subject(over: Partial<DutySubject> = {}): DutySubject {
  return {
    userId: ME,
    email: 'x@test.example',
    name: 'X',
    organisationId: 'o',
    organisationKind: 'state_agency',
    state: 'IDN',
    memberStatus: 'member',
    roles: ['officer'],
    clearance: 'secret',
    clearanceExpires: '2099-01-01',
    groups: [],
    duties: [],
    ...over,
  };
}
const request = (over: Partial<VerificationFacts> = {}): VerificationFacts => ({
  fromState: 'IDN',
  toState: 'LKA',
  createdBy: OTHER,
  classification: 'restricted',
  ...over,
});
const kase = (over: Partial<CaseFacts> = {}): CaseFacts => ({
  hostState: 'IDN',
  homeState: 'LKA',
  referredTo: null,
  shareHome: true,
  shareOrg: false,
  classification: 'restricted',
  ...over,
});

describe('who sees a verification request', () => {
  const cases: [string, DutySubject, VerificationFacts, boolean][] = [
    ['the officer who asked', subject(), request({ createdBy: ME }), true],
    ['a colleague of the asker who is not designated', subject(), request(), false],
    ["the asking state's designated officer", subject({ duties: ['verification'] }), request(), true],
    ["the asking state's focal point", subject({ roles: ['focal_point'] }), request(), true],
    ["the requested state's designated officer", subject({ state: 'LKA', duties: ['verification'] }), request(), true],
    ['an undesignated officer of the requested state', subject({ state: 'LKA' }), request(), false],
    ['a third state, designated', subject({ state: 'MYS', duties: ['verification'] }), request(), false],
    ['designated for victims only', subject({ state: 'LKA', duties: ['victims'] }), request(), false],
    [
      'a clearance below the request',
      subject({ state: 'LKA', duties: ['verification'], clearance: 'restricted' }),
      request({ classification: 'confidential' }),
      false,
    ],
    ['an expired clearance, even for the asker', subject({ clearanceExpires: '2001-01-01' }), request({ createdBy: ME }), false],
  ];
  it.each(cases)('%s', (_name, who, r, expected) => expect(seesVerification(who, r)).toBe(expected));
});

describe('who sees a referral and return case', () => {
  const cases: [string, DutySubject, CaseFacts, boolean][] = [
    ["the identifying state's designated officer", subject({ duties: ['victims'] }), kase(), true],
    ['an undesignated officer of the identifying state', subject(), kase(), false],
    ["the home state's designated officer while consent holds", subject({ state: 'LKA', duties: ['victims'] }), kase(), true],
    ['the home state once consent is withdrawn', subject({ state: 'LKA', duties: ['victims'] }), kase({ shareHome: false }), false],
    [
      'the referred organisation with consent',
      subject({ state: 'IOM', organisationKind: 'international_org', duties: ['victims'] }),
      kase({ referredTo: 'IOM', shareOrg: true }),
      true,
    ],
    [
      'an organisation not referred',
      subject({ state: 'UNHCR', organisationKind: 'international_org', duties: ['victims'] }),
      kase({ referredTo: 'IOM', shareOrg: true }),
      false,
    ],
    [
      'the referred organisation without consent',
      subject({ state: 'IOM', organisationKind: 'international_org', duties: ['victims'] }),
      kase({ referredTo: 'IOM', shareOrg: false }),
      false,
    ],
    ['a third state', subject({ state: 'MYS', duties: ['victims'] }), kase(), false],
    ['a focal point who is not designated', subject({ roles: ['focal_point'] }), kase(), false],
    ['a clearance below the case', subject({ duties: ['victims'], clearance: 'restricted' }), kase({ classification: 'confidential' }), false],
  ];
  it.each(cases)('%s', (_name, who, c, expected) => expect(seesCase(who, c)).toBe(expected));
});

describe('the SQL twins agree with the rules', () => {
  let t: TestDb;
  let db: Db;
  const states = ['IDN', 'LKA', 'MYS', 'IOM'];
  const levels: Classification[] = ['restricted', 'confidential', 'secret'];
  const requests: (VerificationFacts & { id: number })[] = [];
  const cases: (CaseFacts & { id: number })[] = [];
  const subjects: DutySubject[] = [];

  beforeAll(async () => {
    t = await createTestDb();
    db = t.db;
    await db.exec(`CREATE TEMP TABLE vr (id int PRIMARY KEY, from_state text, to_state text, created_by uuid, classification text);
      CREATE TEMP TABLE vc (id int PRIMARY KEY, host_state text, home_state text, referred_to text, share_home boolean, share_org boolean, classification text);
      CREATE TEMP TABLE hits (id int PRIMARY KEY, owner_state text)`);
    for (const from of states)
      for (const to of states)
        for (const createdBy of [ME, OTHER, null])
          for (const classification of levels) {
            if (from === to) continue;
            const r = { id: requests.length, fromState: from, toState: to, createdBy, classification };
            requests.push(r);
            await db.query(sql`INSERT INTO vr VALUES (${r.id}, ${from}, ${to}, ${createdBy}::uuid, ${classification})`);
          }
    for (const host of states)
      for (const home of states)
        for (const referredTo of [null, 'IOM', 'UNHCR'])
          for (const shareHome of [true, false])
            for (const shareOrg of [true, false])
              for (const classification of levels) {
                if (host === home) continue;
                const c = { id: cases.length, hostState: host, homeState: home, referredTo, shareHome, shareOrg, classification };
                cases.push(c);
                await db.query(sql`INSERT INTO vc VALUES (${c.id}, ${host}, ${home}, ${referredTo}, ${shareHome}, ${shareOrg}, ${classification})`);
              }
    for (const [i, s] of states.entries()) await db.query(sql`INSERT INTO hits VALUES (${i}, ${s})`);
    const dutySets: Duty[][] = [[], ['verification'], ['victims'], ['verification', 'victims']];
    const roleSets: Role[][] = [['officer'], ['focal_point'], ['analyst'], ['policy']];
    for (const state of [...states, 'UNHCR', null])
      for (const duties of dutySets)
        for (const roles of roleSets)
          for (const clearance of ['none', 'restricted', 'confidential', 'secret'] as Clearance[])
            for (const userId of [ME, OTHER])
              subjects.push(
                subject({
                  state,
                  duties,
                  roles,
                  clearance,
                  clearanceExpires: clearance === 'none' ? null : '2099-01-01',
                  userId,
                  organisationKind: state === 'IOM' || state === 'UNHCR' ? 'international_org' : state === null ? 'rso' : 'state_agency',
                }),
              );
  });
  afterAll(() => t.drop());

  it(`verification requests: the same rows as seesVerification(), for every subject`, async () => {
    for (const who of subjects) {
      const rows = await db.query<{ id: number }>(sql`SELECT id FROM vr v WHERE ${verificationsVisibleSql(who, 'v')} ORDER BY id`);
      expect(
        rows.map((r) => r.id),
        JSON.stringify(who),
      ).toEqual(requests.filter((r) => seesVerification(who, r)).map((r) => r.id));
    }
  });

  it('referral and return cases: the same rows as seesCase(), for every subject', async () => {
    for (const who of subjects) {
      const rows = await db.query<{ id: number }>(sql`SELECT id FROM vc c WHERE ${casesVisibleSql(who, 'c')} ORDER BY id`);
      expect(
        rows.map((r) => r.id),
        JSON.stringify(who),
      ).toEqual(cases.filter((c) => seesCase(who, c)).map((c) => c.id));
    }
  });

  it('document checks of a state: the same rows as seesChecksOf(), for every subject', async () => {
    for (const who of subjects) {
      const rows = await db.query<{ id: number }>(sql`SELECT id FROM hits h WHERE ${checksVisibleSql(who, sql.raw('h.owner_state'))} ORDER BY id`);
      expect(
        rows.map((r) => r.id),
        JSON.stringify(who),
      ).toEqual(
        states
          .map((s, i) => [s, i] as const)
          .filter(([s]) => seesChecksOf(who, s))
          .map(([, i]) => i),
      );
    }
  });
});
