// Public statements of a working group: drafted by its co-chairs, approved by a co-chair, published to the public site.

import { type Actor, recordedBy } from '../../../access/actor.js';
import { approvesStatement, leadsGroup, seesDraftStatements } from '../../../access/groups.js';
import type { AuditLog } from '../../../audit/log.js';
import type { Db } from '../../../db/index.js';
import { Conflict, Forbidden, NotFound } from '../../../errors.js';
import { say } from '../messages.js';
import type { GroupsService } from '../service.js';
import { type StatementRow, StatementsStore } from './store.js';

export class StatementsService {
  readonly store: StatementsStore;
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly groups: GroupsService,
  ) {
    this.store = new StatementsStore(db);
  }

  private view(s: StatementRow) {
    return {
      id: s.id,
      groupCode: s.group_code,
      title: s.title,
      body: s.body,
      status: s.status,
      approvedState: s.approved_state,
      approvedAt: s.approved_at,
      publishedAt: s.published_at,
      demo: s.demo,
      createdAt: s.created_at,
    };
  }

  /** Drafts are seen by the group's member states and the secretariat; everyone else sees what is published. */
  async list(actor: Actor, code: string) {
    const g = await this.groups.requireGroup(code);
    const insider = seesDraftStatements(actor, this.groups.facts(g));
    const rows = await this.store.ofGroup(code);
    return { statements: rows.filter((s) => insider || s.status === 'published').map((s) => this.view(s)) };
  }

  /** What the public site shows: published statements only, without who drafted or approved them. */
  async publicStatements(limit = 50) {
    const rows = await this.store.published(limit);
    return rows.map((s) => ({
      id: s.id,
      groupCode: s.group_code,
      groupName: s.group_name,
      title: s.title,
      body: s.body,
      publishedAt: s.published_at!,
      demo: s.demo,
    }));
  }

  async draft(actor: Actor, code: string, input: { title: string; body: string }, demo = false) {
    await this.groups.requireGroup(code);
    if (!leadsGroup(actor, await this.groups.currentCoChairs(code))) throw new Forbidden(say('statementDrafters'));
    return this.db.transaction(async () => {
      const id = await this.store.insert({ groupCode: code, ...input, by: recordedBy(actor), demo });
      await this.audit.record(actor, {
        action: 'groups.statement.draft',
        outcome: 'ok',
        targetType: 'group_statement',
        targetId: id,
        detail: { group: code, title: input.title },
      });
      return { id };
    });
  }

  private async statementOf(code: string, id: string) {
    const s = await this.store.statement(id);
    if (!s || s.group_code !== code) throw new NotFound('statement');
    return s;
  }

  /** Approval is a co-chair's: a user of a state co-chairing the group this year. */
  async approve(actor: Actor, code: string, id: string) {
    const s = await this.statementOf(code, id);
    const coChairs = await this.groups.currentCoChairs(code);
    if (!approvesStatement(actor, coChairs) || !actor.state) throw new Forbidden(say('statementApprovers'), { coChairs });
    if (s.status !== 'draft') throw new Conflict(say('statementNotDraft'), { status: s.status });
    const state = actor.state;
    return this.db.transaction(async () => {
      await this.store.approve(id, recordedBy(actor), state);
      await this.audit.record(actor, {
        action: 'groups.statement.approve',
        outcome: 'ok',
        targetType: 'group_statement',
        targetId: id,
        detail: { group: code, state },
      });
      return { id };
    });
  }

  async publish(actor: Actor, code: string, id: string) {
    const s = await this.statementOf(code, id);
    if (!leadsGroup(actor, await this.groups.currentCoChairs(code))) throw new Forbidden(say('statementPublishers'));
    if (s.status !== 'approved') throw new Conflict(s.status === 'draft' ? say('approveBeforePublishing') : say('publishedAlready'));
    return this.db.transaction(async () => {
      await this.store.publish(id);
      await this.audit.record(actor, {
        action: 'groups.statement.publish',
        outcome: 'ok',
        targetType: 'group_statement',
        targetId: id,
        detail: { group: code },
      });
      return { id };
    });
  }
}
