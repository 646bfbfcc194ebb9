// Meetings of a working group: convened by the co-chairs, with agenda, participants under the membership rule,
// Chatham House notes (speakers only for those who attended), documents, decisions and actions arising.

import { type Actor, recordedBy } from '../../../access/actor.js';
import { canReadGroupMaterial, leadsGroup, meetingAbilities, participationRefusal, recordsNotes, seesChathamHouseIdentities } from '../../../access/groups.js';
import type { AuditLog } from '../../../audit/log.js';
import type { Db } from '../../../db/index.js';
import { Forbidden, Invalid, NotFound } from '../../../errors.js';
import { stateName } from '../../../i18n/states.js';
import { listOf } from '../../../i18n/text.js';
import { term } from '../../../i18n/vocabulary.js';
import type { GroupsService } from '../service.js';
import type { GroupRow } from '../store.js';
import { say } from './messages.js';
import { type PlanActionsPort, recordPlanAction } from './plan-actions.js';
import type { ActionInput, MeetingInput, NoteInput } from './schemas.js';
import { type MeetingRow, MeetingsStore, type NoteRow } from './store.js';

export class MeetingsService {
  readonly store: MeetingsStore;
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly groups: GroupsService,
    private readonly plans: PlanActionsPort | null = null,
  ) {
    this.store = new MeetingsStore(db);
  }

  async list(actor: Actor, code: string) {
    const g = await this.groups.requireGroup(code);
    const rows = await this.store.meetings(code);
    return {
      meetings: rows.map((m) => ({ id: m.id, title: m.title, startsOn: m.starts_on, location: m.location, chathamHouse: m.chatham_house, demo: m.demo })),
      canReadMaterial: canReadGroupMaterial(actor, this.groups.facts(g)),
      canConvene: leadsGroup(actor, await this.groups.currentCoChairs(code)) && canReadGroupMaterial(actor, this.groups.facts(g)),
    };
  }

  /** The meeting and its group, or 404 (a meeting note without a meeting changes nothing). */
  private async meetingAndGroup(id: string): Promise<{ meeting: MeetingRow; group: GroupRow }> {
    const meeting = await this.store.meeting(id);
    if (!meeting) throw new NotFound('meeting');
    return { meeting, group: await this.groups.requireGroup(meeting.group_code) };
  }

  private async requireMaterial(actor: Actor, meeting: MeetingRow, group: GroupRow) {
    const participation = await this.store.participation(meeting.id, actor.userId);
    if (!canReadGroupMaterial(actor, this.groups.facts(group), { invitedToMeeting: participation?.invited })) throw new Forbidden(say('materialRefused'));
    return participation;
  }

  private async requireLead(actor: Actor, group: GroupRow) {
    if (!canReadGroupMaterial(actor, this.groups.facts(group))) throw new Forbidden(say('materialRefused'));
    if (!leadsGroup(actor, await this.groups.currentCoChairs(group.code))) throw new Forbidden(say('arrangedByCoChairs'));
  }

  /** Notes as the reader may see them: under Chatham House, without speaker or affiliation for anyone who was not there. */
  private noteView(n: NoteRow, identities: boolean) {
    const base = { id: n.id, agendaItem: n.agenda_item, body: n.body, demo: n.demo, createdAt: n.created_at };
    return identities ? { ...base, speaker: n.speaker, speakerAffiliation: n.speaker_affiliation } : base;
  }

  async detail(actor: Actor, id: string) {
    const { meeting, group } = await this.meetingAndGroup(id);
    const participation = await this.requireMaterial(actor, meeting, group);
    const attended = participation?.attended === true;
    const identities = seesChathamHouseIdentities(actor, { chathamHouse: meeting.chatham_house }, attended);
    const coChairs = await this.groups.currentCoChairs(group.code);
    const [participants, notes, documents, decisions, actions] = await Promise.all([
      this.store.participants(id),
      this.store.notes(id),
      this.store.documents(id),
      this.store.decisions(id),
      this.store.actions([id]),
    ]);
    if (group.required_clearance !== 'none')
      await this.audit.record(actor, {
        action: 'groups.meeting.read',
        outcome: 'ok',
        targetType: 'group_meeting',
        targetId: id,
        detail: { group: group.code, identities },
      });
    return {
      id: meeting.id,
      groupCode: group.code,
      groupName: group.name,
      title: meeting.title,
      startsOn: meeting.starts_on,
      location: meeting.location,
      chathamHouse: meeting.chatham_house,
      agenda: meeting.agenda,
      demo: meeting.demo,
      youAttended: attended,
      youLead: leadsGroup(actor, coChairs),
      can: meetingAbilities(actor, this.groups.facts(group), coChairs, participation ?? null),
      participantCount: participants.filter((p) => p.attended).length,
      participants: identities
        ? participants.map((p) => ({
            userId: p.user_id,
            name: p.name,
            memberCode: p.member_code,
            organisation: p.organisation_name,
            invited: p.invited,
            attended: p.attended,
          }))
        : null,
      notes: notes.map((n) => this.noteView(n, identities)),
      documents: documents.map((d) => ({ id: d.id, title: d.title, body: d.body, demo: d.demo })),
      decisions: decisions.map((d) => ({ id: d.id, text: d.text, demo: d.demo })),
      actions: actions.map((a) => ({
        id: a.id,
        description: a.description,
        responsibleStates: a.responsible_states,
        dueOn: a.due_on,
        status: a.status,
        planActionId: a.plan_action_id,
        demo: a.demo,
      })),
    };
  }

  async convene(actor: Actor, code: string, input: MeetingInput, demo = false) {
    const group = await this.groups.requireGroup(code);
    await this.requireLead(actor, group);
    return this.db.transaction(async () => {
      const id = await this.store.insertMeeting({ groupCode: code, ...input, by: recordedBy(actor), demo });
      await this.audit.record(actor, {
        action: 'groups.meeting.convene',
        outcome: 'ok',
        targetType: 'group_meeting',
        targetId: id,
        detail: { group: code, title: input.title, startsOn: input.startsOn, chathamHouse: input.chathamHouse },
      });
      return { id };
    });
  }

  /** Adds (or updates) a participant; the group's clearance rule is enforced here, whoever asks. */
  async addParticipant(actor: Actor, meetingId: string, input: { userId: string; invited: boolean; attended: boolean }) {
    const { meeting, group } = await this.meetingAndGroup(meetingId);
    await this.requireLead(actor, group);
    const person = await this.store.person(input.userId);
    if (!person || person.disabled_at) throw new Invalid('userId', say('noActiveAccount'));
    const refusal = participationRefusal(
      { state: person.member_code, clearance: person.clearance, clearanceExpires: person.clearance_expires, secretariat: person.organisation_kind === 'rso' },
      this.groups.facts(group),
      input.invited,
    );
    if (refusal)
      throw new Invalid(
        'userId',
        refusal.rule === 'clearance_required'
          ? say('clearanceRequired', { clearance: term('classification', refusal.clearance) })
          : refusal.state
            ? say('notGroupMember', { state: stateName(refusal.state) })
            : say('accountNotGroupMember'),
        { rule: refusal.rule },
      );
    return this.db.transaction(async () => {
      await this.store.upsertParticipant(meeting.id, input.userId, input.invited, input.attended);
      await this.audit.record(actor, { action: 'groups.meeting.participant', outcome: 'ok', targetType: 'group_meeting', targetId: meeting.id, detail: input });
      return { id: meeting.id };
    });
  }

  /** Notes are taken by someone in the room: an attending participant. */
  async addNote(actor: Actor, meetingId: string, input: NoteInput, demo = false) {
    const { meeting, group } = await this.meetingAndGroup(meetingId);
    const participation = await this.requireMaterial(actor, meeting, group);
    if (!recordsNotes(actor, participation ?? null)) throw new Forbidden(say('notesByAttendee'));
    if (input.agendaItem !== null && input.agendaItem >= meeting.agenda.length)
      throw new Invalid('body.agendaItem', say('agendaItems', { count: meeting.agenda.length }));
    return this.db.transaction(async () => {
      const id = await this.store.insertNote({
        meetingId,
        agendaItem: input.agendaItem,
        body: input.body,
        speaker: input.speaker,
        affiliation: input.speakerAffiliation,
        by: recordedBy(actor),
        demo,
      });
      await this.audit.record(actor, { action: 'groups.meeting.note', outcome: 'ok', targetType: 'group_meeting', targetId: meetingId, detail: { note: id } });
      return { id };
    });
  }

  async addDocument(actor: Actor, meetingId: string, input: { title: string; body: string }, demo = false) {
    const { meeting, group } = await this.meetingAndGroup(meetingId);
    await this.requireMaterial(actor, meeting, group);
    return this.db.transaction(async () => {
      const id = await this.store.insertDocument({ meetingId, ...input, by: recordedBy(actor), demo });
      await this.audit.record(actor, {
        action: 'groups.meeting.document',
        outcome: 'ok',
        targetType: 'group_meeting',
        targetId: meetingId,
        detail: { document: id, title: input.title },
      });
      return { id };
    });
  }

  async addDecision(actor: Actor, meetingId: string, input: { text: string }, demo = false) {
    const { group } = await this.meetingAndGroup(meetingId);
    await this.requireLead(actor, group);
    return this.db.transaction(async () => {
      const id = await this.store.insertDecision({ meetingId, text: input.text, demo });
      await this.audit.record(actor, {
        action: 'groups.meeting.decision',
        outcome: 'ok',
        targetType: 'group_meeting',
        targetId: meetingId,
        detail: { decision: id },
      });
      return { id };
    });
  }

  /** "Take forward actions arising from meetings": an action with the states responsible and a due date. */
  async addAction(actor: Actor, meetingId: string, input: ActionInput, demo = false) {
    const { meeting, group } = await this.meetingAndGroup(meetingId);
    await this.requireLead(actor, group);
    const outside = input.responsibleStates.filter((s) => !group.member_states.includes(s));
    if (outside.length) throw new Invalid('body.responsibleStates', say('notGroupStates', { states: listOf(outside.map(stateName)) }));
    if (input.dueOn && input.dueOn < meeting.starts_on) throw new Invalid('body.dueOn', say('dueBeforeMeeting'));
    return this.db.transaction(async () => {
      const planActionId = this.plans ? await recordPlanAction(this.plans, group, meeting, input, await this.groups.currentCoChairs(group.code), demo) : null;
      const id = await this.store.insertAction({ meetingId, ...input, planActionId, demo });
      await this.audit.record(actor, {
        action: 'groups.meeting.action',
        outcome: 'ok',
        targetType: 'group_meeting',
        targetId: meetingId,
        detail: { action: id, planActionId, responsibleStates: input.responsibleStates },
      });
      return { id };
    });
  }

  async setActionStatus(actor: Actor, actionId: string, status: 'open' | 'done' | 'dropped') {
    const action = await this.store.action(actionId);
    if (!action) throw new NotFound('action');
    const { group } = await this.meetingAndGroup(action.meeting_id);
    await this.requireLead(actor, group);
    return this.db.transaction(async () => {
      await this.store.setActionStatus(actionId, status);
      await this.audit.record(actor, { action: 'groups.action.status', outcome: 'ok', targetType: 'group_action', targetId: actionId, detail: { status } });
      return { id: actionId };
    });
  }
}
