// SQL for consents to onward sharing and requests for information with their threads; no rules.
import { type Db, sql } from '../../db/index.js';

export interface ConsentRow {
  id: string;
  reportId: string;
  reference: string;
  ownerState: string;
  requestingState: string;
  states: string[];
  groups: string[];
  reason: string;
  status: 'pending' | 'granted' | 'refused' | 'used';
  createdAt: Date;
  decidedAt: Date | null;
}

export interface RfiRow {
  id: string;
  reportId: string;
  reference: string;
  fromState: string;
  toState: string;
  question: string;
  deadline: string;
  status: 'open' | 'answered' | 'closed';
  createdAt: Date;
}

const consentColumns = sql`c.id, c.report_id AS "reportId", r.reference, r.owner_state AS "ownerState", c.requesting_state AS "requestingState",
  c.states, c.groups, c.reason, c.status, c.created_at AS "createdAt", c.decided_at AS "decidedAt"`;
const rfiColumns = sql`q.id, q.report_id AS "reportId", r.reference, q.from_state AS "fromState", q.to_state AS "toState", q.question,
  q.deadline, q.status, q.created_at AS "createdAt"`;

export class ExchangeStore {
  constructor(private readonly db: Db) {}

  async insertConsent(c: { reportId: string; requestingState: string; requestedBy: string; states: string[]; groups: string[]; reason: string }) {
    const row = await this.db.one<{ id: string }>(sql`
      INSERT INTO intel_consents (report_id, requesting_state, requested_by, states, groups, reason)
      VALUES (${c.reportId}, ${c.requestingState}, ${c.requestedBy}, ${c.states}::text[], ${c.groups}::text[], ${c.reason}) RETURNING id`);
    return row!.id;
  }

  consent(id: string) {
    return this.db.one<ConsentRow>(sql`SELECT ${consentColumns} FROM intel_consents c JOIN intel_reports r ON r.id = c.report_id WHERE c.id = ${id}`);
  }

  /** Consents asked of a state (as originator) or by it. */
  consentsOf(state: string) {
    return this.db.query<ConsentRow>(sql`
      SELECT ${consentColumns} FROM intel_consents c JOIN intel_reports r ON r.id = c.report_id
      WHERE r.owner_state = ${state} OR c.requesting_state = ${state} ORDER BY c.created_at DESC LIMIT 200`);
  }

  async decideConsent(id: string, status: 'granted' | 'refused' | 'used', userId: string | null) {
    await this.db.query(
      sql`UPDATE intel_consents SET status = ${status}, decided_by = coalesce(decided_by, ${userId}), decided_at = coalesce(decided_at, now()) WHERE id = ${id}`,
    );
  }

  /** A granted, unused consent of this state for this report that covers every recipient. */
  grantedCovering(reportId: string, state: string, states: string[], groups: string[]) {
    return this.db.one<{ id: string }>(sql`
      SELECT id FROM intel_consents WHERE report_id = ${reportId} AND requesting_state = ${state} AND status = 'granted'
        AND states @> ${states}::text[] AND groups @> ${groups}::text[] ORDER BY decided_at LIMIT 1`);
  }

  async insertRfi(q: { reportId: string; fromState: string; toState: string; question: string; deadline: string; createdBy: string; demo: boolean }) {
    const row = await this.db.one<{ id: string }>(sql`
      INSERT INTO intel_rfis (report_id, from_state, to_state, question, deadline, created_by, demo)
      VALUES (${q.reportId}, ${q.fromState}, ${q.toState}, ${q.question}, ${q.deadline}, ${q.createdBy}, ${q.demo}) RETURNING id`);
    return row!.id;
  }

  rfi(id: string) {
    return this.db.one<RfiRow>(sql`SELECT ${rfiColumns} FROM intel_rfis q JOIN intel_reports r ON r.id = q.report_id WHERE q.id = ${id}`);
  }

  rfisOf(state: string, reportId?: string) {
    return this.db.query<RfiRow>(sql`
      SELECT ${rfiColumns} FROM intel_rfis q JOIN intel_reports r ON r.id = q.report_id
      WHERE (q.from_state = ${state} OR q.to_state = ${state}) ${reportId ? sql`AND q.report_id = ${reportId}` : sql``}
      ORDER BY q.deadline, q.created_at LIMIT 200`);
  }

  messages(rfiIds: string[]) {
    return this.db.query<{ id: string; rfiId: string; authorState: string | null; body: string; at: Date }>(sql`
      SELECT id, rfi_id AS "rfiId", author_state AS "authorState", body, at FROM intel_rfi_messages WHERE rfi_id = ANY(${rfiIds}::uuid[]) ORDER BY at, id`);
  }

  async addMessage(rfiId: string, authorId: string, authorState: string, body: string) {
    await this.db.query(sql`INSERT INTO intel_rfi_messages (rfi_id, author_id, author_state, body) VALUES (${rfiId}, ${authorId}, ${authorState}, ${body})`);
  }

  async setRfiStatus(id: string, status: 'open' | 'answered' | 'closed') {
    await this.db.query(sql`UPDATE intel_rfis SET status = ${status} WHERE id = ${id}`);
  }
}
