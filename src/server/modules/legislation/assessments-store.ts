// SQL for the append-only assessment history: versions of one assessment, open threads, and what was in force on a date.
import { type Db, type Sql, sql } from '../../db/index.js';
import type { Assessment, AssessmentStatus } from './schemas.js';

export interface VersionRow {
  id: number;
  assessment_id: string;
  version: number;
  state: string;
  catalogue_version: number;
  standard_id: string;
  status: AssessmentStatus;
  valid_from: string;
  comment: string;
  evidence: string[];
  workflow: Assessment['workflow'];
  reason: string | null;
  actor_id: string | null;
  actor_state: string | null;
  recorded_at: Date;
  demo: boolean;
}
export type NewVersion = Omit<VersionRow, 'id' | 'recorded_at'>;

/** One cell of coverage: the validated assessment of a state for a standard in force on the date. */
export interface InForce {
  state: string;
  standard_id: string;
  status: AssessmentStatus;
  assessment_id: string;
  valid_from: string;
  demo: boolean;
}

export function toAssessment(r: VersionRow): Assessment {
  return {
    id: r.assessment_id,
    state: r.state,
    standardId: r.standard_id,
    catalogueVersion: r.catalogue_version,
    status: r.status,
    validFrom: r.valid_from,
    comment: r.comment,
    evidence: r.evidence,
    workflow: r.workflow,
    reason: r.reason,
    version: r.version,
    recordedAt: r.recorded_at,
    demo: r.demo,
  };
}

export class AssessmentsStore {
  constructor(private readonly db: Db) {}

  async append(v: NewVersion): Promise<VersionRow> {
    return (await this.db.one<VersionRow>(sql`INSERT INTO assessment_versions
      (assessment_id, version, state, catalogue_version, standard_id, status, valid_from, comment, evidence, workflow, reason, actor_id, actor_state, demo)
      VALUES (${v.assessment_id}, ${v.version}, ${v.state}, ${v.catalogue_version}, ${v.standard_id}, ${v.status}, ${v.valid_from}, ${v.comment},
        ${v.evidence}::uuid[], ${v.workflow}, ${v.reason}, ${v.actor_id}, ${v.actor_state}, ${v.demo})
      RETURNING *`))!;
  }

  /** Many versions in one statement (demo data and imports), column arrays unnested together. */
  async appendMany(rows: NewVersion[]): Promise<void> {
    if (!rows.length) return;
    const col = <K extends keyof NewVersion>(k: K) => rows.map((r) => r[k]);
    await this.db.query(sql`INSERT INTO assessment_versions
      (assessment_id, version, state, catalogue_version, standard_id, status, valid_from, comment, workflow, actor_id, actor_state, demo)
      SELECT * FROM unnest(${col('assessment_id')}::uuid[], ${col('version')}::int[], ${col('state')}::text[], ${col('catalogue_version')}::int[],
        ${col('standard_id')}::text[], ${col('status')}::text[], ${col('valid_from')}::date[], ${col('comment')}::text[], ${col('workflow')}::text[],
        ${col('actor_id')}::uuid[], ${col('actor_state')}::text[], ${col('demo')}::boolean[])`);
  }

  /** Locks the thread's newest row so two concurrent transitions cannot both build on it. */
  async latest(assessmentId: string, lock = false): Promise<VersionRow | undefined> {
    return this.db.one(sql`SELECT * FROM assessment_versions WHERE assessment_id = ${assessmentId}
      ORDER BY version DESC LIMIT 1 ${lock ? sql`FOR UPDATE` : sql``}`);
  }

  async versions(assessmentId: string): Promise<VersionRow[]> {
    return this.db.query(sql`SELECT * FROM assessment_versions WHERE assessment_id = ${assessmentId} ORDER BY version`);
  }

  /** The newest version of every assessment matching the filter; `visible` limits unvalidated ones. */
  async latestOfEach(filter: { state?: string; workflow?: string; standardId?: string; open?: boolean }, visible: Sql): Promise<VersionRow[]> {
    return this.db.query(sql`SELECT * FROM (
        SELECT DISTINCT ON (a.assessment_id) a.* FROM assessment_versions a
        WHERE ${sql.and([...(filter.state ? [sql`a.state = ${filter.state}`] : []), ...(filter.standardId ? [sql`a.standard_id = ${filter.standardId}`] : [])])}
        ORDER BY a.assessment_id, a.version DESC) latest
      WHERE ${sql.and([
        sql`(latest.workflow = 'validated' OR ${visible})`,
        ...(filter.workflow ? [sql`latest.workflow = ${filter.workflow}`] : []),
        ...(filter.open ? [sql`latest.workflow <> 'validated'`] : []),
      ])}
      ORDER BY latest.state, latest.standard_id, latest.recorded_at DESC`);
  }

  /**
   * Per state and standard, the validated assessment with the latest valid_from on or before asOf: the periods of
   * assessment_in_force (kept by a trigger at validation) that contain the date, found by one GiST range scan.
   */
  async inForce(asOf: string, states: string[], standards: string[]): Promise<InForce[]> {
    return this.db.query(sql`
      SELECT f.state, f.standard_id, f.status, f.assessment_id, f.valid_from, f.demo FROM assessment_in_force f
      WHERE daterange(f.valid_from, f.valid_to) @> ${asOf}::date
        AND f.state = ANY(${states}::text[]) AND f.standard_id = ANY(${standards}::text[])`);
  }

  /**
   * The same answer from the history itself: one backward index probe per (state, standard) on the partial index
   * assessment_versions_in_force (the previous design, kept as a benchmark baseline and a test oracle).
   */
  async inForceProbes(asOf: string, states: string[], standards: string[]): Promise<InForce[]> {
    return this.db.query(sql`
      SELECT m.code AS state, s.id AS standard_id, a.status, a.assessment_id, a.valid_from, a.demo
      FROM unnest(${states}::text[]) AS m(code) CROSS JOIN unnest(${standards}::text[]) AS s(id)
      JOIN LATERAL (
        SELECT v.status, v.assessment_id, v.valid_from, v.demo FROM assessment_versions v
        WHERE v.state = m.code AND v.standard_id = s.id AND v.workflow = 'validated' AND v.valid_from <= ${asOf}
        ORDER BY v.valid_from DESC, v.id DESC LIMIT 1) a ON TRUE`);
  }

  /** The same answer with DISTINCT ON over the whole history (kept as the benchmark's baseline). */
  async inForceDistinctOn(asOf: string, states: string[], standards: string[]): Promise<InForce[]> {
    return this.db.query(sql`
      SELECT DISTINCT ON (v.state, v.standard_id) v.state, v.standard_id, v.status, v.assessment_id, v.valid_from, v.demo
      FROM assessment_versions v
      WHERE v.workflow = 'validated' AND v.valid_from <= ${asOf} AND v.state = ANY(${states}::text[]) AND v.standard_id = ANY(${standards}::text[])
      ORDER BY v.state, v.standard_id, v.valid_from DESC, v.id DESC`);
  }

  /** Dates on which any validated assessment took effect, to place the time slider's stops. */
  async validDateRange(): Promise<{ first: string | null; last: string | null }> {
    return (await this.db.one(sql`SELECT min(valid_from) AS first, max(valid_from) AS last FROM assessment_versions WHERE workflow = 'validated'`))!;
  }
}
