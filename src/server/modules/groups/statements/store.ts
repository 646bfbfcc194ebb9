// SQL for the public statements of working groups.
import { type Db, sql } from '../../../db/index.js';

export interface StatementRow {
  id: string;
  group_code: string;
  group_name: string;
  title: string;
  body: string;
  status: 'draft' | 'approved' | 'published';
  drafted_by: string | null;
  approved_by: string | null;
  approved_state: string | null;
  approved_at: Date | null;
  published_at: Date | null;
  demo: boolean;
  created_at: Date;
}

const select = sql`SELECT s.*, g.name AS group_name FROM group_statements s JOIN groups g ON g.code = s.group_code`;

export class StatementsStore {
  constructor(private readonly db: Db) {}

  ofGroup(code: string) {
    return this.db.query<StatementRow>(sql`${select} WHERE s.group_code = ${code} ORDER BY s.created_at DESC`);
  }

  published(limit: number) {
    return this.db.query<StatementRow>(sql`${select} WHERE s.status = 'published' ORDER BY s.published_at DESC LIMIT ${limit}`);
  }

  statement(id: string) {
    return this.db.one<StatementRow>(sql`${select} WHERE s.id = ${id}`);
  }

  async insert(s: { groupCode: string; title: string; body: string; by: string | null; demo?: boolean }) {
    const row = await this.db.one<{ id: string }>(sql`
      INSERT INTO group_statements (group_code, title, body, drafted_by, demo) VALUES (${s.groupCode}, ${s.title}, ${s.body}, ${s.by}, ${s.demo ?? false}) RETURNING id`);
    return row!.id;
  }

  async approve(id: string, by: string | null, state: string) {
    await this.db.query(
      sql`UPDATE group_statements SET status = 'approved', approved_by = ${by}, approved_state = ${state}, approved_at = now() WHERE id = ${id} AND status = 'draft'`,
    );
  }

  async publish(id: string) {
    await this.db.query(sql`UPDATE group_statements SET status = 'published', published_at = now() WHERE id = ${id} AND status = 'approved'`);
  }
}
