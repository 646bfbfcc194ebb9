// The regional picture: aggregates under the sharing policy, fee distributions, emerging routes, quarterly summary.
import { sql, type Db } from '../../db/index.js';
import type { Actor, AuditLog } from '../../audit/log.js';
import type { Subject } from '../../access/subject.js';
import { contributionsVisibleSql, isFlowsContributor, ownStateSql, publishCell, publishable, seesContributions, type FlowsPolicy } from '../../access/flows.js';
import type { FlowsStore } from './store.js';
import type { FlowsAnalysisStore, GroupBy, ContributionRow } from './analysis-store.js';
import { monthLabel, monthNumber, monthRange, parsePeriod, quarterLabel } from './periods.js';
import type { AggregatesResponse } from './schemas.js';

/** The order of localeCompare() without arguments, built once: thousands of series points are sorted per answer. */
const byKey = new Intl.Collator();

interface PublishedRow { key: string; incidents: number | null; migrants: number | null; deaths: number | null; injuries: number | null; feeMeanUsd: number | null; withheldCells: number }

export class FlowsAnalysis {
  constructor(private readonly db: Db, private readonly audit: AuditLog, private readonly store: FlowsStore, private readonly cells: FlowsAnalysisStore) {}

  /** Regional cells with the small-cell rule applied; row totals add up published cells only. */
  async regional(groupBy: GroupBy, from: number, to: number, policy: FlowsPolicy) {
    const cells = await this.cells.regionCells(groupBy, from, to);
    const rows = new Map<string, { incidents: number; migrants: number; deaths: number; injuries: number; fees: number; feeSum: number; withheld: number; shown: number }>();
    const series = cells.map((c) => {
      // Incidents decide for smuggling cells; persons for nationality cells (profiles are counts of people).
      const basis = groupBy === 'nationality' ? c.migrants : c.incidents;
      const published = publishCell(basis, { incidents: c.incidents, migrants: c.migrants }, policy);
      const row = rows.get(c.key) ?? { incidents: 0, migrants: 0, deaths: 0, injuries: 0, fees: 0, feeSum: 0, withheld: 0, shown: 0 };
      if (published.suppressed) row.withheld++;
      else { row.shown++; row.incidents += c.incidents; row.migrants += c.migrants; row.deaths += c.deaths; row.injuries += c.injuries; row.fees += c.fees; row.feeSum += c.fee_usd_sum; }
      rows.set(c.key, row);
      return { key: c.key, month: c.month, incidents: groupBy === 'nationality' ? null : published.values.incidents, migrants: published.values.migrants, suppressed: published.suppressed };
    });
    const none = groupBy === 'nationality';
    const published: PublishedRow[] = [...rows].map(([key, r]) => ({
      key,
      incidents: none || r.shown === 0 ? null : r.incidents,
      migrants: r.shown === 0 ? null : r.migrants,
      deaths: none || r.shown === 0 ? null : publishable(r.deaths, policy),
      injuries: none || r.shown === 0 ? null : publishable(r.injuries, policy),
      feeMeanUsd: r.fees >= policy.minCellSize ? Math.round(r.feeSum / r.fees) : null,
      withheldCells: r.withheld,
    })).sort((a, b) => (b.migrants ?? -1) - (a.migrants ?? -1) || a.key.localeCompare(b.key));
    series.sort((a, b) => byKey.compare(a.key, b.key) || a.month - b.month);
    return { rows: published, series };
  }

  async aggregates(subject: Subject, actor: Actor, q: { from: string; to: string; groupBy: GroupBy }): Promise<AggregatesResponse> {
    const range = monthRange(q.from, q.to);
    const policy = await this.store.policy();
    const submitted = isFlowsContributor(subject) ? await this.store.submittedPeriods(subject.state) : [];
    const months = [...Array(range.to - range.from + 1).keys()].map((k) => range.from + k);
    const open = months.filter((m) => seesContributions(subject, m, submitted, policy));
    const closed = months.filter((m) => !open.includes(m));
    const [{ rows, series }, demo] = await Promise.all([this.regional(q.groupBy, range.from, range.to, policy), this.cells.hasDemo(range.from, range.to)]);
    let contributions: ContributionRow[] = [];
    if (isFlowsContributor(subject)) {
      const visible = sql`(${contributionsVisibleSql(subject, sql`x.month`, policy)} OR ${ownStateSql(subject, sql`x.state`)})`;
      contributions = await this.cells.stateTotals(q.groupBy, range.from, range.to, visible);
      const others = [...new Set(contributions.filter((c) => c.state !== subject.state).map((c) => c.state))];
      if (others.length)
        await this.audit.record(actor, { action: 'flows.contributions.read', outcome: 'ok', targetType: 'flow_aggregates', targetId: `${q.from}..${q.to}`, detail: { groupBy: q.groupBy, states: others, months: open.length } });
    }
    const level = open.length === months.length ? 'contributions' : open.length ? 'partial' : 'suppressed_only';
    return {
      from: q.from, to: q.to, groupBy: q.groupBy, minCellSize: policy.minCellSize, demo,
      reciprocity: { level, openMonths: open.map(monthLabel), closedMonths: closed.map(monthLabel), reason: reasonOf(subject, level, policy) },
      rows,
      series: series.map((s) => ({ ...s, month: monthLabel(s.month) })),
      contributions: contributions
        .sort((a, b) => a.state.localeCompare(b.state) || (b.migrants - a.migrants) || a.key.localeCompare(b.key))
        .map((c) => ({ ...c, incidents: q.groupBy === 'nationality' ? null : c.incidents })),
    };
  }

  async fees(q: { from: string; to: string; route?: string }) {
    const range = monthRange(q.from, q.to);
    const policy = await this.store.policy();
    const [routes, overTime] = await Promise.all([
      this.cells.feeDistribution(range.from, range.to, q.route ?? null),
      this.cells.feeMediansByQuarter(range.from, range.to, q.route ?? null),
    ]);
    const k = policy.minCellSize;
    const round = (v: number) => Math.round(v);
    return {
      minCellSize: k,
      routes: routes.sort((a, b) => b.n - a.n).map((r) => r.n < k
        ? { route: r.route, n: r.n, p10: null, p25: null, median: null, p75: null, p90: null, suppressed: true }
        : { route: r.route, n: r.n, p10: round(r.p10), p25: round(r.p25), median: round(r.median), p75: round(r.p75), p90: round(r.p90), suppressed: false }),
      overTime: overTime.sort((a, b) => a.route.localeCompare(b.route) || a.quarter_month - b.quarter_month)
        .map((r) => ({ route: r.route, quarter: quarterLabel(r.quarter_month), n: r.n, median: r.n < k ? null : round(r.median), suppressed: r.n < k })),
    };
  }

  /** Routes whose published incidents grew most in the last `months` months against the months before. */
  async emerging(q: { to: string; months: number }) {
    const to = monthNumber(q.to);
    const cur = { from: to - q.months + 1, to };
    const prev = { from: to - 2 * q.months + 1, to: to - q.months };
    const policy = await this.store.policy();
    const { series } = await this.regional('route', prev.from, cur.to, policy);
    const totals = new Map<string, { current: number; previous: number }>();
    for (const s of series) {
      const t = totals.get(s.key) ?? { current: 0, previous: 0 };
      if (s.month >= cur.from) t.current += s.incidents ?? 0;
      else t.previous += s.incidents ?? 0;
      totals.set(s.key, t);
    }
    const routes = [...totals].map(([route, t]) => ({
      route, ...t, change: t.current - t.previous,
      changePercent: t.previous > 0 ? Math.round(((t.current - t.previous) / t.previous) * 1000) / 10 : null,
    })).filter((r) => r.change > 0).sort((a, b) => b.change - a.change || a.route.localeCompare(b.route)).slice(0, 10);
    return { current: { from: monthLabel(cur.from), to: monthLabel(cur.to) }, previous: { from: monthLabel(prev.from), to: monthLabel(prev.to) }, routes };
  }

  /** A briefing paragraph for a quarter, from the published (suppressed) regional figures only. */
  async summary(quarter: string) {
    const period = parsePeriod(quarter, 'quarter');
    const policy = await this.store.policy();
    const [routes, means, before, returns] = await Promise.all([
      this.regional('route', period.monthFrom, period.monthTo, policy),
      this.regional('means', period.monthFrom, period.monthTo, policy),
      this.regional('route', period.monthFrom - 3, period.monthFrom - 1, policy),
      this.cells.returnsIn(period.monthFrom, period.monthTo),
    ]);
    const statesSubmitted = new Set(returns.filter((r) => r.status === 'submitted').map((r) => r.state)).size;
    const sum = (rows: { incidents: number | null; migrants: number | null }[], f: 'incidents' | 'migrants') => rows.reduce((a, r) => a + (r[f] ?? 0), 0);
    const incidents = sum(routes.rows, 'incidents');
    const migrants = sum(routes.rows, 'migrants');
    const previous = sum(before.rows, 'incidents');
    const sentences: string[] = [];
    if (incidents === 0) {
      sentences.push(`For ${quarter}, ${statesSubmitted} state(s) submitted returns; no regional figure is large enough to publish.`);
      return { quarter, sentences, statesSubmitted };
    }
    const trend = previous > 0 ? `, ${incidents >= previous ? 'up' : 'down'} ${Math.abs(Math.round(((incidents - previous) / previous) * 100))}% on the quarter before` : '';
    sentences.push(`In ${quarter}, ${statesSubmitted} state(s) submitted returns, reporting ${incidents} smuggling incidents involving ${migrants} smuggled migrants${trend}.`);
    const top = routes.rows.find((r) => r.incidents !== null);
    if (top) sentences.push(`The busiest route was ${top.key.split('>').join(' → ')} (${top.incidents} incidents, ${top.migrants} migrants${top.feeMeanUsd !== null ? `, mean fee US$${top.feeMeanUsd}` : ''}).`);
    const byMeans = means.rows.filter((r) => r.incidents !== null);
    const meansTotal = sum(byMeans, 'incidents');
    if (meansTotal) sentences.push(`By means: ${byMeans.map((r) => `${r.key} ${Math.round(((r.incidents ?? 0) / meansTotal) * 100)}%`).join(', ')} of incidents.`);
    const deaths = routes.rows.reduce((a, r) => a + (r.deaths ?? 0), 0);
    if (deaths > 0) sentences.push(`At least ${deaths} deaths were reported on routes with publishable figures.`);
    const prevBy = new Map(before.rows.map((r) => [r.key, r.incidents ?? 0]));
    const rising = routes.rows.filter((r) => r.incidents !== null).map((r) => ({ key: r.key, change: (r.incidents ?? 0) - (prevBy.get(r.key) ?? 0) }))
      .sort((a, b) => b.change - a.change)[0];
    if (rising && rising.change > 0) sentences.push(`The fastest-growing route was ${rising.key.split('>').join(' → ')} (+${rising.change} incidents on the quarter before).`);
    const withheld = routes.rows.reduce((a, r) => a + r.withheldCells, 0);
    if (withheld) sentences.push(`${withheld} route-month figure(s) under ${policy.minCellSize} are withheld so that no individual can be singled out.`);
    return { quarter, sentences, statesSubmitted };
  }
}

function reasonOf(subject: Subject, level: string, policy: FlowsPolicy): string {
  const k = policy.minCellSize;
  if (!isFlowsContributor(subject)) return `Regional aggregates only: cells under ${k} are withheld. Other states' contributions are shared with reporting officers, analysts and focal points of states that contribute.`;
  if (level === 'contributions') return `${subject.state} submitted its returns for every month of the range: other states' contributions are shown.`;
  if (level === 'partial') return `Other states' contributions are shown only for the months ${subject.state} submitted its own returns; elsewhere, regional aggregates with cells under ${k} withheld.`;
  return `${subject.state} has not submitted its own returns for this range: only regional aggregates are shown, with cells under ${k} withheld. Submit your returns to see other states' contributions.`;
}
