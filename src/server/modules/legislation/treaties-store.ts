// SQL for treaty status: the reference file's dated actions and its snapshot, later reported participation, and the
// newer actions focal points record (with who entered and who reviewed them).
import { type Db, type Sql, sql } from '../../db/index.js';
import type { RecordRow, ReferenceActionRow, ReportRow, SnapshotInfo } from './treaty-status.js';

export interface NewRecord {
  state: string;
  instrument: string;
  action: string;
  period: string;
  precision: 'day' | 'month' | 'year';
  source: string;
  note: string;
}

export class TreatiesStore {
  constructor(private readonly db: Db) {}

  async snapshot(): Promise<SnapshotInfo | null> {
    const row = await this.db.one<{ snapshot: string | null; snapshot_label: string | null; snapshot_source: string | null }>(
      sql`SELECT snapshot, snapshot_label, snapshot_source FROM legislation_reference_loads WHERE file = 'treaties.csv'`,
    );
    if (!row) return null;
    // A treaties.csv loaded before snapshots were recorded still arrived; its completeness date is simply not known.
    return { date: row.snapshot ?? '', label: row.snapshot_label ?? '', source: row.snapshot_source ?? '' };
  }

  async actions(state?: string): Promise<ReferenceActionRow[]> {
    return this.db.query(sql`SELECT state, instrument, action, date, source FROM treaty_actions
      WHERE ${state ? sql`state = ${state}` : sql`TRUE`} ORDER BY state, instrument, date`);
  }

  async reports(state?: string): Promise<ReportRow[]> {
    return this.db.query(sql`SELECT state, instrument, period, precision, what, source FROM treaty_reports
      WHERE ${state ? sql`state = ${state}` : sql`TRUE`} ORDER BY state, instrument`);
  }

  /** Records matching `where` (the caller's visibility filter on alias r included). */
  async records(where: Sql): Promise<RecordRow[]> {
    return this.db.query(sql`SELECT r.id, r.state, r.instrument, r.action, r.period, r.precision, r.source, r.note, r.workflow, r.reason,
        r.entered_by, e.name AS entered_by_name, eo.member_code AS entered_by_state, r.entered_at,
        r.reviewed_by, v.name AS reviewed_by_name, r.reviewed_at
      FROM treaty_records r JOIN users e ON e.id = r.entered_by LEFT JOIN organisations eo ON eo.id = e.organisation_id
      LEFT JOIN users v ON v.id = r.reviewed_by
      WHERE ${where} ORDER BY r.state, r.instrument, r.entered_at`);
  }

  async record(id: string): Promise<{ id: string; state: string; workflow: RecordRow['workflow'] } | undefined> {
    return this.db.one(sql`SELECT id, state, workflow FROM treaty_records WHERE id = ${id}`);
  }

  async createRecord(r: NewRecord, enteredBy: string): Promise<string> {
    const row = await this.db.one<{
      id: string;
    }>(sql`INSERT INTO treaty_records (state, instrument, action, period, precision, source, note, workflow, entered_by)
      VALUES (${r.state}, ${r.instrument}, ${r.action}, ${r.period}, ${r.precision}, ${r.source}, ${r.note}, 'submitted', ${enteredBy}) RETURNING id`);
    return row!.id;
  }

  /** Moves a submitted record on; false when it was no longer submitted (someone else reviewed it first). */
  async review(id: string, workflow: 'validated' | 'returned', reviewer: string, reason: string | null): Promise<boolean> {
    const row = await this.db.one(sql`UPDATE treaty_records SET workflow = ${workflow}, reason = ${reason}, reviewed_by = ${reviewer}, reviewed_at = now()
      WHERE id = ${id} AND workflow = 'submitted' RETURNING id`);
    return !!row;
  }
}
