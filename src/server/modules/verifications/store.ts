// SQL for verification requests, their thread and files, and the time-to-answer figures; no rules.

import type { Classification } from '../../access/subject.js';
import { type Db, type Sql, sql } from '../../db/index.js';
import type { Answer, Person } from './schemas.js';

export interface RequestRow {
  id: string;
  reference: string;
  fromState: string;
  toState: string;
  person: Person;
  reason: string;
  urgency: 'routine' | 'urgent' | 'immediate';
  dueOn: string;
  classification: Exclude<Classification, 'public' | 'members'>;
  status: 'open' | 'more_information_needed' | 'answered' | 'withdrawn';
  answer: Answer | null;
  firstResponseAt: Date | null;
  answeredAt: Date | null;
  agreementId: string | null;
  returnCaseId: string | null;
  reminded: string[];
  createdBy: string | null;
  demo: boolean;
  createdAt: Date;
}

const columns = (a: string) =>
  sql.raw(`${a}.id::text, ${a}.reference, ${a}.from_state AS "fromState", ${a}.to_state AS "toState", ${a}.person, ${a}.reason,
  ${a}.urgency, ${a}.due_on AS "dueOn", ${a}.classification, ${a}.status, ${a}.answer, ${a}.first_response_at AS "firstResponseAt",
  ${a}.answered_at AS "answeredAt", ${a}.agreement_id::text AS "agreementId", ${a}.return_case_id::text AS "returnCaseId", ${a}.reminded,
  ${a}.created_by::text AS "createdBy", ${a}.demo, ${a}.created_at AS "createdAt"`);

export class VerificationsStore {
  constructor(private readonly db: Db) {}

  /** `createdAt` is given only by the demo, which spreads its requests over the past year. */
  async insert(
    r: Omit<RequestRow, 'id' | 'status' | 'answer' | 'firstResponseAt' | 'answeredAt' | 'returnCaseId' | 'reminded' | 'createdAt'> & { createdAt?: Date },
  ): Promise<string> {
    const row = await this.db.one<{ id: string }>(sql`
      INSERT INTO verification_requests (reference, from_state, to_state, person, reason, urgency, due_on, classification, agreement_id, created_by, demo, created_at, updated_at)
      VALUES (${r.reference}, ${r.fromState}, ${r.toState}, ${JSON.stringify(r.person)}::jsonb, ${r.reason}, ${r.urgency}, ${r.dueOn}, ${r.classification},
        ${r.agreementId}::uuid, ${r.createdBy}::uuid, ${r.demo}, coalesce(${r.createdAt ?? null}::timestamptz, now()), coalesce(${r.createdAt ?? null}::timestamptz, now()))
      RETURNING id::text`);
    return row!.id;
  }

  /** One request if `visible` (the access rule in SQL) lets it through. */
  request(id: string, visible: Sql): Promise<RequestRow | undefined> {
    return this.db.one<RequestRow>(sql`SELECT ${columns('v')} FROM verification_requests v WHERE v.id = ${id} AND ${visible}`);
  }

  page(where: Sql, limit: number, offset: number): Promise<RequestRow[]> {
    return this.db.query<RequestRow>(sql`SELECT ${columns('v')} FROM verification_requests v WHERE ${where}
      ORDER BY (v.status IN ('open', 'more_information_needed')) DESC, v.due_on, v.created_at DESC, v.id LIMIT ${limit + 1} OFFSET ${offset}`);
  }

  async setStatus(id: string, change: { status: RequestRow['status']; answer?: Answer; answeredBy?: string | null; final?: boolean; at?: Date }) {
    const at = change.at ?? new Date();
    await this.db.query(sql`UPDATE verification_requests SET status = ${change.status},
      answer = coalesce(${change.answer ?? null}, answer),
      first_response_at = CASE WHEN ${change.answer ?? null}::text IS NOT NULL THEN coalesce(first_response_at, ${at}::timestamptz) ELSE first_response_at END,
      answered_at = CASE WHEN ${change.final ?? false} THEN ${at}::timestamptz WHEN ${change.status} = 'answered' THEN answered_at ELSE NULL END,
      answered_by = CASE WHEN ${change.final ?? false} THEN ${change.answeredBy ?? null}::uuid ELSE answered_by END,
      updated_at = now() WHERE id = ${id}`);
  }

  async addMessage(m: {
    requestId: string;
    authorId: string | null;
    authorState: string;
    kind: 'message' | 'answer';
    answer: Answer | null;
    body: string;
    at?: Date;
  }): Promise<string> {
    const row = await this.db.one<{ id: string }>(sql`
      INSERT INTO verification_messages (request_id, author_id, author_state, kind, answer, body, at)
      VALUES (${m.requestId}, ${m.authorId}::uuid, ${m.authorState}, ${m.kind}, ${m.answer}, ${m.body}, coalesce(${m.at ?? null}::timestamptz, now())) RETURNING id::text`);
    return row!.id;
  }

  messages(requestId: string) {
    return this.db.query<{
      id: string;
      authorState: string;
      authorName: string | null;
      kind: 'message' | 'answer';
      answer: Answer | null;
      body: string;
      at: Date;
    }>(sql`
      SELECT m.id::text, m.author_state AS "authorState", u.name AS "authorName", m.kind, m.answer, m.body, m.at
      FROM verification_messages m LEFT JOIN users u ON u.id = m.author_id WHERE m.request_id = ${requestId} ORDER BY m.at, m.id`);
  }

  async addFile(
    requestId: string,
    f: { kind: string; filename: string; mediaType: string; content: Buffer; sha256: string },
    by: string | null,
    state: string,
  ): Promise<string> {
    const row = await this.db.one<{ id: string }>(sql`
      INSERT INTO verification_attachments (request_id, kind, filename, media_type, size_bytes, sha256, content, added_by, added_state)
      VALUES (${requestId}, ${f.kind}, ${f.filename}, ${f.mediaType}, ${f.content.length}, ${f.sha256}, ${f.content}, ${by}::uuid, ${state}) RETURNING id::text`);
    return row!.id;
  }

  files(requestId: string) {
    return this.db.query<{
      id: string;
      kind: 'photograph' | 'fingerprints' | 'document' | 'evidence';
      filename: string;
      mediaType: string;
      sizeBytes: number;
      sha256: string;
      addedState: string;
      at: Date;
    }>(sql`
      SELECT id::text, kind, filename, media_type AS "mediaType", size_bytes AS "sizeBytes", sha256, added_state AS "addedState", at
      FROM verification_attachments WHERE request_id = ${requestId} ORDER BY at, id`);
  }

  file(requestId: string, fileId: string) {
    return this.db.one<{ id: string; filename: string; mediaType: string; sha256: string; content: Uint8Array }>(sql`
      SELECT id::text, filename, media_type AS "mediaType", sha256, content FROM verification_attachments WHERE request_id = ${requestId} AND id = ${fileId}`);
  }

  async linkReturn(id: string, caseId: string) {
    await this.db.query(sql`UPDATE verification_requests SET return_case_id = ${caseId}::uuid, updated_at = now() WHERE id = ${id}`);
  }

  /** Open requests due within `days` or overdue that have not had this reminder yet. */
  dueForReminder(today: string, days: number) {
    return this.db.query<RequestRow>(sql`SELECT ${columns('v')} FROM verification_requests v
      WHERE v.status IN ('open', 'more_information_needed') AND v.due_on <= (${today}::date + ${days}::int)
        AND NOT ((CASE WHEN v.due_on < ${today}::date THEN 'overdue' ELSE 'due_soon' END) = ANY(v.reminded))
      ORDER BY v.due_on LIMIT 500`);
  }

  async markReminded(id: string, stage: string) {
    await this.db.query(
      sql`UPDATE verification_requests SET reminded = array_append(reminded, ${stage}::text) WHERE id = ${id} AND NOT (${stage}::text = ANY(reminded))`,
    );
  }

  /**
   * Per requested state and month of asking: requests, answered, answered by the deadline, still open, overdue, and the
   * median days to the final answer.
   */
  timeToAnswer(from: string, to: string, today: string) {
    return this.db.query<{
      state: string;
      stateName: string;
      month: string;
      requests: number;
      answered: number;
      answeredOnTime: number;
      open: number;
      overdue: number;
      medianDays: number | null;
    }>(sql`
      SELECT v.to_state AS state, m.name AS "stateName", to_char(v.created_at, 'YYYY-MM') AS month, count(*)::int AS requests,
        count(*) FILTER (WHERE v.status = 'answered')::int AS answered,
        count(*) FILTER (WHERE v.status = 'answered' AND v.answered_at::date <= v.due_on)::int AS "answeredOnTime",
        count(*) FILTER (WHERE v.status IN ('open', 'more_information_needed'))::int AS open,
        count(*) FILTER (WHERE v.status IN ('open', 'more_information_needed') AND v.due_on < ${today}::date)::int AS overdue,
        round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM v.answered_at - v.created_at) / 86400)
          FILTER (WHERE v.status = 'answered'))::numeric, 1)::float8 AS "medianDays"
      FROM verification_requests v JOIN members m ON m.code = v.to_state
      WHERE v.status <> 'withdrawn' AND v.created_at >= ${`${from}-01`}::date AND v.created_at < (${`${to}-01`}::date + interval '1 month')
      GROUP BY v.to_state, m.name, month ORDER BY m.name, month`);
  }

  /** The same over the whole range, per requested state. */
  timeToAnswerTotals(from: string, to: string, today: string) {
    return this.db.query<{
      state: string;
      stateName: string;
      requests: number;
      answered: number;
      answeredOnTime: number;
      open: number;
      overdue: number;
      medianDays: number | null;
    }>(sql`
      SELECT v.to_state AS state, m.name AS "stateName", count(*)::int AS requests,
        count(*) FILTER (WHERE v.status = 'answered')::int AS answered,
        count(*) FILTER (WHERE v.status = 'answered' AND v.answered_at::date <= v.due_on)::int AS "answeredOnTime",
        count(*) FILTER (WHERE v.status IN ('open', 'more_information_needed'))::int AS open,
        count(*) FILTER (WHERE v.status IN ('open', 'more_information_needed') AND v.due_on < ${today}::date)::int AS overdue,
        round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM v.answered_at - v.created_at) / 86400)
          FILTER (WHERE v.status = 'answered'))::numeric, 1)::float8 AS "medianDays"
      FROM verification_requests v JOIN members m ON m.code = v.to_state
      WHERE v.status <> 'withdrawn' AND v.created_at >= ${`${from}-01`}::date AND v.created_at < (${`${to}-01`}::date + interval '1 month')
      GROUP BY v.to_state, m.name ORDER BY m.name`);
  }
}
