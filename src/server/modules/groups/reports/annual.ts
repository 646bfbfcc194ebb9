// The co-chairs' annual written report of a working group to the Steering Group, built from its meetings and actions.
// It goes to people who were not in the room, so it never names who spoke, under Chatham House or not.

import type { Actor } from '../../../access/actor.js';
import { canReadGroupMaterial } from '../../../access/groups.js';
import type { AuditLog } from '../../../audit/log.js';
import { Forbidden } from '../../../errors.js';
import type { MeetingsService } from '../meetings/service.js';
import { say } from '../messages.js';
import type { GroupsService } from '../service.js';
import type { StatementsService } from '../statements/service.js';

export interface AnnualReport {
  groupCode: string;
  groupName: string;
  year: number;
  coChairs: string[];
  memberStates: string[];
  meetings: {
    title: string;
    startsOn: string;
    location: string;
    chathamHouse: boolean;
    agenda: string[];
    decisions: string[];
    documents: string[];
    noteCount: number;
    participantCount: number;
  }[];
  actions: { description: string; responsibleStates: string[]; dueOn: string | null; status: string; overdue: boolean; meeting: string }[];
  actionTotals: { total: number; open: number; done: number; dropped: number; overdue: number };
  statements: { title: string; publishedAt: Date }[];
  generatedAt: Date;
  demo: boolean;
}

export class AnnualReports {
  constructor(
    private readonly audit: AuditLog,
    private readonly groups: GroupsService,
    private readonly meetings: MeetingsService,
    private readonly statements: StatementsService,
  ) {}

  async build(actor: Actor, code: string, year: number, now: Date = new Date()): Promise<AnnualReport> {
    const g = await this.groups.requireGroup(code);
    if (!canReadGroupMaterial(actor, this.groups.facts(g))) throw new Forbidden(say('annualReportMaterial'));
    const meetings = await this.meetings.store.meetings(code, year);
    const ids = meetings.map((m) => m.id);
    const [actions, published] = await Promise.all([this.meetings.store.actions(ids), this.statements.store.ofGroup(code)]);
    const today = now.toISOString().slice(0, 10);
    const perMeeting = await Promise.all(
      meetings.map(async (m) => {
        const [decisions, documents, notes, participants] = await Promise.all([
          this.meetings.store.decisions(m.id),
          this.meetings.store.documents(m.id),
          this.meetings.store.notes(m.id),
          this.meetings.store.participants(m.id),
        ]);
        return {
          title: m.title,
          startsOn: m.starts_on,
          location: m.location,
          chathamHouse: m.chatham_house,
          agenda: m.agenda.map((a) => a.title),
          decisions: decisions.map((d) => d.text),
          documents: documents.map((d) => d.title),
          noteCount: notes.length,
          participantCount: participants.filter((p) => p.attended).length,
        };
      }),
    );
    const titleOf = new Map(meetings.map((m) => [m.id, m.title]));
    const actionViews = actions.map((a) => ({
      description: a.description,
      responsibleStates: a.responsible_states,
      dueOn: a.due_on,
      status: a.status,
      overdue: a.status === 'open' && a.due_on !== null && a.due_on < today,
      meeting: titleOf.get(a.meeting_id) ?? '',
    }));
    const report: AnnualReport = {
      groupCode: g.code,
      groupName: g.name,
      year,
      coChairs: await this.groups.currentCoChairs(code, year),
      memberStates: g.member_states,
      meetings: perMeeting.sort((a, b) => a.startsOn.localeCompare(b.startsOn)),
      actions: actionViews,
      actionTotals: {
        total: actionViews.length,
        open: actionViews.filter((a) => a.status === 'open').length,
        done: actionViews.filter((a) => a.status === 'done').length,
        dropped: actionViews.filter((a) => a.status === 'dropped').length,
        overdue: actionViews.filter((a) => a.overdue).length,
      },
      statements: published
        .filter((s) => s.status === 'published' && s.published_at && s.published_at.getUTCFullYear() === year)
        .map((s) => ({ title: s.title, publishedAt: s.published_at! })),
      generatedAt: now,
      demo: g.demo,
    };
    await this.audit.record(actor, { action: 'groups.report.annual', outcome: 'ok', targetType: 'group', targetId: code, detail: { year } });
    return report;
  }
}
