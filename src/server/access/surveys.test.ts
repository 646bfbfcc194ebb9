// The consent rule for a state's survey answers: who decides on publication, at which stage, and that the `can` the app
// reads is that same rule for every response status.
import { describe, expect, it } from 'vitest';
import type { Role, Subject } from './subject.js';
import { decidesPublicationOf, hasAnswersToPublish, responseAbilities, type SurveyFacts } from './surveys.js';

const person = (role: Role, state: string | null = 'IDN'): Subject => ({
  userId: '00000000-0000-4000-8000-000000000001',
  email: `${role}@test.example`,
  name: role,
  organisationId: 'o',
  organisationKind: state ? 'state_agency' : 'rso',
  state,
  memberStatus: state ? 'member' : 'secretariat',
  roles: [role],
  clearance: 'restricted',
  clearanceExpires: '2099-01-01',
  groups: [],
});
const survey: SurveyFacts = { status: 'open', coordinatorStates: ['THA'], recipients: ['IDN', 'MYS'], createdBy: null, published: false };
const STATUSES = ['not_started', 'draft', 'submitted', 'returned', 'accepted'] as const;

describe('who decides on publishing a state’s answers', () => {
  it.each([
    ['the focal point, once the answers are sent in', person('focal_point'), { submitted: true, returned: true, accepted: true }],
    ['nobody while they are a draft or not started', person('focal_point'), { draft: false, not_started: false }],
    ['not a policy officer of the state', person('policy'), { submitted: false, accepted: false }],
    ['not another state’s focal point', person('focal_point', 'MYS'), { submitted: false, accepted: false }],
    ['not a coordinator', person('coordinator', 'THA'), { submitted: false, accepted: false }],
  ] as const)('%s', (_name, who, expected) => {
    for (const [status, decides] of Object.entries(expected)) expect(decidesPublicationOf(who, 'IDN', status), status).toBe(decides);
  });

  it('offers the decision on a response (can.consent) exactly where the rule allows it, for every status', () => {
    for (const who of [person('focal_point'), person('policy'), person('officer'), person('focal_point', 'MYS'), person('coordinator', 'THA')])
      for (const status of STATUSES) {
        const can = responseAbilities(who, survey, 'IDN', true, status === 'draft', status);
        expect(can.consent, `${who.roles[0]} of ${who.state}, ${status}`).toBe(decidesPublicationOf(who, 'IDN', status));
        expect(can.consent).toBe(who.roles[0] === 'focal_point' && who.state === 'IDN' && hasAnswersToPublish(status));
      }
  });

  it('reviews only a submitted response', () => {
    const coordinator = person('coordinator', 'THA');
    expect(STATUSES.filter((status) => responseAbilities(coordinator, survey, 'IDN', false, false, status).review)).toEqual(['submitted']);
  });
});
