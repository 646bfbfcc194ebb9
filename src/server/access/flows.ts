// The flows sharing policy, in one place: who contributes, reciprocity (a state sees others' contributions for a
// month only if it submitted its own), and the small-cell rule every regional figure obeys, per viewer (cellFigure).
// Each SQL filter has its twin registered in access/twins/.
import { type Sql, sql } from '../db/index.js';
import { allows, Permission } from './permissions.js';
import { hasRole, type Subject } from './subject.js';

export interface FlowsPolicy {
  /** Regional cells counting fewer than this many incidents or persons are withheld. */
  minCellSize: number;
  /** A submission also opens this many months after the period it covers (0: only the same months). */
  windowMonths: number;
}

export const DEFAULT_FLOWS_POLICY: FlowsPolicy = { minCellSize: 5, windowMonths: 0 };

export interface SubmittedPeriod {
  monthFrom: number;
  monthTo: number;
}

/** Officers, analysts and focal points of a member state's agencies draft returns and read on reciprocity. */
export function isFlowsContributor(subject: Subject | null): subject is Subject & { state: string } {
  return (
    !!subject &&
    subject.organisationKind === 'state_agency' &&
    subject.memberStatus === 'member' &&
    subject.state !== null &&
    hasRole(subject, 'officer', 'analyst', 'focal_point')
  );
}

/** Closing a period for the state is for its focal point or an officer; analysts draft. */
export function maySubmitFlows(subject: Subject | null): boolean {
  return isFlowsContributor(subject) && allows(subject, Permission.FlowsSubmit);
}

/**
 * Reciprocity: other states' contributions for `month` are visible to a contributor whose state submitted a period
 * covering that month, or one within the window before it. Everyone else, the RSO and policy users included, sees
 * only the suppressed regional aggregates.
 */
export function seesContributions(subject: Subject | null, month: number, submitted: readonly SubmittedPeriod[], policy: FlowsPolicy): boolean {
  return isFlowsContributor(subject) && stateReciprocates(month, submitted, policy);
}

/** Whether a state's submitted periods open `month` (reciprocity for its contributors; see cellFigure for the others). */
export function stateReciprocates(month: number, submitted: readonly SubmittedPeriod[], policy: FlowsPolicy): boolean {
  return submitted.some((p) => p.monthFrom <= month && month <= p.monthTo + policy.windowMonths);
}

/** The SQL twin of seesContributions(): a boolean over a month column, reading the state's submitted periods. */
export function contributionsVisibleSql(subject: Subject | null, monthColumn: Sql, policy: FlowsPolicy): Sql {
  if (!isFlowsContributor(subject)) return sql`FALSE`;
  return sql`(${monthColumn} IN (SELECT generate_series(rs.month_from, rs.month_to + ${policy.windowMonths}::int)
    FROM flow_submissions rs WHERE rs.state = ${subject.state} AND rs.status = 'submitted'))`;
}

/** A contributor always sees its own state's figures (its desk wrote them), submitted or not. */
export function ownsFigures(subject: Subject | null, state: string): boolean {
  return isFlowsContributor(subject) && subject.state === state;
}

/** The SQL twin of ownsFigures() over a column holding the figures' state. */
export function ownStateSql(subject: Subject | null, stateColumn: Sql): Sql {
  return isFlowsContributor(subject) ? sql`(${stateColumn} = ${subject.state})` : sql`FALSE`;
}

/** Small-cell rule for one figure: withheld (null) when it counts fewer than the minimum; zero is safe to show. */
export function publishable(count: number, policy: FlowsPolicy): number | null {
  return count > 0 && count < policy.minCellSize ? null : count;
}

/** The SQL twin of publishable() !== null: whether a figure passes the small-cell rule on its own. */
export function publishableSql(count: Sql, policy: FlowsPolicy): Sql {
  return sql`(NOT (${count} > 0 AND ${count} < ${policy.minCellSize}::int))`;
}

/**
 * One cell of the regional picture (a route and means in a month, a nationality in a month, a stage of victims by
 * nationality in a month) as the viewer's state stands to it: its own part, every other state's part summed, the sum of
 * those other states' parts that pass the small-cell rule on their own, and how many do not.
 */
export interface CellFacts<M extends string> {
  /** The viewer's state submitted returns covering this month (reciprocity opens the other states' parts). */
  open: boolean;
  own: Record<M, number>;
  others: Record<M, number>;
  othersPublished: Record<M, number>;
  othersWithheld: Record<M, number>;
}

/**
 * The measures of a kind of cell: `basis` decides whether a cell is large enough to publish (incidents; persons where
 * a cell counts people only); `sensitive` are the counts of persons (migrants, deaths, injuries, victims) that are
 * withheld on their own when small, in every state's part, including other states' contributions.
 */
export interface CellKind<M extends string> {
  basis: M;
  measures: readonly M[];
  sensitive: readonly M[];
}

/** Incidents by route, means and month: an incident is one event; the persons in it (migrants, deaths, injuries) are sensitive. */
export type IncidentMeasure = 'incidents' | 'migrants' | 'deaths' | 'injuries' | 'fees' | 'feeSum';
export const INCIDENT_CELLS: CellKind<IncidentMeasure> = {
  basis: 'incidents',
  measures: ['incidents', 'migrants', 'deaths', 'injuries', 'fees', 'feeSum'],
  sensitive: ['migrants', 'deaths', 'injuries'],
};
/** Cells that count persons only (migrants by nationality, victims by nationality and stage): every count is sensitive. */
export const PERSON_CELLS: CellKind<'persons'> = { basis: 'persons', measures: ['persons'], sensitive: ['persons'] };

/** What one viewer may see of one measure of a cell: the sum of the parts shown, and whether a part was left out. */
export interface Figure {
  value: number;
  leftOut: boolean;
}

/**
 * THE small-cell rule of the regional picture, per viewer. Every figure any flows answer shows is a sum of these, so a
 * withheld part never enters any total, and no difference of two answers can recover it:
 * - a contributor sees its own state's part exactly; for a month its state submitted (reciprocity), each other state's
 *   part, except the persons counts (sensitive measures) of a state that are under the minimum; for other months, the
 *   other states' parts together, only when they pass the rule together (subtracting its own part from a regional
 *   figure never leaves a contributor a small cell);
 * - anyone else sees the regional figure when it passes the rule and, for a user of a member state, when it is no more
 *   than what the state's contributors may see (so that colleagues together never learn more than they);
 * - a user of no state (the RSO, an organisation) sees the regional figure when it passes the rule.
 */
export function cellFigure<M extends string>(viewer: Subject | null, cell: CellFacts<M>, kind: CellKind<M>, measure: M, policy: FlowsPolicy): Figure {
  const small = (v: number) => v > 0 && v < policy.minCellSize;
  const sensitive = kind.sensitive.includes(measure);
  const othersPass = !small(cell.others[kind.basis]) && !(sensitive && small(cell.others[measure]));
  if (isFlowsContributor(viewer)) {
    if (cell.open) {
      const others = sensitive ? cell.othersPublished[measure] : cell.others[measure];
      return { value: cell.own[measure] + others, leftOut: sensitive && cell.othersWithheld[measure] > 0 };
    }
    // A part withheld as a whole leaves out every measure, zero or not: which of them were zero is not told either.
    return { value: cell.own[measure] + (othersPass ? cell.others[measure] : 0), leftOut: !othersPass && cell.others[kind.basis] > 0 };
  }
  const region = cell.own[measure] + cell.others[measure];
  const regionPasses = !small(cell.own[kind.basis] + cell.others[kind.basis]) && !(sensitive && small(region));
  const stateKnows = viewer?.state ? (cell.open ? !(sensitive && cell.othersWithheld[measure] > 0) : othersPass) : true;
  const shown = regionPasses && stateKnows;
  return { value: shown ? region : 0, leftOut: !shown && cell.own[kind.basis] + cell.others[kind.basis] > 0 };
}

/** Every measure of a cell as the viewer sees it. */
export function cellFigures<M extends string>(viewer: Subject | null, cell: CellFacts<M>, kind: CellKind<M>, policy: FlowsPolicy): Record<M, Figure> {
  const out = {} as Record<M, Figure>;
  for (const m of kind.measures) out[m] = cellFigure(viewer, cell, kind, m, policy);
  return out;
}

/**
 * Whose incidents of a cell the viewer's figures include (for fee distributions, which are read from the incidents
 * themselves): its own state's, and the other states' when the cell's incidents count includes them.
 */
export function incidentsShown<M extends string>(
  viewer: Subject | null,
  cell: CellFacts<M>,
  kind: CellKind<M>,
  policy: FlowsPolicy,
): { own: boolean; others: boolean } {
  if (isFlowsContributor(viewer)) {
    const others = cell.others[kind.basis];
    return { own: true, others: cell.open || !(others > 0 && others < policy.minCellSize) };
  }
  const shown = !cellFigure(viewer, cell, kind, kind.basis, policy).leftOut;
  return { own: shown, others: shown };
}
