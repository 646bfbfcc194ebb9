// SQL for flows returns: submissions, their lines, routes, exchange rates, outlier flags and the sharing settings.

import { DEFAULT_FLOWS_POLICY, type FlowsPolicy } from '../../access/flows.js';
import { type Db, sql } from '../../db/index.js';
import type { OutlierFlag, OutlierMeasure } from './quality.js';

export interface SubmissionRow {
  id: string;
  state: string;
  period: string;
  month_from: number;
  month_to: number;
  status: 'draft' | 'submitted';
  submitted_at: Date | null;
  demo: boolean;
}

/** A submission with how many lines it holds and how many people added them. */
export interface SubmissionListRow extends SubmissionRow {
  crossings: number;
  incidents: number;
  profiles: number;
  contributors: number;
}

export interface IncidentInsert {
  routeKey: string;
  means: string;
  vesselType: string | null;
  fraudulentDocuments: boolean;
  visaMisuse: boolean;
  feeAmount: number | null;
  feeCurrency: string | null;
  feeUsd: number | null;
  groupSize: number;
  deaths: number;
  injuries: number;
}

export class FlowsStore {
  constructor(private readonly db: Db) {}

  async policy(): Promise<FlowsPolicy> {
    const row = await this.db.one<{ value: Partial<FlowsPolicy> }>(sql`SELECT value FROM settings WHERE key = 'flows.policy'`);
    return { ...DEFAULT_FLOWS_POLICY, ...(row?.value ?? {}) };
  }

  async setPolicy(policy: FlowsPolicy): Promise<void> {
    await this.db.query(sql`INSERT INTO settings (key, value) VALUES ('flows.policy', ${JSON.stringify(policy)}::jsonb)
      ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`);
  }

  submission(state: string, period: string) {
    return this.db.one<SubmissionRow>(sql`SELECT id, state, period, month_from, month_to, status, submitted_at, demo
      FROM flow_submissions WHERE state = ${state} AND period = ${period} FOR UPDATE`);
  }

  /** Another period of the state (a month inside a quarter, or the reverse) that overlaps these months. */
  overlapping(state: string, period: string, monthFrom: number, monthTo: number) {
    return this.db.one<SubmissionRow>(sql`SELECT id, period, status FROM flow_submissions
      WHERE state = ${state} AND period <> ${period} AND month_from <= ${monthTo} AND month_to >= ${monthFrom} LIMIT 1`);
  }

  async createSubmission(s: { state: string; period: string; monthFrom: number; monthTo: number; demo?: boolean }): Promise<SubmissionRow> {
    const row = await this.db.one<SubmissionRow>(sql`INSERT INTO flow_submissions (state, period, month_from, month_to, demo)
      VALUES (${s.state}, ${s.period}, ${s.monthFrom}, ${s.monthTo}, ${s.demo ?? false})
      RETURNING id, state, period, month_from, month_to, status, submitted_at, demo`);
    return row!;
  }

  async close(id: string, by: string | null, at: Date = new Date()): Promise<void> {
    await this.db.query(sql`UPDATE flow_submissions SET status = 'submitted', submitted_at = ${at}, submitted_by = ${by} WHERE id = ${id}`);
    await this.rollUp(id);
  }

  /** Adds a submitted return (or, with null, every submitted return) to the per-state cells the regional picture reads. */
  async rollUp(submissionId: string | null): Promise<void> {
    const which = submissionId ? sql`submission_id = ${submissionId}` : sql`submission_id IN (SELECT id FROM flow_submissions WHERE status = 'submitted')`;
    await this.db.query(sql`INSERT INTO flow_incident_cells (month, state, route_key, means, incidents, migrants, deaths, injuries, fees, fee_usd_sum)
      SELECT x.month, x.state, r.route_key, x.means, count(*)::int, sum(x.group_size)::int, sum(x.deaths)::int, sum(x.injuries)::int,
        count(x.fee_usd)::int, coalesce(sum(x.fee_usd), 0)
      FROM flow_incidents x JOIN flow_routes r ON r.id = x.route_id WHERE ${which} GROUP BY x.month, x.state, r.route_key, x.means
      ON CONFLICT (month, state, route_key, means) DO UPDATE SET incidents = flow_incident_cells.incidents + EXCLUDED.incidents,
        migrants = flow_incident_cells.migrants + EXCLUDED.migrants, deaths = flow_incident_cells.deaths + EXCLUDED.deaths,
        injuries = flow_incident_cells.injuries + EXCLUDED.injuries, fees = flow_incident_cells.fees + EXCLUDED.fees,
        fee_usd_sum = flow_incident_cells.fee_usd_sum + EXCLUDED.fee_usd_sum`);
    await this.db.query(sql`INSERT INTO flow_state_cells (dimension, key, state, month, incidents, migrants, deaths, injuries)
      SELECT 'nationality', p.nationality, p.state, p.month, 0, sum(p.count)::int, 0, 0
      FROM flow_profiles p WHERE p.profile = 'migrant' AND ${which} GROUP BY p.nationality, p.state, p.month
      ON CONFLICT (dimension, month, state, key) DO UPDATE SET migrants = flow_state_cells.migrants + EXCLUDED.migrants`);
  }

  /** The state's submissions with their line counts, newest first. */
  listOf(state: string) {
    return this.db.query<SubmissionListRow>(sql`
      SELECT s.id, s.state, s.period, s.month_from, s.month_to, s.status, s.submitted_at, s.demo,
        (SELECT count(*)::int FROM flow_crossings c WHERE c.submission_id = s.id) AS crossings,
        (SELECT count(*)::int FROM flow_incidents i WHERE i.submission_id = s.id) AS incidents,
        (SELECT count(*)::int FROM flow_profiles p WHERE p.submission_id = s.id) AS profiles,
        (SELECT count(DISTINCT a)::int FROM (
          SELECT added_by a FROM flow_crossings WHERE submission_id = s.id UNION SELECT added_by FROM flow_incidents WHERE submission_id = s.id
          UNION SELECT added_by FROM flow_profiles WHERE submission_id = s.id) u WHERE a IS NOT NULL) AS contributors
      FROM flow_submissions s WHERE s.state = ${state} ORDER BY s.month_from DESC, s.period`);
  }

  submittedPeriods(state: string) {
    return this.db.query<{ monthFrom: number; monthTo: number }>(sql`SELECT month_from AS "monthFrom", month_to AS "monthTo"
      FROM flow_submissions WHERE state = ${state} AND status = 'submitted'`);
  }

  async routeIds(keys: string[]): Promise<Map<string, number>> {
    const unique = [...new Set(keys)];
    if (unique.length === 0) return new Map();
    const parts = unique.map((k) => k.split('>'));
    await this.db.query(sql`INSERT INTO flow_routes (route_key, origin, transit, destination)
      SELECT k, split_part(k, '>', 1), coalesce((string_to_array(k, '>'))[2:cardinality(string_to_array(k, '>')) - 1], '{}'), o
      FROM unnest(${unique}::text[], ${parts.map((p) => p[p.length - 1])}::text[]) AS t(k, o)
      ON CONFLICT (route_key) DO NOTHING`);
    const rows = await this.db.query<{ id: number; route_key: string }>(sql`SELECT id, route_key FROM flow_routes WHERE route_key = ANY(${unique}::text[])`);
    return new Map(rows.map((r) => [r.route_key, r.id]));
  }

  async addCrossings(sub: SubmissionRow, by: string | null, lines: { direction: string; citizenship: string; count: number }[]) {
    if (!lines.length) return;
    await this.db.query(sql`INSERT INTO flow_crossings (submission_id, state, month, direction, citizenship, count, added_by)
      SELECT ${sub.id}, ${sub.state}, ${sub.month_from}, d, c, n, ${by}::uuid
      FROM unnest(${lines.map((l) => l.direction)}::text[], ${lines.map((l) => l.citizenship)}::text[], ${lines.map((l) => l.count)}::int[]) AS t(d, c, n)`);
  }

  async addIncidents(sub: SubmissionRow, by: string | null, lines: IncidentInsert[]) {
    if (!lines.length) return;
    const ids = await this.routeIds(lines.map((l) => l.routeKey));
    const col = <T>(f: (l: IncidentInsert) => T) => lines.map(f);
    await this.db.query(sql`INSERT INTO flow_incidents (submission_id, state, month, route_id, means, vessel_type, fraudulent_documents,
        visa_misuse, fee_amount, fee_currency, fee_usd, group_size, deaths, injuries, added_by)
      SELECT ${sub.id}, ${sub.state}, ${sub.month_from}, r, m, v, f, vm, fa, fc, fu, g, d, i, ${by}::uuid
      FROM unnest(${col((l) => ids.get(l.routeKey)!)}::int[], ${col((l) => l.means)}::text[], ${col((l) => l.vesselType)}::text[],
        ${col((l) => l.fraudulentDocuments)}::boolean[], ${col((l) => l.visaMisuse)}::boolean[], ${col((l) => l.feeAmount)}::numeric[],
        ${col((l) => l.feeCurrency)}::text[], ${col((l) => l.feeUsd)}::numeric[], ${col((l) => l.groupSize)}::int[],
        ${col((l) => l.deaths)}::int[], ${col((l) => l.injuries)}::int[]) AS t(r, m, v, f, vm, fa, fc, fu, g, d, i)`);
  }

  async addProfiles(sub: SubmissionRow, by: string | null, lines: { profile: string; ageBand: string; sex: string; nationality: string; count: number }[]) {
    if (!lines.length) return;
    const col = <T>(f: (l: (typeof lines)[number]) => T) => lines.map(f);
    await this.db.query(sql`INSERT INTO flow_profiles (submission_id, state, month, profile, age_band, sex, nationality, count, added_by)
      SELECT ${sub.id}, ${sub.state}, ${sub.month_from}, p, a, s, n, c, ${by}::uuid
      FROM unnest(${col((l) => l.profile)}::text[], ${col((l) => l.ageBand)}::text[], ${col((l) => l.sex)}::text[],
        ${col((l) => l.nationality)}::text[], ${col((l) => l.count)}::int[]) AS t(p, a, s, n, c)`);
  }

  /** Rates to USD: for each currency asked, the rate of the month or, failing that, the latest before it. */
  async ratesFor(currencies: string[], month: number): Promise<{ known: Set<string>; rate: Map<string, number> }> {
    const rows = await this.db.query<{ currency: string; usd_per_unit: number | null }>(sql`
      SELECT c AS currency, (SELECT usd_per_unit FROM flow_rates r WHERE r.currency = c AND r.month <= ${month} ORDER BY r.month DESC LIMIT 1) AS usd_per_unit
      FROM unnest(${[...new Set(currencies)]}::text[]) AS c WHERE EXISTS (SELECT 1 FROM flow_rates r WHERE r.currency = c)`);
    return {
      known: new Set(rows.map((r) => r.currency)),
      rate: new Map(rows.filter((r) => r.usd_per_unit !== null).map((r) => [r.currency, Number(r.usd_per_unit)])),
    };
  }

  rates(month: number | null) {
    return this.db.query<{ currency: string; month: number; usd_per_unit: number; demo: boolean }>(sql`
      SELECT currency, month, usd_per_unit, demo FROM flow_rates WHERE ${month === null ? sql`TRUE` : sql`month = ${month}`} ORDER BY currency, month`);
  }

  async setRate(r: { currency: string; month: number; usdPerUnit: number; by: string | null; demo?: boolean }): Promise<void> {
    await this.db.query(sql`INSERT INTO flow_rates (currency, month, usd_per_unit, demo, updated_by) VALUES (${r.currency}, ${r.month}, ${r.usdPerUnit}, ${r.demo ?? false}, ${r.by})
      ON CONFLICT (currency, month) DO UPDATE SET usd_per_unit = EXCLUDED.usd_per_unit, demo = EXCLUDED.demo, updated_by = EXCLUDED.updated_by, updated_at = now()`);
  }

  async addOutliers(sub: SubmissionRow, flags: OutlierFlag[]): Promise<void> {
    if (!flags.length) return;
    await this.db.query(sql`INSERT INTO flow_outliers (submission_id, state, field, value, expected, measure, route_key, expected_value)
      SELECT ${sub.id}, ${sub.state}, f, v, e, m, r, x FROM unnest(${flags.map((f) => f.field)}::text[], ${flags.map((f) => f.value)}::numeric[],
        ${flags.map((f) => f.expected)}::text[], ${flags.map((f) => f.measure)}::text[], ${flags.map((f) => f.routeKey)}::text[],
        ${flags.map((f) => f.expectedValue)}::numeric[]) AS t(f, v, e, m, r, x)`);
  }

  outliersOf(state: string) {
    return this.db.query<{
      id: string;
      period: string;
      field: string;
      value: number;
      expected: string;
      measure: OutlierMeasure | null;
      route_key: string | null;
      expected_value: number | string | null;
      status: 'open' | 'confirmed';
      note: string | null;
    }>(sql`
      SELECT o.id, s.period, o.field, o.value, o.expected, o.measure, o.route_key, o.expected_value, o.status, o.note
      FROM flow_outliers o JOIN flow_submissions s ON s.id = o.submission_id
      WHERE o.state = ${state} ORDER BY o.status DESC, s.month_from DESC, o.field`);
  }

  async confirmOutlier(id: string, state: string, by: string | null, note: string): Promise<boolean> {
    const rows = await this.db.query(sql`UPDATE flow_outliers SET status = 'confirmed', note = ${note}, confirmed_by = ${by}, confirmed_at = now()
      WHERE id = ${id} AND state = ${state} RETURNING id`);
    return rows.length > 0;
  }
}
