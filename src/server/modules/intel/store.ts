// SQL for intelligence reports, attachments, releases, consents, acknowledgements and the audit of reads; no rules.

import type { HandlingCode } from '../../access/records.js';
import type { Classification } from '../../access/subject.js';
import { type Db, type Sql, sql } from '../../db/index.js';
import type { Credibility, Reliability } from './grading.js';

export interface ReportRow {
  id: string;
  reference: string;
  title: string;
  body: string;
  category: string;
  reliability: Reliability;
  credibility: Credibility;
  ownerState: string;
  classification: Classification;
  releasableStates: string[];
  releasableGroups: string[];
  handlingCodes: HandlingCode[];
  releasableOnlyTo: string[];
  entityIds: string[];
  authorId: string | null;
  demo: boolean;
  createdAt: Date;
}

const reportColumns = (a: string) =>
  sql.raw(`${a}.id, ${a}.reference, ${a}.title, ${a}.body, ${a}.category, ${a}.reliability, ${a}.credibility,
  ${a}.owner_state AS "ownerState", ${a}.classification, ${a}.releasable_states AS "releasableStates", ${a}.releasable_groups AS "releasableGroups",
  ${a}.handling_codes AS "handlingCodes", ${a}.releasable_only_to AS "releasableOnlyTo", ${a}.entity_ids AS "entityIds",
  ${a}.author_id AS "authorId", ${a}.demo, ${a}.created_at AS "createdAt"`);

/** Columns of a list row: the body stays in the database. */
const summaryColumns = (a: string) =>
  sql.raw(`${a}.id, ${a}.reference, ${a}.title, ${a}.category, ${a}.reliability, ${a}.credibility,
  ${a}.owner_state AS "ownerState", ${a}.classification, ${a}.handling_codes AS "handlingCodes", ${a}.demo, ${a}.created_at AS "createdAt"`);

export type SummaryRow = Pick<
  ReportRow,
  'id' | 'reference' | 'title' | 'category' | 'reliability' | 'credibility' | 'ownerState' | 'classification' | 'handlingCodes' | 'demo' | 'createdAt'
>;

export class IntelStore {
  constructor(private readonly db: Db) {}

  async insert(r: Omit<ReportRow, 'id' | 'createdAt' | 'releasableStates' | 'releasableGroups'>): Promise<string> {
    const row = await this.db.one<{ id: string }>(sql`
      INSERT INTO intel_reports (reference, title, body, category, reliability, credibility, owner_state, classification, handling_codes,
        releasable_only_to, entity_ids, author_id, demo)
      VALUES (${r.reference}, ${r.title}, ${r.body}, ${r.category}, ${r.reliability}, ${r.credibility}, ${r.ownerState}, ${r.classification},
        ${r.handlingCodes}::text[], ${r.releasableOnlyTo}::text[], ${r.entityIds}::text[], ${r.authorId}, ${r.demo})
      RETURNING id`);
    return row!.id;
  }

  /** One report if `readable` (the access rule in SQL) lets it through. */
  report(id: string, readable: Sql): Promise<ReportRow | undefined> {
    return this.db.one<ReportRow>(sql`SELECT ${reportColumns('r')} FROM intel_reports r WHERE r.id = ${id} AND ${readable}`);
  }

  static searchWhere(readable: Sql, f: { q?: string; category?: string; classification?: string; originator?: string; grading?: string }): Sql {
    return sql.and([
      readable,
      ...(f.q ? [sql`r.search @@ websearch_to_tsquery('simple', ${f.q})`] : []),
      ...(f.category ? [sql`r.category = ${f.category}`] : []),
      ...(f.classification ? [sql`r.classification = ${f.classification}`] : []),
      ...(f.originator ? [sql`r.owner_state = ${f.originator}`] : []),
      ...(f.grading ? [sql`r.reliability = ${f.grading[0]} AND r.credibility = ${f.grading[1]}`] : []),
    ]);
  }

  /** A page, newest first; one row more than asked tells whether there is a next page. */
  page(where: Sql, limit: number, offset: number): Promise<SummaryRow[]> {
    return this.db.query<SummaryRow>(sql`
      SELECT ${summaryColumns('r')} FROM intel_reports r WHERE ${where} ORDER BY r.created_at DESC, r.id LIMIT ${limit + 1} OFFSET ${offset}`);
  }

  /** Counts by one column over the same filtered set over at most the first 2,000 matches (so a huge result set stays quick). */
  facet(where: Sql, column: 'category' | 'classification' | 'owner_state' | 'grading', cap = 2_000): Promise<{ value: string; count: number }[]> {
    const expr = column === 'grading' ? sql.raw(`reliability || credibility`) : sql.raw(column);
    return this.db.query(sql`
      SELECT value, count(*)::int AS count FROM (SELECT ${expr} AS value FROM intel_reports r WHERE ${where} LIMIT ${cap}) x
      GROUP BY value ORDER BY count DESC, value`);
  }

  async addRelease(reportId: string, kind: 'state' | 'group', recipient: string, agreementIds: string[], userId: string | null, state: string | null) {
    await this.db.query(sql`
      INSERT INTO intel_releases (report_id, recipient_kind, recipient, agreement_ids, released_by, released_state)
      VALUES (${reportId}, ${kind}, ${recipient}, ${agreementIds}::text[], ${userId}, ${state})
      ON CONFLICT (report_id, recipient_kind, recipient) DO NOTHING`);
    const column = kind === 'state' ? sql.raw('releasable_states') : sql.raw('releasable_groups');
    await this.db.query(sql`
      UPDATE intel_reports SET ${column} = array_append(${column}, ${recipient}::text) WHERE id = ${reportId} AND NOT (${recipient}::text = ANY(${column}))`);
  }

  releases(reportId: string) {
    return this.db.query<{ recipientKind: string; recipient: string; agreementIds: string[]; releasedAt: Date }>(sql`
      SELECT recipient_kind AS "recipientKind", recipient, agreement_ids AS "agreementIds", released_at AS "releasedAt"
      FROM intel_releases WHERE report_id = ${reportId} ORDER BY released_at, recipient`);
  }

  groupMembers(groups: string[]) {
    return this.db.query<{ groupCode: string; memberCode: string }>(sql`
      SELECT g.code AS "groupCode", gm.member_code AS "memberCode" FROM groups g LEFT JOIN group_members gm ON gm.group_code = g.code
      WHERE g.code = ANY(${groups}::text[]) ORDER BY g.code, gm.member_code`);
  }

  async acknowledge(reportId: string, state: string, userId: string): Promise<boolean> {
    const rows = await this.db.query(sql`
      INSERT INTO intel_acknowledgements (report_id, state, user_id) VALUES (${reportId}, ${state}, ${userId}) ON CONFLICT DO NOTHING RETURNING state`);
    return rows.length > 0;
  }

  acknowledgements(reportId: string) {
    return this.db.query<{ state: string; at: Date }>(sql`SELECT state, at FROM intel_acknowledgements WHERE report_id = ${reportId} ORDER BY at`);
  }

  attachments(reportId: string) {
    return this.db.query<{ id: string; filename: string; mediaType: string; sizeBytes: number; sha256: string }>(sql`
      SELECT id, filename, media_type AS "mediaType", size_bytes AS "sizeBytes", sha256 FROM intel_attachments WHERE report_id = ${reportId} ORDER BY created_at, id`);
  }

  async addAttachment(reportId: string, a: { filename: string; mediaType: string; content: Buffer; sha256: string }, userId: string | null): Promise<string> {
    const row = await this.db.one<{ id: string }>(sql`
      INSERT INTO intel_attachments (report_id, filename, media_type, size_bytes, sha256, content, added_by)
      VALUES (${reportId}, ${a.filename}, ${a.mediaType}, ${a.content.length}, ${a.sha256}, ${a.content}, ${userId}) RETURNING id`);
    return row!.id;
  }

  attachment(reportId: string, id: string) {
    return this.db.one<{ id: string; filename: string; mediaType: string; sha256: string; content: Uint8Array }>(sql`
      SELECT id, filename, media_type AS "mediaType", sha256, content FROM intel_attachments WHERE report_id = ${reportId} AND id = ${id}`);
  }

  /** Reports released to a state (directly or through one of its groups), with whether that state acknowledged them. */
  inbox(state: string, groups: string[], readable: Sql) {
    return this.db.query<SummaryRow & { acknowledged: boolean; releasedAt: Date }>(sql`
      SELECT ${summaryColumns('r')}, EXISTS (SELECT 1 FROM intel_acknowledgements a WHERE a.report_id = r.id AND a.state = ${state}) AS acknowledged,
        max(rel.released_at) AS "releasedAt"
      FROM intel_reports r JOIN intel_releases rel ON rel.report_id = r.id
        AND ((rel.recipient_kind = 'state' AND rel.recipient = ${state}) OR (rel.recipient_kind = 'group' AND rel.recipient = ANY(${groups}::text[])))
      WHERE ${readable}
      GROUP BY r.id ORDER BY max(rel.released_at) DESC LIMIT 200`);
  }

  /** Who read a report, from the audit log's record of reads. */
  readers(reportId: string) {
    return this.db.query<{ state: string | null; email: string | null; at: Date }>(sql`
      SELECT actor_state AS state, actor_email AS email, at FROM audit_log
      WHERE target_type = 'intel_report' AND target_id = ${reportId} AND action = 'intel.read' AND outcome = 'ok' ORDER BY id DESC LIMIT 500`);
  }
}
