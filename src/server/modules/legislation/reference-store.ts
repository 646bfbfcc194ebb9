// SQL for the reference files: which version of each is loaded, the history of imports with their diffs, and the
// writes an import makes (treaty actions and reports replaced whole; laws upserted by their key in the file).
import { type Db, sql } from '../../db/index.js';
import type { StoredText } from '../../i18n/stored.js';
import type { Diff, LawRow, ReferenceFile, TreatyReportRow, TreatyRow } from './reference-files.js';

export interface LoadRow {
  file: ReferenceFile;
  rows: number;
  sha256: string;
  shipped_sha256: string | null;
  loaded_at: Date;
  snapshot: string | null;
}
export interface ReferenceLawRow {
  id: string;
  reference_key: string;
  state: string;
  title: string;
  year: number | null;
  citation: string;
  topic: string | null;
  source: string | null;
  reference_values: LawRow | null;
  confirmed_at: Date | null;
  edited_at: Date | null;
  provisions: number;
  amended_by: number;
  removed: boolean;
}
export interface KeptRow {
  key: string;
  state: string;
  title: string;
  change: 'changed' | 'removed' | 'now_in_file';
  /** Why it is kept: a coded text (said in the reader's language); English in imports recorded before it was coded. */
  why: string | StoredText;
}
export interface ImportRow {
  id: string;
  file: ReferenceFile;
  origin: 'shipped' | 'admin';
  rows: number;
  snapshot: string | null;
  added: Diff['added'];
  removed: Diff['removed'];
  changed: Diff['changed'];
  unchanged: number;
  kept: KeptRow[];
  imported_by: string | null;
  imported_by_name: string | null;
  imported_at: Date;
}

export class ReferenceStore {
  constructor(private readonly db: Db) {}

  async memberCodes(): Promise<Set<string>> {
    return new Set((await this.db.query<{ code: string }>(sql`SELECT code FROM members WHERE kind IN ('state', 'territory')`)).map((r) => r.code));
  }

  async loads(): Promise<LoadRow[]> {
    return this.db.query(sql`SELECT file, rows, sha256, shipped_sha256, loaded_at, snapshot FROM legislation_reference_loads ORDER BY file`);
  }

  async load(file: ReferenceFile): Promise<LoadRow | undefined> {
    return this.db.one(sql`SELECT file, rows, sha256, shipped_sha256, loaded_at, snapshot FROM legislation_reference_loads WHERE file = ${file}`);
  }

  async saveLoad(file: ReferenceFile, rows: number, sha: string, shipped: boolean, snapshot?: { date: string; label: string; source: string }) {
    await this.db.query(sql`INSERT INTO legislation_reference_loads (file, rows, sha256, shipped_sha256, snapshot, snapshot_label, snapshot_source)
      VALUES (${file}, ${rows}, ${sha}, ${shipped ? sha : null}, ${snapshot?.date ?? null}, ${snapshot?.label ?? null}, ${snapshot?.source ?? null})
      ON CONFLICT (file) DO UPDATE SET rows = excluded.rows, sha256 = excluded.sha256, loaded_at = now(),
        shipped_sha256 = coalesce(excluded.shipped_sha256, legislation_reference_loads.shipped_sha256),
        snapshot = excluded.snapshot, snapshot_label = excluded.snapshot_label, snapshot_source = excluded.snapshot_source`);
  }

  async recordImport(
    file: ReferenceFile,
    origin: 'shipped' | 'admin',
    sha: string,
    rows: number,
    snapshot: string | null,
    diff: Diff,
    kept: KeptRow[],
    by: string | null,
  ): Promise<string> {
    const row = await this.db.one<{ id: string }>(sql`INSERT INTO legislation_reference_imports
      (file, origin, sha256, rows, snapshot, added, removed, changed, unchanged, kept, imported_by)
      VALUES (${file}, ${origin}, ${sha}, ${rows}, ${snapshot}, ${JSON.stringify(diff.added)}::jsonb, ${JSON.stringify(diff.removed)}::jsonb,
        ${JSON.stringify(diff.changed)}::jsonb, ${diff.unchanged}, ${JSON.stringify(kept)}::jsonb, ${by}) RETURNING id`);
    return row!.id;
  }

  async imports(limit: number): Promise<ImportRow[]> {
    return this.db.query(sql`SELECT i.id, i.file, i.origin, i.rows, i.snapshot, i.added, i.removed, i.changed, i.unchanged, i.kept,
        i.imported_by, u.name AS imported_by_name, i.imported_at
      FROM legislation_reference_imports i LEFT JOIN users u ON u.id = i.imported_by ORDER BY i.imported_at DESC LIMIT ${limit}`);
  }

  async treaties(): Promise<TreatyRow[]> {
    return this.db.query(sql`SELECT state, instrument, action, date, source FROM treaty_actions ORDER BY state, instrument, action`);
  }

  async reports(): Promise<TreatyReportRow[]> {
    return this.db.query(sql`SELECT state, instrument, period, precision, what, source FROM treaty_reports ORDER BY state, instrument`);
  }

  async replaceTreaties(rows: TreatyRow[]) {
    await this.db.query(sql`DELETE FROM treaty_actions`);
    await this.db.query(sql`INSERT INTO treaty_actions (state, instrument, action, date, source)
      SELECT * FROM unnest(${rows.map((r) => r.state)}::text[], ${rows.map((r) => r.instrument)}::text[], ${rows.map((r) => r.action)}::text[],
        ${rows.map((r) => r.date)}::date[], ${rows.map((r) => r.source)}::text[])`);
  }

  async replaceReports(rows: TreatyReportRow[]) {
    await this.db.query(sql`DELETE FROM treaty_reports`);
    await this.db.query(sql`INSERT INTO treaty_reports (state, instrument, period, precision, what, source)
      SELECT * FROM unnest(${rows.map((r) => r.state)}::text[], ${rows.map((r) => r.instrument)}::text[], ${rows.map((r) => r.period)}::text[],
        ${rows.map((r) => r.precision)}::text[], ${rows.map((r) => r.what)}::text[], ${rows.map((r) => r.source)}::text[])`);
  }

  /** Validated focal point records that now have the same action and day in the reference file. */
  async recordsMatching(rows: TreatyRow[]): Promise<{ id: string; state: string; instrument: string; action: string; period: string }[]> {
    const keys = rows.map((r) => `${r.state} ${r.instrument} ${r.action} ${r.date}`);
    return this.db.query(sql`SELECT id, state, instrument, action, period FROM treaty_records
      WHERE workflow = 'validated' AND precision = 'day' AND (state || ' ' || instrument || ' ' || action || ' ' || period) = ANY(${keys}::text[])`);
  }

  async referenceLaws(): Promise<ReferenceLawRow[]> {
    return this.db.query(sql`SELECT i.id, i.reference_key, i.state, i.title, i.year, i.citation, i.topic, i.source, i.reference_values,
        i.confirmed_at, i.edited_at, i.reference_removed_at IS NOT NULL AS removed,
        (SELECT count(*)::int FROM legal_provisions p WHERE p.instrument_id = i.id) AS provisions,
        (SELECT count(*)::int FROM legal_instruments a WHERE a.amends = i.id) AS amended_by
      FROM legal_instruments i WHERE i.reference_key IS NOT NULL ORDER BY i.reference_key`);
  }

  async insertLaw(key: string, r: LawRow) {
    await this.db.query(sql`INSERT INTO legal_instruments (state, kind, title, citation, year, status, topic, source, reference_key, reference_values)
      VALUES (${r.state}, 'act', ${r.title}, ${r.citation}, ${r.year}, 'in_force', ${r.topic}, ${r.source}, ${key}, ${JSON.stringify(r)}::jsonb)`);
  }

  /** The file's values become the law's own unless the state has confirmed or corrected it; either way they are kept as the reference. */
  async refreshLaw(id: string, r: LawRow, overwrite: boolean) {
    await this.db.query(
      overwrite
        ? sql`UPDATE legal_instruments SET year = ${r.year}, topic = ${r.topic}, source = ${r.source}, reference_values = ${JSON.stringify(r)}::jsonb,
          reference_removed_at = NULL, updated_at = now() WHERE id = ${id}`
        : sql`UPDATE legal_instruments SET reference_values = ${JSON.stringify(r)}::jsonb, reference_removed_at = NULL WHERE id = ${id}`,
    );
  }

  async deleteLaw(id: string) {
    await this.db.query(sql`DELETE FROM legal_instruments WHERE id = ${id}`);
  }

  async markLawRemoved(id: string) {
    await this.db.query(sql`UPDATE legal_instruments SET reference_removed_at = coalesce(reference_removed_at, now()) WHERE id = ${id}`);
  }
}
