// SQL for the regional flows picture: the facts of each cell as one viewer's state stands to it (its own part, the other
// states' parts, and which of those pass the small-cell rule on their own), fees, contributions and completeness.

import { type CellFacts, type FlowsPolicy, type IncidentMeasure, publishableSql } from '../../access/flows.js';
import { type Db, type Sql, sql } from '../../db/index.js';

export type GroupBy = 'route' | 'means' | 'nationality';

/** The facts of a cell before reciprocity is known (`open` is set by the caller from the state's submitted periods). */
export type Facts<M extends string> = Omit<CellFacts<M>, 'open'>;
export interface IncidentCell extends Facts<IncidentMeasure> {
  route: string;
  means: string;
  month: number;
}
export interface PersonCell extends Facts<'persons'> {
  key: string;
  month: number;
}

export interface ContributionRow {
  state: string;
  key: string;
  months: number;
  incidents: number | null;
  migrants: number;
  deaths: number | null;
  injuries: number | null;
  /** Months of which a persons count is left out (the state's part of a cell was under the minimum). */
  withheld: { migrants: number; deaths: number; injuries: number };
}

const INCIDENT_MEASURES = ['incidents', 'migrants', 'deaths', 'injuries', 'fees', 'feeSum'] as const;
const SENSITIVE_INCIDENT = ['migrants', 'deaths', 'injuries'] as const;
const submitted = sql`JOIN flow_submissions s ON s.id = x.submission_id AND s.status = 'submitted'`;

/** Per measure: the viewer's state's sum, the other states' sum, the other states' parts that pass the rule alone, and how many do not. */
function factsColumns(columns: Record<string, Sql>, sensitive: readonly string[], policy: FlowsPolicy): Sql[] {
  const out: Sql[] = [];
  for (const c of Object.values(columns)) out.push(sql`coalesce(sum(${c}) FILTER (WHERE mine), 0)::float8`);
  for (const c of Object.values(columns)) out.push(sql`coalesce(sum(${c}) FILTER (WHERE NOT mine), 0)::float8`);
  for (const name of sensitive) out.push(sql`coalesce(sum(${columns[name]}) FILTER (WHERE NOT mine AND ${publishableSql(columns[name], policy)}), 0)::float8`);
  for (const name of sensitive) out.push(sql`(count(*) FILTER (WHERE NOT mine AND NOT ${publishableSql(columns[name], policy)}))::int`);
  return out;
}

function factsOf<M extends string>(values: number[], measures: readonly M[], sensitive: readonly M[]): Facts<M> {
  const n = measures.length;
  const own = {} as Record<M, number>,
    others = {} as Record<M, number>,
    othersPublished = {} as Record<M, number>,
    othersWithheld = {} as Record<M, number>;
  measures.forEach((m, i) => {
    own[m] = values[i];
    others[m] = values[n + i];
    othersPublished[m] = others[m];
    othersWithheld[m] = 0;
  });
  sensitive.forEach((m, i) => {
    othersPublished[m] = values[2 * n + i];
    othersWithheld[m] = values[2 * n + sensitive.length + i];
  });
  return { own, others, othersPublished, othersWithheld };
}

export class FlowsAnalysisStore {
  constructor(private readonly db: Db) {}

  /**
   * Cells grouped by `keys` with their facts as `state` (the viewer's, or none) stands to them. They travel as one JSON
   * value: PGlite decodes rows one by one in JavaScript, about four times the cost of the query for the ~7,000 cells of
   * ten years (docs/benchmarks-flows.md).
   */
  private async cells(
    keys: Sql[],
    columns: Record<string, Sql>,
    sensitive: readonly string[],
    source: Sql,
    state: string | null,
    policy: FlowsPolicy,
  ): Promise<unknown[][]> {
    const row = await this.db.one<{ cells: string }>(sql`SELECT coalesce(json_agg(v), '[]')::text AS cells FROM (
      SELECT json_build_array(${sql.join(keys)}, ${sql.join(factsColumns(columns, sensitive, policy))}) AS v
      FROM (SELECT *, state IS NOT DISTINCT FROM ${state}::text AS mine FROM (${source}) s) c GROUP BY ${sql.join(keys)}) g`);
    return JSON.parse(row!.cells) as unknown[][];
  }

  /** Incident cells (route x means x month) of submitted returns. */
  async incidentCells(state: string | null, from: number, to: number, policy: FlowsPolicy): Promise<IncidentCell[]> {
    const columns = {
      incidents: sql`incidents`,
      migrants: sql`migrants`,
      deaths: sql`deaths`,
      injuries: sql`injuries`,
      fees: sql`fees`,
      feeSum: sql`fee_usd_sum`,
    };
    const rows = await this.cells(
      [sql`route_key`, sql`means`, sql`month`],
      columns,
      SENSITIVE_INCIDENT,
      sql`SELECT * FROM flow_incident_cells WHERE month BETWEEN ${from} AND ${to}`,
      state,
      policy,
    );
    return rows.map(([route, means, month, ...values]) => ({
      route: route as string,
      means: means as string,
      month: month as number,
      ...factsOf(values as number[], INCIDENT_MEASURES, SENSITIVE_INCIDENT),
    }));
  }

  /** Smuggled migrants by nationality and month (the profiles of submitted returns). */
  async nationalityCells(state: string | null, from: number, to: number, policy: FlowsPolicy): Promise<PersonCell[]> {
    const source = sql`SELECT key, month, state, migrants FROM flow_state_cells WHERE dimension = 'nationality' AND month BETWEEN ${from} AND ${to}`;
    const rows = await this.cells([sql`key`, sql`month`], { persons: sql`migrants` }, ['persons'], source, state, policy);
    return rows.map(([key, month, ...values]) => ({ key: key as string, month: month as number, ...factsOf(values as number[], ['persons'], ['persons']) }));
  }

  /** Victims by stage, nationality and month (counted by the referral and return cases as each step happens). */
  async victimCells(state: string | null, from: number, to: number, policy: FlowsPolicy): Promise<(PersonCell & { stage: string })[]> {
    const source = sql`SELECT stage, nationality, month, state, count FROM flow_victim_cells WHERE month BETWEEN ${from} AND ${to}`;
    const rows = await this.cells([sql`stage`, sql`nationality`, sql`month`], { persons: sql`count` }, ['persons'], source, state, policy);
    return rows.map(([stage, key, month, ...values]) => ({
      stage: stage as string,
      key: key as string,
      month: month as number,
      ...factsOf(values as number[], ['persons'], ['persons']),
    }));
  }

  /** Whether synthetic demo cases feed the victims counts of the range. */
  async victimsDemo(from: number, to: number): Promise<boolean> {
    const row = await this.db.one<{ demo: boolean }>(
      sql`SELECT EXISTS (SELECT 1 FROM flow_victim_cells WHERE demo AND month BETWEEN ${from} AND ${to}) AS demo`,
    );
    return !!row?.demo;
  }

  /**
   * Each state's totals per key over the months `visible` lets through (reciprocity, and the viewer's own state). Another
   * state's persons count that is under the minimum in a cell is left out of its sum, and its month counted as withheld.
   */
  async contributions(groupBy: GroupBy, state: string, from: number, to: number, visible: Sql, policy: FlowsPolicy): Promise<ContributionRow[]> {
    const pass = (column: string) => publishableSql(sql`x.${sql.raw(column)}`, policy);
    const shownSum = (column: string) => sql`coalesce(sum(x.${sql.raw(column)}) FILTER (WHERE x.state = ${state} OR ${pass(column)}), 0)::int`;
    const heldMonths = (column: string) => sql`(count(DISTINCT x.month) FILTER (WHERE x.state <> ${state} AND NOT ${pass(column)}))::int`;
    if (groupBy === 'nationality') {
      const rows = await this.db.query<{ state: string; key: string; months: number; migrants: number; wm: number }>(sql`
        SELECT x.state, x.key, count(DISTINCT x.month)::int AS months, ${shownSum('migrants')} AS migrants, ${heldMonths('migrants')} AS wm
        FROM flow_state_cells x WHERE x.dimension = 'nationality' AND x.month BETWEEN ${from} AND ${to} AND ${visible} GROUP BY x.state, x.key`);
      return rows.map((r) => ({
        state: r.state,
        key: r.key,
        months: r.months,
        incidents: null,
        migrants: r.migrants,
        deaths: null,
        injuries: null,
        withheld: { migrants: r.wm, deaths: 0, injuries: 0 },
      }));
    }
    const rows = await this.db.query<{
      state: string;
      key: string;
      months: number;
      incidents: number;
      migrants: number;
      deaths: number;
      injuries: number;
      wm: number;
      wd: number;
      wi: number;
    }>(sql`
      SELECT x.state, ${groupBy === 'route' ? sql`x.route_key` : sql`x.means`} AS key, count(DISTINCT x.month)::int AS months, sum(x.incidents)::int AS incidents,
        ${shownSum('migrants')} AS migrants, ${shownSum('deaths')} AS deaths, ${shownSum('injuries')} AS injuries,
        ${heldMonths('migrants')} AS wm, ${heldMonths('deaths')} AS wd, ${heldMonths('injuries')} AS wi
      FROM flow_incident_cells x WHERE x.month BETWEEN ${from} AND ${to} AND ${visible} GROUP BY 1, 2`);
    return rows.map((r) => ({
      state: r.state,
      key: r.key,
      months: r.months,
      incidents: r.incidents,
      migrants: r.migrants,
      deaths: r.deaths,
      injuries: r.injuries,
      withheld: { migrants: r.wm, deaths: r.wd, injuries: r.wi },
    }));
  }

  /**
   * Fee distribution per route (percentiles, USD) and the median per quarter, over the incidents of the cells the viewer
   * sees: `cells` says for each cell whether its figures include the viewer's state's incidents and the other states'.
   */
  async feeDistribution(state: string | null, cells: { route: string; means: string; month: number; own: boolean; others: boolean }[], route: string | null) {
    const shown = cells.filter((c) => c.own || c.others);
    const onRoute = route ? sql`AND r.route_key = ${route}` : sql``;
    const from = sql`flow_incidents x ${submitted} JOIN flow_routes r ON r.id = x.route_id
      JOIN unnest(${shown.map((c) => c.route)}::text[], ${shown.map((c) => c.means)}::text[], ${shown.map((c) => c.month)}::int[],
        ${shown.map((c) => c.own)}::boolean[], ${shown.map((c) => c.others)}::boolean[]) AS v(route, means, month, own, others)
        ON v.route = r.route_key AND v.means = x.means AND v.month = x.month
        AND (CASE WHEN x.state IS NOT DISTINCT FROM ${state}::text THEN v.own ELSE v.others END)`;
    const [routes, quarters] = await Promise.all([
      this.db.query<{ route: string; n: number; q: number[] }>(sql`SELECT r.route_key AS route, count(*)::int AS n,
          percentile_cont(ARRAY[0.1, 0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY x.fee_usd)::float8[] AS q
        FROM ${from} WHERE x.fee_usd IS NOT NULL ${onRoute} GROUP BY r.route_key`),
      this.db.query<{ route: string; quarter_month: number; n: number; median: number }>(sql`SELECT r.route_key AS route, (x.month / 3) * 3 AS quarter_month,
          count(*)::int AS n, percentile_cont(0.5) WITHIN GROUP (ORDER BY x.fee_usd)::float8 AS median
        FROM ${from} WHERE x.fee_usd IS NOT NULL ${onRoute} GROUP BY r.route_key, 2`),
    ]);
    return { routes: routes.map((r) => ({ route: r.route, n: r.n, p10: r.q[0], p25: r.q[1], median: r.q[2], p75: r.q[3], p90: r.q[4] })), quarters };
  }

  /** Every return of every state touching the range (only whether and when it was submitted: no figures). */
  returnsIn(from: number, to: number) {
    return this.db.query<{ state: string; month_from: number; month_to: number; status: 'draft' | 'submitted'; submitted_at: Date | null }>(sql`
      SELECT state, month_from, month_to, status, submitted_at FROM flow_submissions WHERE month_to >= ${from} AND month_from <= ${to}`);
  }

  /** Whether synthetic demo returns feed the range (the app labels such figures "demo"). */
  async hasDemo(from: number, to: number): Promise<boolean> {
    const row = await this.db.one<{ demo: boolean }>(
      sql`SELECT EXISTS (SELECT 1 FROM flow_submissions WHERE demo AND month_to >= ${from} AND month_from <= ${to}) AS demo`,
    );
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
