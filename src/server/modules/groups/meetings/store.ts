// SQL for working-group meetings: agenda, participants, notes, documents, decisions and actions arising.

import type { Clearance } from '../../../access/subject.js';
import { type Db, sql } from '../../../db/index.js';

export interface MeetingRow {
  id: string;
  group_code: string;
  title: string;
  starts_on: string;
  location: string;
  chatham_house: boolean;
  agenda: { title: string; lead?: string | null }[];
  demo: boolean;
  created_at: Date;
}

export interface ParticipantRow {
  user_id: string;
  name: string;
  member_code: string | null;
  organisation_name: string;
  invited: boolean;
  attended: boolean;
}

export interface NoteRow {
  id: string;
  agenda_item: number | null;
  body: string;
  speaker: string | null;
  speaker_affiliation: string | null;
  demo: boolean;
  created_at: Date;
}
export interface DocumentRow {
  id: string;
  title: string;
  body: string;
  demo: boolean;
  created_at: Date;
}
export interface DecisionRow {
  id: string;
  text: string;
  demo: boolean;
  created_at: Date;
}
export interface ActionRow {
  id: string;
  meeting_id: string;
  description: string;
  responsible_states: string[];
  due_on: string | null;
  status: string;
  plan_action_id: string | null;
  demo: boolean;
  created_at: Date;
}

export class MeetingsStore {
  constructor(private readonly db: Db) {}

  meetings(group: string, year?: number) {
    const inYear = year ? sql`AND extract(year FROM starts_on) = ${year}` : sql``;
    return this.db.query<MeetingRow>(sql`SELECT * FROM group_meetings WHERE group_code = ${group} ${inYear} ORDER BY starts_on DESC, created_at DESC`);
  }

  meeting(id: string) {
    return this.db.one<MeetingRow>(sql`SELECT * FROM group_meetings WHERE id = ${id}`);
  }

  async insertMeeting(m: {
    groupCode: string;
    title: string;
    startsOn: string;
    location: string;
    chathamHouse: boolean;
    agenda: unknown[];
    by: string | null;
    demo?: boolean;
  }) {
    const row = await this.db.one<{ id: string }>(sql`
      INSERT INTO group_meetings (group_code, title, starts_on, location, chatham_house, agenda, created_by, demo)
      VALUES (${m.groupCode}, ${m.title}, ${m.startsOn}, ${m.location}, ${m.chathamHouse}, ${JSON.stringify(m.agenda)}::jsonb, ${m.by}, ${m.demo ?? false})
      RETURNING id`);
    return row!.id;
  }

  participants(meetingId: string) {
    return this.db.query<ParticipantRow>(sql`
      SELECT p.user_id, u.name, o.member_code, o.name AS organisation_name, p.invited, p.attended
      FROM group_meeting_participants p JOIN users u ON u.id = p.user_id JOIN organisations o ON o.id = u.organisation_id
      WHERE p.meeting_id = ${meetingId} ORDER BY o.member_code NULLS FIRST, u.name`);
  }

  participation(meetingId: string, userId: string) {
    return this.db.one<{ invited: boolean; attended: boolean }>(
      sql`SELECT invited, attended FROM group_meeting_participants WHERE meeting_id = ${meetingId} AND user_id = ${userId}`,
    );
  }

  person(userId: string) {
    return this.db.one<{
      id: string;
      member_code: string | null;
      organisation_kind: string;
      clearance: Clearance;
      clearance_expires: string | null;
      disabled_at: Date | null;
    }>(sql`
      SELECT u.id, o.member_code, o.kind AS organisation_kind, u.clearance, u.clearance_expires, u.disabled_at
      FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE u.id = ${userId}`);
  }

  async upsertParticipant(meetingId: string, userId: string, invited: boolean, attended: boolean) {
    await this.db.query(sql`
      INSERT INTO group_meeting_participants (meeting_id, user_id, invited, attended) VALUES (${meetingId}, ${userId}, ${invited}, ${attended})
      ON CONFLICT (meeting_id, user_id) DO UPDATE SET invited = EXCLUDED.invited, attended = EXCLUDED.attended`);
  }

  notes(meetingId: string) {
    return this.db.query<NoteRow>(
      sql`SELECT id, agenda_item, body, speaker, speaker_affiliation, demo, created_at FROM group_meeting_notes WHERE meeting_id = ${meetingId} ORDER BY created_at, id`,
    );
  }

  async insertNote(n: {
    meetingId: string;
    agendaItem: number | null;
    body: string;
    speaker: string | null;
    affiliation: string | null;
    by: string | null;
    demo?: boolean;
  }) {
    const row = await this.db.one<{ id: string }>(sql`
      INSERT INTO group_meeting_notes (meeting_id, agenda_item, body, speaker, speaker_affiliation, recorded_by, demo)
      VALUES (${n.meetingId}, ${n.agendaItem}, ${n.body}, ${n.speaker}, ${n.affiliation}, ${n.by}, ${n.demo ?? false}) RETURNING id`);
    return row!.id;
  }

  documents(meetingId: string) {
    return this.db.query<DocumentRow>(
      sql`SELECT id, title, body, demo, created_at FROM group_meeting_documents WHERE meeting_id = ${meetingId} ORDER BY created_at, id`,
    );
  }

  async insertDocument(d: { meetingId: string; title: string; body: string; by: string | null; demo?: boolean }) {
    const row = await this.db.one<{ id: string }>(sql`
      INSERT INTO group_meeting_documents (meeting_id, title, body, added_by, demo) VALUES (${d.meetingId}, ${d.title}, ${d.body}, ${d.by}, ${d.demo ?? false}) RETURNING id`);
    return row!.id;
  }

  decisions(meetingId: string) {
    return this.db.query<DecisionRow>(
      sql`SELECT id, text, demo, created_at FROM group_meeting_decisions WHERE meeting_id = ${meetingId} ORDER BY created_at, id`,
    );
  }

  async insertDecision(d: { meetingId: string; text: string; demo?: boolean }) {
    const row = await this.db.one<{ id: string }>(
      sql`INSERT INTO group_meeting_decisions (meeting_id, text, demo) VALUES (${d.meetingId}, ${d.text}, ${d.demo ?? false}) RETURNING id`,
    );
    return row!.id;
  }

  actions(meetingIds: string[]) {
    return this.db.query<ActionRow>(sql`SELECT * FROM group_meeting_actions WHERE meeting_id = ANY(${meetingIds}::uuid[]) ORDER BY created_at, id`);
  }

  async insertAction(a: {
    meetingId: string;
    description: string;
    responsibleStates: string[];
    dueOn: string | null;
    planActionId: string | null;
    demo?: boolean;
  }) {
    const row = await this.db.one<{ id: string }>(sql`
      INSERT INTO group_meeting_actions (meeting_id, description, responsible_states, due_on, plan_action_id, demo)
      VALUES (${a.meetingId}, ${a.description}, ${a.responsibleStates}::text[], ${a.dueOn}, ${a.planActionId}, ${a.demo ?? false}) RETURNING id`);
    return row!.id;
  }

  async setActionStatus(id: string, status: string) {
    await this.db.query(sql`UPDATE group_meeting_actions SET status = ${status} WHERE id = ${id}`);
  }

  action(id: string) {
    return this.db.one<ActionRow>(sql`SELECT * FROM group_meeting_actions WHERE id = ${id}`);
  }
}
