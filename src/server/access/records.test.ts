// The record-level access rule, as a table of cases, and proof that its SQL twin returns exactly the same rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, sql } from '../db/index.js';
import { createTestDb, type TestDb } from '../testing/db.js';
import { canRead, type Protection, readableBy } from './records.js';
import { CLASSIFICATIONS, CLEARANCES, type Clearance, ROLES, type Subject } from './subject.js';

function subject(over: Partial<Subject> = {}): Subject {
  return {
    userId: '00000000-0000-0000-0000-000000000001',
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
    ...over,
  };
}
const record = (over: Partial<Protection> = {}): Protection => ({
  ownerState: 'AUS',
  classification: 'restricted',
  releasableStates: [],
  releasableGroups: [],
  ...over,
});

describe('who may read a protected record', () => {
  const cases: [string, Subject | null, Protection, boolean][] = [
    ['anyone reads public', null, record({ classification: 'public' }), true],
    ['anonymous never reads members-only', null, record({ classification: 'members' }), false],
    ['a member without clearance reads members-only', subject({ clearance: 'none', clearanceExpires: null }), record({ classification: 'members' }), true],
    ['an observer does not read members-only', subject({ memberStatus: 'observer' }), record({ classification: 'members' }), false],
    ['owner state with clearance reads its own restricted record', subject({ state: 'AUS' }), record(), true],
    ['another state without release does not', subject({ state: 'IDN' }), record(), false],
    ['a state it was released to does', subject({ state: 'IDN' }), record({ releasableStates: ['IDN'] }), true],
    ['a state in a group it was released to does', subject({ state: 'IDN', groups: ['disruption'] }), record({ releasableGroups: ['disruption'] }), true],
    ['clearance below the classification refuses', subject({ state: 'AUS', clearance: 'restricted' }), record({ classification: 'secret' }), false],
    ['clearance equal to the classification allows', subject({ state: 'AUS', clearance: 'confidential' }), record({ classification: 'confidential' }), true],
    ['a clearance that expired yesterday counts as none', subject({ state: 'AUS', clearanceExpires: '2001-01-01' }), record(), false],
    [
      'the RSO (no state) sees no intelligence by default',
      subject({ state: null, memberStatus: 'secretariat', organisationKind: 'rso' }),
      record({ releasableStates: ['IDN'] }),
      false,
    ],
    [
      'the RSO reads what was released to a group it is in',
      subject({ state: null, memberStatus: 'secretariat', groups: ['rso-desk'] }),
      record({ releasableGroups: ['rso-desk'] }),
      true,
    ],
  ];
  it.each(cases)('%s', (_name, who, rec, expected) => {
    expect(canRead(who, rec)).toBe(expected);
  });
});

describe('the SQL filter agrees with the rule', () => {
  let t: TestDb;
  let db: Db;
  const records: (Protection & { id: number })[] = [];

  beforeAll(async () => {
    t = await createTestDb();
    db = t.db;
    await db.exec(
      `CREATE TEMP TABLE protected (id int PRIMARY KEY, owner_state text, classification text, releasable_states text[], releasable_groups text[])`,
    );
    let id = 0;
    for (const classification of CLASSIFICATIONS)
      for (const ownerState of ['IDN', 'AUS', null])
        for (const releasableStates of [[], ['IDN'], ['AUS', 'MYS']])
          for (const releasableGroups of [[], ['g1'], ['g2']]) {
            const r = { id: ++id, ownerState, classification, releasableStates, releasableGroups };
            records.push(r);
            await db.query(
              sql`INSERT INTO protected VALUES (${r.id}, ${ownerState}, ${classification}, ${releasableStates}::text[], ${releasableGroups}::text[])`,
            );
          }
  });
  afterAll(() => t.drop());

  const subjects: (Subject | null)[] = [null];
  for (const state of ['IDN', 'AUS', 'LKA', null])
    for (const clearance of CLEARANCES as readonly Clearance[])
      for (const expires of ['2099-01-01', '2000-01-01'])
        for (const groups of [[], ['g1']])
          for (const memberStatus of ['member', 'observer'] as const)
            subjects.push(
              subject({
                state,
                clearance,
                clearanceExpires: clearance === 'none' ? null : expires,
                groups,
                memberStatus,
                roles: [ROLES[subjects.length % ROLES.length]],
              }),
            );

  it(`returns exactly what canRead allows, for ${subjects.length} subjects x 135 records`, async () => {
    for (const who of subjects) {
      const rows = await db.query<{ id: number }>(sql`SELECT id FROM protected WHERE ${readableBy(who, '')} ORDER BY id`);
      const expected = records.filter((r) => canRead(who, r)).map((r) => r.id);
      expect(
        rows.map((r) => r.id),
        JSON.stringify(who),
      ).toEqual(expected);
    }
  });
});
