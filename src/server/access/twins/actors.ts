// The actors every twin is proven for (a grid over states, roles, clearances, membership and groups), and the few named
// actors whose generated SQL is committed as the access snapshot.

import { SYSTEM_ACTOR } from '../actor.js';
import { type Clearance, ROLES, type Role, type Subject } from '../subject.js';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export function actor(over: Partial<Subject> = {}): Subject {
  return {
    userId: uuid(0),
    email: 'someone@test.example',
    name: 'Someone',
    organisationId: 'org',
    organisationKind: 'state_agency',
    state: 'IDN',
    memberStatus: 'member',
    roles: ['officer'],
    clearance: 'none',
    clearanceExpires: null,
    groups: [],
    ...over,
  };
}

/** One actor per role, state (two states and the secretariat), clearance in force or lapsed, membership, and group. */
export function actorGrid(): Subject[] {
  const out: Subject[] = [];
  const clearances: [Clearance, string | null][] = [
    ['none', null],
    ['restricted', '2099-12-31'],
    ['secret', '2099-12-31'],
    ['secret', '2000-01-01'],
  ];
  for (const role of ROLES as readonly Role[])
    for (const state of ['IDN', 'AUS', null])
      for (const [clearance, clearanceExpires] of clearances)
        for (const memberStatus of state === null ? (['secretariat'] as const) : (['member', 'observer'] as const)) {
          const i = out.length;
          out.push(
            actor({
              userId: uuid(i + 1),
              state,
              clearance,
              clearanceExpires,
              memberStatus,
              roles: i % 5 === 0 && role !== 'officer' ? [role, 'officer'] : [role],
              organisationKind: state === null ? 'rso' : 'state_agency',
              groups: i % 3 === 0 ? ['g1'] : [],
            }),
          );
        }
  return out;
}

/** The actors whose SQL the snapshot shows: enough to see who sees what, few enough to review. */
export const SNAPSHOT_ACTORS: [string, Subject | null][] = [
  ['anonymous', null],
  [
    'IDN focal point, secret',
    actor({
      userId: '00000000-0000-4000-8000-00000000f001',
      roles: ['focal_point'],
      clearance: 'secret',
      clearanceExpires: '2099-12-31',
      groups: ['disruption'],
    }),
  ],
  [
    'AUS officer, restricted',
    actor({ userId: '00000000-0000-4000-8000-00000000f002', state: 'AUS', roles: ['officer'], clearance: 'restricted', clearanceExpires: '2099-12-31' }),
  ],
  ['IDN policy officer', actor({ userId: '00000000-0000-4000-8000-00000000f003', roles: ['policy'] })],
  ['THA coordinator', actor({ userId: '00000000-0000-4000-8000-00000000f004', state: 'THA', roles: ['coordinator'] })],
  ['observer state officer', actor({ userId: '00000000-0000-4000-8000-00000000f005', state: 'XOB', memberStatus: 'observer', roles: ['officer'] })],
  [
    'RSO administrator',
    actor({ userId: '00000000-0000-4000-8000-00000000f006', state: null, memberStatus: 'secretariat', organisationKind: 'rso', roles: ['admin'] }),
  ],
  [
    'RSO coordinator',
    actor({ userId: '00000000-0000-4000-8000-00000000f007', state: null, memberStatus: 'secretariat', organisationKind: 'rso', roles: ['coordinator'] }),
  ],
  ['the system (CLI, demo, jobs)', SYSTEM_ACTOR],
];
