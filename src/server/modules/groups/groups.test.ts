// Working groups as their members rely on them: co-chair rules, the clearance rule, Chatham House notes, reports, statements.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../access/actor.js';
import { sql } from '../../db/index.js';
import { demoContext } from '../../demo/registry.js';
import { type Client, createTestPortal, makeUser, signedIn, type TestPortal } from '../../testing/portal.js';
import { DEMO_GROUP, groupsDemo } from './demo.js';

let portal: TestPortal;
const Y = new Date().getUTCFullYear();
const CODE = 'test-wg';
let nzlChair: Client & { user: { id: string } };
let lkaChair: Client;
let attendee: Client & { user: { id: string } };
let mysOfficer: Client & { user: { id: string } };
let admin: Client;
let chathamId: string;

const count = async (table: string) => (await portal.db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${sql.raw(table)}`))!.n;

beforeAll(async () => {
  portal = await createTestPortal();
  const wg = portal.services.groups;
  await wg.groups.create(SYSTEM_ACTOR, {
    code: CODE,
    name: 'Test working group',
    description: '',
    termsOfReference: 'Disrupt networks.',
    requiredClearance: 'restricted',
    coChairMaxYears: 2,
    establishedOn: null,
    memberStates: ['IDN', 'AUS', 'MYS', 'LKA', 'NZL', 'THA'],
  });
  const { id } = await wg.groups.proposeRoster(SYSTEM_ACTOR, CODE, {
    years: [
      {
        year: Y,
        coChairs: [
          { memberCode: 'NZL', extensionAgreed: null },
          { memberCode: 'LKA', extensionAgreed: null },
        ],
      },
    ],
  });
  await wg.groups.decideRoster(SYSTEM_ACTOR, CODE, id, { meeting: 'Senior Officials Meeting (test)', decidedOn: `${Y}-01-15` });
  [nzlChair, lkaChair, attendee, mysOfficer, admin] = await Promise.all([
    signedIn(portal, { role: 'coordinator', state: 'NZL', clearance: 'secret' }),
    signedIn(portal, { role: 'coordinator', state: 'LKA', clearance: 'restricted' }),
    signedIn(portal, { role: 'officer', state: 'AUS', clearance: 'secret' }),
    signedIn(portal, { role: 'officer', state: 'MYS', clearance: 'confidential' }),
    signedIn(portal, { role: 'admin', state: null }),
  ]);
});
afterAll(() => portal.close());

describe('the list of working groups', () => {
  it('shows each group with its member states and current co-chairs to any signed-in user, and nothing to anonymous callers', async () => {
    const policy = await signedIn(portal, { role: 'policy', state: 'PHL' });
    const res = await policy.get('/api/groups');
    expect(res.statusCode).toBe(200);
    const group = res.json().groups.find((g: { code: string }) => g.code === CODE);
    expect(group).toMatchObject({ coChairs: ['LKA', 'NZL'], memberStates: ['AUS', 'IDN', 'LKA', 'MYS', 'NZL', 'THA'], canReadMaterial: false });
    expect((await portal.app.inject({ method: 'GET', url: '/api/groups' })).statusCode).toBe(401);
  });

  it('says what each reader may do with the group: a co-chair convenes, a policy officer outside it only reads', async () => {
    const chair = (await nzlChair.get('/api/groups')).json().groups.find((g: { code: string }) => g.code === CODE);
    expect(chair.can).toMatchObject({ readMaterial: true, convene: true, draftStatement: true, approveStatement: true });
    const policy = await signedIn(portal, { role: 'policy', state: 'PHL' });
    const outside = (await policy.get('/api/groups')).json().groups.find((g: { code: string }) => g.code === CODE);
    expect(outside.can).toMatchObject({ readMaterial: false, convene: false, nominate: false, proposeRoster: false, draftStatement: false });
  });
});

describe('co-chairs', () => {
  const roster = (years: [number, string, string][], ext: Record<string, string> = {}) => ({
    years: years.map(([year, a, b]) => ({ year, coChairs: [a, b].map((m) => ({ memberCode: m, extensionAgreed: ext[`${m}${year}`] ?? null })) })),
  });

  it('refuses a roster where both co-chairs rotate at once, naming the rule, and stores nothing', async () => {
    const before = await count('group_co_chair_rosters');
    const res = await nzlChair.post(`/api/groups/${CODE}/co-chairs/rosters`, roster([[Y + 1, 'AUS', 'IDN']]));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ rule: 'one_rotates_annually', field: 'body.years.0.coChairs' });
    expect(res.json().message).toMatch(/^Exactly one of the two co-chairs rotates each year, to ensure continuity. Both co-chairs rotate at once between/);
    expect(await count('group_co_chair_rosters')).toBe(before);
  });

  it('refuses a co-chair from a state outside the group', async () => {
    const res = await nzlChair.post(`/api/groups/${CODE}/co-chairs/rosters`, roster([[Y + 1, 'NZL', 'PHL']]));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ rule: 'co_chair_is_group_member', field: 'body.years.0.coChairs.1' });
    const nomination = await admin.post(`/api/groups/${CODE}/co-chairs/nominations`, { memberCode: 'PHL', forYear: Y + 1 });
    expect(nomination.statusCode).toBe(400);
    expect(nomination.json()).toMatchObject({ field: 'memberCode', rule: 'co_chair_is_group_member' });
  });

  it('refuses a third consecutive year unless the members agreed to it', async () => {
    const long = roster([
      [Y + 1, 'LKA', 'AUS'],
      [Y + 2, 'LKA', 'IDN'],
    ]);
    const res = await nzlChair.post(`/api/groups/${CODE}/co-chairs/rosters`, long);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ rule: 'maximum_term' });
    const agreed = roster(
      [
        [Y + 1, 'LKA', 'AUS'],
        [Y + 2, 'LKA', 'IDN'],
      ],
      { [`LKA${Y + 2}`]: 'Agreed by the members at the second meeting' },
    );
    expect((await nzlChair.post(`/api/groups/${CODE}/co-chairs/rosters`, agreed)).statusCode).toBe(201);
  });

  it('records a roster decided at the senior officials meeting in the history', async () => {
    const res = await nzlChair.post(
      `/api/groups/${CODE}/co-chairs/rosters`,
      roster([
        [Y + 1, 'LKA', 'AUS'],
        [Y + 2, 'AUS', 'THA'],
      ]),
    );
    expect(res.statusCode).toBe(201);
    const id = res.json().id;
    expect((await nzlChair.post(`/api/groups/${CODE}/co-chairs/rosters/${id}/decide`, { meeting: 'SOM', decidedOn: `${Y}-06-01` })).statusCode).toBe(403);
    expect(
      (await admin.post(`/api/groups/${CODE}/co-chairs/rosters/${id}/decide`, { meeting: 'Ad Hoc Group SOM, Colombo', decidedOn: `${Y}-06-01` })).statusCode,
    ).toBe(200);
    const co = (await mysOfficer.get(`/api/groups/${CODE}/co-chairs`)).json();
    expect(co.history.map((h: { year: number; coChairs: { memberCode: string }[] }) => [h.year, h.coChairs.map((c) => c.memberCode)])).toEqual([
      [Y, ['LKA', 'NZL']],
      [Y + 1, ['AUS', 'LKA']],
      [Y + 2, ['AUS', 'THA']],
    ]);
    expect(co.history[1].decidedAt).toBe('Ad Hoc Group SOM, Colombo');
  });

  it('lets a state nominate only itself', async () => {
    expect((await mysOfficer.post(`/api/groups/${CODE}/co-chairs/nominations`, { memberCode: 'MYS', forYear: Y + 3 })).statusCode).toBe(403); // officer role
    const mysFocal = await signedIn(portal, { role: 'focal_point', state: 'MYS', clearance: 'restricted' });
    expect((await mysFocal.post(`/api/groups/${CODE}/co-chairs/nominations`, { memberCode: 'IDN', forYear: Y + 3 })).statusCode).toBe(403);
    expect((await mysFocal.post(`/api/groups/${CODE}/co-chairs/nominations`, { memberCode: 'MYS', forYear: Y + 3 })).statusCode).toBe(201);
    const suggestion = (await mysFocal.get(`/api/groups/${CODE}/co-chairs/suggestion?years=1`)).json();
    expect(suggestion.years[0]).toMatchObject({ year: Y + 3 });
    expect(suggestion.years[0].coChairs).toContainEqual({ memberCode: 'MYS', continuing: false, nominated: true });
  });
});

describe('meetings and the clearance rule', () => {
  it('are convened by a co-chair, not by another member state', async () => {
    const idn = await signedIn(portal, { role: 'coordinator', state: 'IDN', clearance: 'secret' });
    const body = {
      title: 'Roundtable',
      startsOn: `${Y}-03-10`,
      location: 'Bangkok',
      chathamHouse: true,
      agenda: [{ title: 'Routes' }, { title: 'Work plan' }],
    };
    expect((await idn.post(`/api/groups/${CODE}/meetings`, body)).statusCode).toBe(403);
    const res = await nzlChair.post(`/api/groups/${CODE}/meetings`, body);
    expect(res.statusCode).toBe(201);
    chathamId = res.json().id;
    expect((await nzlChair.post(`/api/groups/meetings/${chathamId}/participants`, { userId: attendee.user.id })).statusCode).toBe(201);
  });

  it('refuses a participant without a clearance in force, expired or never granted', async () => {
    const uncleared = await makeUser(portal.services, { role: 'officer', state: 'THA' });
    const expired = await makeUser(portal.services, { role: 'officer', state: 'THA', clearance: 'secret', clearanceExpires: '2020-01-01' });
    for (const u of [uncleared, expired]) {
      const res = await nzlChair.post(`/api/groups/meetings/${chathamId}/participants`, { userId: u.id });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ field: 'userId', rule: 'clearance_required' });
    }
    // The specific rule reaches an Indonesian reader in Bahasa, the clearance level in words.
    const inBahasa = await nzlChair.post(`/api/groups/meetings/${chathamId}/participants`, { userId: uncleared.id }, { 'accept-language': 'id' });
    expect(inBahasa.json().message).toMatch(
      /^Peserta kelompok ini harus memegang izin keamanan nasional yang masih berlaku \((Terbatas|Rahasia|Sangat rahasia) atau lebih tinggi\)\.$/,
    );
  });

  it('keeps the material from a member-state user without a clearance', async () => {
    const idnPolicy = await signedIn(portal, { role: 'policy', state: 'IDN' });
    expect((await idnPolicy.get(`/api/groups/meetings/${chathamId}`)).statusCode).toBe(403);
    expect((await idnPolicy.get(`/api/groups/${CODE}/meetings`)).json().canReadMaterial).toBe(false);
  });

  it('refuses a note for a meeting that does not exist and changes nothing', async () => {
    const before = await count('group_meeting_notes');
    const res = await attendee.post('/api/groups/meetings/00000000-0000-4000-8000-000000000000/notes', { body: 'Orphan note' });
    expect(res.statusCode).toBe(404);
    expect(await count('group_meeting_notes')).toBe(before);
  });
});

describe('Chatham House notes', () => {
  beforeAll(async () => {
    const res = await attendee.post(`/api/groups/meetings/${chathamId}/notes`, {
      body: 'Boats now leave from a new port in the south.',
      agendaItem: 0,
      speaker: 'Inspector Quillfeather',
      speakerAffiliation: 'Federal Police of Australia',
    });
    expect(res.statusCode).toBe(201);
  });

  it('show who spoke to those who attended', async () => {
    const m = (await attendee.get(`/api/groups/meetings/${chathamId}`)).json();
    expect(m.notes[0]).toMatchObject({ speaker: 'Inspector Quillfeather', speakerAffiliation: 'Federal Police of Australia' });
    expect(m.participants.map((p: { userId: string }) => p.userId)).toContain(attendee.user.id);
  });

  it('never return a speaker, affiliation or participant to a cleared member who was not there', async () => {
    const res = await mysOfficer.get(`/api/groups/meetings/${chathamId}`);
    expect(res.statusCode).toBe(200);
    const m = res.json();
    expect(m.notes[0].body).toBe('Boats now leave from a new port in the south.');
    expect(Object.keys(m.notes[0])).not.toContain('speaker');
    expect(Object.keys(m.notes[0])).not.toContain('speakerAffiliation');
    expect(m.participants).toBeNull();
    expect(res.body).not.toMatch(/Quillfeather|Federal Police of Australia/);
    expect(res.body).not.toContain(attendee.user.id);
  });

  it('refuse a note from someone who did not attend', async () => {
    expect((await mysOfficer.post(`/api/groups/meetings/${chathamId}/notes`, { body: 'Hearsay' })).statusCode).toBe(403);
  });

  it('say in each meeting what the reader may do there: the attendee notes, the co-chair leads, the absent member neither', async () => {
    expect((await attendee.get(`/api/groups/meetings/${chathamId}`)).json().can).toMatchObject({ addNote: true, addDecision: false });
    expect((await mysOfficer.get(`/api/groups/meetings/${chathamId}`)).json().can).toMatchObject({ addNote: false, addDocument: true, addDecision: false });
    expect((await nzlChair.get(`/api/groups/meetings/${chathamId}`)).json().can).toMatchObject({ addParticipant: true, addDecision: true, addAction: true });
  });
});

describe('annual report and statements', () => {
  it('reports meetings, decisions and actions arising to the Steering Group without naming speakers', async () => {
    expect((await nzlChair.post(`/api/groups/meetings/${chathamId}/decisions`, { text: 'Adopt the work plan.' })).statusCode).toBe(201);
    const action = await nzlChair.post(`/api/groups/meetings/${chathamId}/actions`, {
      description: 'Map southern departure ports',
      responsibleStates: ['IDN', 'AUS'],
      dueOn: `${Y}-03-11`,
    });
    expect(action.statusCode).toBe(201);
    const planned = await portal.services.plans.get(SYSTEM_ACTOR, `wg-${CODE}`);
    expect(planned.actions).toContainEqual(
      expect.objectContaining({
        text: 'Map southern departure ports',
        actingStates: ['IDN', 'AUS'],
        coordinators: ['LKA', 'NZL'],
        origin: 'meeting',
        originRef: chathamId,
      }),
    );
    expect((await nzlChair.post(`/api/groups/meetings/${chathamId}/actions`, { description: 'x', responsibleStates: ['PHL'] })).json()).toMatchObject({
      field: 'body.responsibleStates',
    });
    const res = await nzlChair.get(`/api/groups/${CODE}/annual-report/${Y}`);
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r.meetings[0]).toMatchObject({ title: 'Roundtable', decisions: ['Adopt the work plan.'], noteCount: 1, participantCount: 1, chathamHouse: true });
    expect(r.actionTotals).toMatchObject({ total: 1, open: 1 });
    expect(res.body).not.toMatch(/Quillfeather/);
    const pdf = await nzlChair.get(`/api/groups/${CODE}/annual-report/${Y}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('publishes a statement only after a co-chair approved it, and the public site sees only published ones', async () => {
    const draft = await nzlChair.post(`/api/groups/${CODE}/statements`, { title: 'Roundtable held', body: 'The working group met in Bangkok.' });
    expect(draft.statusCode).toBe(201);
    const id = draft.json().id;
    expect((await nzlChair.post(`/api/groups/${CODE}/statements/${id}/publish`)).statusCode).toBe(409);
    expect(await portal.services.groups.publicStatements()).toEqual([]);
    const mysFocal = await signedIn(portal, { role: 'focal_point', state: 'MYS' });
    expect((await mysFocal.post(`/api/groups/${CODE}/statements/${id}/approve`)).statusCode).toBe(403);
    expect((await lkaChair.post(`/api/groups/${CODE}/statements/${id}/approve`)).statusCode).toBe(200);
    expect((await nzlChair.post(`/api/groups/${CODE}/statements/${id}/publish`)).statusCode).toBe(200);
    const published = await portal.services.groups.publicStatements();
    expect(published).toHaveLength(1);
    expect(published[0]).toMatchObject({ id, title: 'Roundtable held', groupCode: CODE });
    expect(Object.keys(published[0])).not.toContain('approvedBy');
  });
});

describe('the demo data', () => {
  it('seeds the disruption group with its eight states, co-chairs, two meetings (one Chatham House) and a published statement, all labelled demo', async () => {
    const specs = [
      ['coordinator.tha@demo.example', 'coordinator', 'THA'],
      ['officer.aus@demo.example', 'officer', 'AUS'],
      ['officer.idn@demo.example', 'officer', 'IDN'],
      ['analyst.nzl@demo.example', 'analyst', 'NZL'],
      ['officer.lka@demo.example', 'officer', 'LKA'],
    ] as const;
    const accounts = await Promise.all(
      specs.map(async ([email, role, state]) => ({
        id: (await makeUser(portal.services, { email, role, state, clearance: 'secret' })).id,
        email,
        role,
        state,
      })),
    );
    await groupsDemo.seed(demoContext(portal.services, accounts));
    const group = (await mysOfficer.get('/api/groups')).json().groups.find((g: { code: string }) => g.code === DEMO_GROUP);
    expect(group).toMatchObject({ demo: true, coChairs: ['NZL', 'THA'], memberStates: ['AUS', 'IDN', 'LKA', 'MYS', 'NZL', 'PAK', 'PHL', 'THA'] });
    const meetings = (await mysOfficer.get(`/api/groups/${DEMO_GROUP}/meetings`)).json().meetings;
    expect(meetings).toHaveLength(2);
    const closed = meetings.find((m: { chathamHouse: boolean }) => m.chathamHouse);
    const res = await mysOfficer.get(`/api/groups/meetings/${closed.id}`);
    expect(res.json().notes.length).toBeGreaterThan(0);
    expect(res.body).not.toMatch(/Jordan Officer|Nimal Officer/);
    expect((await portal.services.groups.publicStatements()).some((s) => s.groupCode === DEMO_GROUP && s.demo)).toBe(true);
  });
});

describe('who is refused', () => {
  it('keeps group administration to the secretariat and coordinators, and checks what they send', async () => {
    const officer = await signedIn(portal, { role: 'officer', state: 'IDN', clearance: 'secret' });
    expect((await officer.post('/api/groups', { code: 'x-wg', name: 'X' })).statusCode).toBe(403);
    expect((await officer.patch(`/api/groups/${CODE}`, { termsOfReference: 'changed' })).statusCode).toBe(403);
    expect((await officer.post(`/api/groups/${CODE}/members`, { memberCode: 'PHL' })).statusCode).toBe(403);
    expect((await officer.delete(`/api/groups/${CODE}/members/THA`)).statusCode).toBe(403);
    const organisation = await admin.post('/api/groups', { code: 'x-wg', name: 'X', memberStates: ['AUS', 'IOM'] });
    expect(organisation.statusCode).toBe(400);
    expect(organisation.json()).toMatchObject({ field: 'memberStates' });
    expect((await admin.get('/api/groups/x-wg')).statusCode).toBe(404);
    expect((await admin.delete(`/api/groups/${CODE}/members/NZL`)).statusCode).toBe(409); // a co-chair this year
    expect((await admin.post(`/api/groups/${CODE}/members`, { memberCode: 'PHL' })).statusCode).toBe(201);
    expect((await admin.delete(`/api/groups/${CODE}/members/PHL`)).statusCode).toBe(200);
  });

  it('keeps the annual report, documents and actions from those outside the group or without a clearance', async () => {
    const idnPolicy = await signedIn(portal, { role: 'focal_point', state: 'IDN' }); // member state, no clearance
    expect((await idnPolicy.get(`/api/groups/${CODE}/annual-report/${Y}`)).statusCode).toBe(403);
    expect((await mysOfficer.get(`/api/groups/${CODE}/annual-report/${Y}`)).statusCode).toBe(403); // officer role
    const phl = await signedIn(portal, { role: 'coordinator', state: 'PHL', clearance: 'secret' }); // cleared, not a member
    expect((await phl.get(`/api/groups/meetings/${chathamId}`)).statusCode).toBe(403);
    expect((await phl.post(`/api/groups/meetings/${chathamId}/documents`, { title: 'Leak' })).statusCode).toBe(403);
    const [actionId] = (await nzlChair.get(`/api/groups/meetings/${chathamId}`)).json().actions.map((a: { id: string }) => a.id);
    expect((await phl.patch(`/api/groups/actions/${actionId}`, { status: 'done' })).statusCode).toBe(403);
    expect((await nzlChair.patch(`/api/groups/actions/${actionId}`, { status: 'done' })).statusCode).toBe(200);
  });

  it('shows draft statements only to the group’s member states', async () => {
    expect((await nzlChair.post(`/api/groups/${CODE}/statements`, { title: 'Unpublished draft', body: 'Not yet.' })).statusCode).toBe(201);
    const outsider = await signedIn(portal, { role: 'policy', state: 'PHL' });
    const seen = (await outsider.get(`/api/groups/${CODE}/statements`)).json().statements.map((s: { title: string }) => s.title);
    expect(seen).not.toContain('Unpublished draft');
    expect((await mysOfficer.get(`/api/groups/${CODE}/statements`)).json().statements.map((s: { title: string }) => s.title)).toContain('Unpublished draft');
  });
});
