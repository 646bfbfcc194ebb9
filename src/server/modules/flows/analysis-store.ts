// SQL for the regional flows picture: cells by route, means or nationality and month; fees; contributions; completeness.
import { sql, type Db, type Sql } from '../../db/index.js';

export type GroupBy = 'route' | 'means' | 'nationality';

export interface CellRow { key: string; month: number; incidents: number; migrants: number; deaths: number; injuries: number; fees: number; fee_usd_sum: number }
export interface ContributionRow { state: string; key: string; months: number; incidents: number; migrants: number; deaths: number; injuries: number }

const submitted = sql`JOIN flow_submissions s ON s.id = x.submission_id AND s.status = 'submitted'`;

export class FlowsAnalysisStore {
  constructor(private readonly db: Db) {}

  /**
   * Regional cells (all states, submitted returns only), one per key and month, from the rollup. Ten years by route
   * is ~7,000 cells: they travel as one JSON value, because decoding that many rows one by one costs PGlite about
   * four times the query itself (docs/benchmarks-flows.md).
   */
  async regionCells(groupBy: GroupBy, from: number, to: number): Promise<CellRow[]> {
    const row = await this.db.one<{ cells: string }>(sql`SELECT coalesce(json_agg(json_build_array(key, month, incidents, migrants, deaths,
        injuries, fees, fee_usd_sum::float8)), '[]')::text AS cells
      FROM flow_region_cells WHERE dimension = ${groupBy} AND month BETWEEN ${from} AND ${to}`);
    const cells = JSON.parse(row!.cells) as [string, number, number, number, number, number, number, number][];
    return cells.map(([key, month, incidents, migrants, deaths, injuries, fees, fee_usd_sum]) => ({ key, month, incidents, migrants, deaths, injuries, fees, fee_usd_sum }));
  }

  /** Each state's totals per key over the months `visible` lets through (the reciprocity filter, or none). */
  stateTotals(groupBy: GroupBy, from: number, to: number, visible: Sql = sql`TRUE`): Promise<ContributionRow[]> {
    return this.db.query<ContributionRow>(sql`SELECT x.state, x.key, count(*)::int AS months, sum(x.incidents)::int AS incidents,
        sum(x.migrants)::int AS migrants, sum(x.deaths)::int AS deaths, sum(x.injuries)::int AS injuries
      FROM flow_state_cells x WHERE x.dimension = ${groupBy} AND x.month BETWEEN ${from} AND ${to} AND ${visible} GROUP BY x.state, x.key`);
  }

  feeDistribution(from: number, to: number, route: string | null) {
    const onRoute = route ? sql`AND x.route_id = (SELECT id FROM flow_routes WHERE route_key = ${route})` : sql``;
    return this.db.query<{ route: string; n: number; p10: number; p25: number; median: number; p75: number; p90: number }>(sql`
      SELECT (SELECT route_key FROM flow_routes r WHERE r.id = x.route_id) AS route, count(*)::int AS n,
        percentile_cont(ARRAY[0.1, 0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY x.fee_usd)::float8[] AS q
      FROM flow_incidents x ${submitted} WHERE x.month BETWEEN ${from} AND ${to} AND x.fee_usd IS NOT NULL ${onRoute} GROUP BY x.route_id`)
      .then((rows) => rows.map((r) => {
        const q = (r as unknown as { q: number[] }).q;
        return { route: r.route, n: r.n, p10: q[0], p25: q[1], median: q[2], p75: q[3], p90: q[4] };
      }));
  }

  feeMediansByQuarter(from: number, to: number, route: string | null) {
    const onRoute = route ? sql`AND x.route_id = (SELECT id FROM flow_routes WHERE route_key = ${route})` : sql``;
    return this.db.query<{ route: string; quarter_month: number; n: number; median: number }>(sql`
      SELECT (SELECT route_key FROM flow_routes r WHERE r.id = x.route_id) AS route, (x.month / 3) * 3 AS quarter_month, count(*)::int AS n,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY x.fee_usd)::float8 AS median
      FROM flow_incidents x ${submitted} WHERE x.month BETWEEN ${from} AND ${to} AND x.fee_usd IS NOT NULL ${onRoute} GROUP BY x.route_id, 2`);
  }

  /** Every return of every state touching the range (only whether and when it was submitted: no figures). */
  returnsIn(from: number, to: number) {
    return this.db.query<{ state: string; month_from: number; month_to: number; status: 'draft' | 'submitted'; submitted_at: Date | null }>(sql`
      SELECT state, month_from, month_to, status, submitted_at FROM flow_submissions WHERE month_to >= ${from} AND month_from <= ${to}`);
  }

  /** Whether synthetic demo returns feed the range (the app labels such figures "demo"). */
  async hasDemo(from: number, to: number): Promise<boolean> {
    const row = await this.db.one<{ demo: boolean }>(sql`SELECT EXISTS (SELECT 1 FROM flow_submissions WHERE demo AND month_to >= ${from} AND month_from <= ${to}) AS demo`);
    return !!row?.demo;
  }

  /** States expected to report: member states, plus any state that has ever reported. */
  async reportingStates(): Promise<string[]> {
    const rows = await this.db.query<{ code: string }>(sql`SELECT code FROM members WHERE kind = 'state' AND status = 'member'
      AND code IN (SELECT DISTINCT state FROM flow_submissions) ORDER BY code`);
    return rows.map((r) => r.code);
  }

  /** Median fee (USD) per route over the two years before `month`, from all states, where at least `min` fees exist. */
  routeFeeBaselines(routeIds: number[], month: number, min: number) {
    return this.db.query<{ route_id: number; median: number }>(sql`
      SELECT x.route_id, percentile_cont(0.5) WITHIN GROUP (ORDER BY x.fee_usd)::float8 AS median
      FROM flow_incidents x ${submitted} WHERE x.route_id = ANY(${routeIds}::int[]) AND x.month BETWEEN ${month - 24} AND ${month - 1} AND x.fee_usd IS NOT NULL
      GROUP BY x.route_id HAVING count(*) >= ${min}`);
  }

  /** Migrants reported by the state in each of its submitted periods in the year before `month`. */
  stateMigrantHistory(state: string, month: number) {
    return this.db.query<{ migrants: number }>(sql`
      SELECT coalesce(sum(x.group_size), 0)::int AS migrants FROM flow_submissions s LEFT JOIN flow_incidents x ON x.submission_id = s.id
      WHERE s.state = ${state} AND s.status = 'submitted' AND s.month_from BETWEEN ${month - 12} AND ${month - 1} GROUP BY s.id`);
  }

  incidentsOf(submissionId: string) {
    return this.db.query<{ route_id: number; route_key: string; fee_usd: number | null; group_size: number }>(sql`
      SELECT x.route_id, r.route_key, x.fee_usd::float8 AS fee_usd, x.group_size FROM flow_incidents x JOIN flow_routes r ON r.id = x.route_id WHERE x.submission_id = ${submissionId}`);
  }
}
