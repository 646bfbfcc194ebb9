// The flows sharing policy, in one place: who contributes, reciprocity (a state sees others' contributions for a
// month only if it submitted its own), and small-cell suppression of regional aggregates. Each rule has its SQL twin.
import { sql, type Sql } from '../db/index.js';
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
    !!subject && subject.organisationKind === 'state_agency' && subject.memberStatus === 'member' && subject.state !== null &&
    hasRole(subject, 'officer', 'analyst', 'focal_point')
  );
}

/** Closing a period for the state is for its focal point or an officer; analysts draft. */
export function maySubmitFlows(subject: Subject | null): boolean {
  return isFlowsContributor(subject) && hasRole(subject, 'officer', 'focal_point');
}

/**
 * Reciprocity: other states' contributions for `month` are visible to a contributor whose state submitted a period
 * covering that month, or one within the window before it. Everyone else, the RSO and policy users included, sees
 * only the suppressed regional aggregates.
 */
export function seesContributions(subject: Subject | null, month: number, submitted: readonly SubmittedPeriod[], policy: FlowsPolicy): boolean {
  if (!isFlowsContributor(subject)) return false;
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

/** Small-cell rule for one regional cell: withheld (null) when it counts fewer than the minimum; zero is safe to show. */
export function publishable(count: number, policy: FlowsPolicy): number | null {
  return count > 0 && count < policy.minCellSize ? null : count;
}

/**
 * Applies the small-cell rule to a regional cell: below the minimum every measure is withheld; otherwise the small
 * measures inside it (deaths, injuries) are withheld on their own. Totals must be summed from published cells only,
 * so that subtracting two answers never recovers a withheld cell.
 */
export function publishCell<T extends Record<string, number | null>>(basis: number, measures: T, policy: FlowsPolicy, sensitive: (keyof T)[] = []):
  { suppressed: boolean; values: { [K in keyof T]: number | null } } {
  const values = {} as { [K in keyof T]: number | null };
  const hidden = basis > 0 && basis < policy.minCellSize;
  for (const key of Object.keys(measures) as (keyof T)[]) {
    const v = measures[key];
    values[key] = hidden || v === null ? null : sensitive.includes(key) ? publishable(v, policy) : v;
  }
  return { suppressed: hidden, values };
}
