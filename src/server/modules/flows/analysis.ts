// The regional picture as one viewer may see it: every figure is a sum of cells under the small-cell rule of
// access/flows.ts (cellFigure), so totals add up, views agree, and each answer says what it leaves out.

import type { Actor } from '../../access/actor.js';
import {
  cellFigures,
  contributionsVisibleSql,
  type FlowsPolicy,
  INCIDENT_CELLS,
  incidentsShown,
  isFlowsContributor,
  ownStateSql,
  PERSON_CELLS,
  stateReciprocates,
} from '../../access/flows.js';
import type { AuditLog } from '../../audit/log.js';
import { sql } from '../../db/index.js';
import { stateName } from '../../i18n/states.js';
import { type Text, verbatim } from '../../i18n/text.js';
import type { FlowsAnalysisStore, GroupBy } from './analysis-store.js';
import { listOf, quarterName, routeName, say, usd } from './messages.js';
import { monthLabel, monthNumber, monthRange, parsePeriod, quarterLabel } from './periods.js';
import { type AggregatesResponse, MEANS } from './schemas.js';
import type { FlowsStore } from './store.js';

/** The order of localeCompare() without arguments, built once: thousands of series points are sorted per answer. */
const byKey = new Intl.Collator();

type Measure = 'incidents' | 'migrants' | 'deaths' | 'injuries';
const MEASURES: Measure[] = ['incidents', 'migrants', 'deaths', 'injuries'];
type Counts = Record<Measure, number>;
const zero = (): Counts => ({ incidents: 0, migrants: 0, deaths: 0, injuries: 0 });

export interface ViewRow {
  key: string;
  incidents: number | null;
  migrants: number;
  deaths: number | null;
  injuries: number | null;
  feeMeanUsd: number | null;
  withheld: Counts;
}
export interface ViewPoint {
  key: string;
  month: number;
  incidents: number | null;
  migrants: number | null;
  suppressed: boolean;
  partial: boolean;
}
export interface View {
  rows: ViewRow[];
  series: ViewPoint[];
  totals: Omit<
    ViewRow,
    'key' | 'feeMeanUsd'
  > /** Each incident cell, and whether the viewer's figures include its own state's incidents and the other states'. */;
  incidentCells: { route: string; means: string; month: number; own: boolean; others: boolean }[];
}

export class FlowsAnalysis {
  constructor(
    private readonly audit: AuditLog,
    private readonly store: FlowsStore,
    private readonly cells: FlowsAnalysisStore,
  ) {}

  /** The months of the range that the viewer's state opened by submitting its own returns (whatever the viewer's role). */
  private async openMonths(actor: Actor, from: number, to: number, policy: FlowsPolicy): Promise<Set<number>> {
    if (!actor.state) return new Set();
    const submitted = await this.store.submittedPeriods(actor.state);
    const open = new Set<number>();
    for (let m = from; m <= to; m++) if (stateReciprocates(m, submitted, policy)) open.add(m);
    return open;
  }

  /**
   * Every cell of the range as the viewer sees it, summed by key (route, means or nationality) and by key and month. A
   * figure is the sum of what the viewer may see of each cell; `withheld` counts the months of a key whose figure
   * leaves something out, so that a page can say what a total does not include.
   */
  async view(actor: Actor, groupBy: GroupBy, from: number, to: number, policy: FlowsPolicy): Promise<View> {
    const open = await this.openMonths(actor, from, to, policy);
    const rows = new Map<string, { sum: Counts; fees: number; feeSum: number; withheld: Record<Measure, Set<number>> }>();
    const points = new Map<string, ViewPoint>();
    const add = (key: string, month: number, figures: Partial<Record<Measure | 'fees' | 'feeSum', { value: number; leftOut: boolean }>>) => {
      const row = rows.get(key) ?? {
        sum: zero(),
        fees: 0,
        feeSum: 0,
        withheld: { incidents: new Set(), migrants: new Set(), deaths: new Set(), injuries: new Set() },
      };
      for (const m of MEASURES) {
        const f = figures[m];
        if (!f) continue;
        row.sum[m] += f.value;
        if (f.leftOut) row.withheld[m].add(month);
      }
      row.fees += figures.fees?.value ?? 0;
      row.feeSum += figures.feeSum?.value ?? 0;
      rows.set(key, row);
      const basis = groupBy === 'nationality' ? figures.migrants! : figures.incidents!;
      const id = `${key}\u0000${month}`;
      const p = points.get(id) ?? { key, month, incidents: 0, migrants: 0, suppressed: true, partial: false };
      p.incidents = groupBy === 'nationality' ? null : (p.incidents ?? 0) + (figures.incidents?.value ?? 0);
      p.migrants = (p.migrants ?? 0) + (figures.migrants?.value ?? 0);
      if (basis.value > 0 || !basis.leftOut) p.suppressed = false;
      if (MEASURES.some((m) => figures[m]?.leftOut)) p.partial = true;
      points.set(id, p);
    };

    let incidentCells: View['incidentCells'] = [];
    if (groupBy === 'nationality') {
      for (const c of await this.cells.nationalityCells(actor.state, from, to, policy)) {
        const f = cellFigures(actor, { ...c, open: open.has(c.month) }, PERSON_CELLS, policy);
        add(c.key, c.month, { migrants: f.persons });
      }
    } else {
      const cells = await this.cells.incidentCells(actor.state, from, to, policy);
      incidentCells = cells.map((c) => {
        const facts = { ...c, open: open.has(c.month) };
        add(groupBy === 'route' ? c.route : c.means, c.month, cellFigures(actor, facts, INCIDENT_CELLS, policy));
        return { route: c.route, means: c.means, month: c.month, ...incidentsShown(actor, facts, INCIDENT_CELLS, policy) };
      });
    }

    const none = groupBy === 'nationality';
    const published: ViewRow[] = [...rows]
      .map(([key, r]) => ({
        key,
        incidents: none ? null : r.sum.incidents,
        migrants: r.sum.migrants,
        deaths: none ? null : r.sum.deaths,
        injuries: none ? null : r.sum.injuries,
        feeMeanUsd: r.fees >= policy.minCellSize ? Math.round(r.feeSum / r.fees) : null,
        withheld: {
          incidents: r.withheld.incidents.size,
          migrants: r.withheld.migrants.size,
          deaths: r.withheld.deaths.size,
          injuries: r.withheld.injuries.size,
        },
      }))
      .sort((a, b) => b.migrants - a.migrants || a.key.localeCompare(b.key));
    const totals = { incidents: none ? null : 0, migrants: 0, deaths: none ? null : 0, injuries: none ? null : 0, withheld: zero() } as View['totals'];
    for (const r of published) {
      for (const m of MEASURES) {
        totals.withheld[m] += r.withheld[m];
        if (r[m] !== null) totals[m] = (totals[m] ?? 0) + r[m]!;
      }
    }
    const series = [...points.values()].map((p) => (p.suppressed ? { ...p, incidents: null, migrants: null } : p));
    series.sort((a, b) => byKey.compare(a.key, b.key) || a.month - b.month);
    return { rows: published, series, totals, incidentCells };
  }

  async aggregates(actor: Actor, q: { from: string; to: string; groupBy: GroupBy }): Promise<Aggregates> {
    const range = monthRange(q.from, q.to);
    const policy = await this.store.policy();
    const [view, demo, open] = await Promise.all([
      this.view(actor, q.groupBy, range.from, range.to, policy),
      this.cells.hasDemo(range.from, range.to),
      this.openMonths(actor, range.from, range.to, policy),
    ]);
    const months = [...Array(range.to - range.from + 1).keys()].map((k) => range.from + k);
    const contributor = isFlowsContributor(actor);
    const opened = contributor ? months.filter((m) => open.has(m)) : [];
    const closed = months.filter((m) => !opened.includes(m));
    let contributions: AggregatesResponse['contributions'] = [];
    if (contributor) {
      const visible = sql`(${contributionsVisibleSql(actor, sql`x.month`, policy)} OR ${ownStateSql(actor, sql`x.state`)})`;
      contributions = await this.cells.contributions(q.groupBy, actor.state, range.from, range.to, visible, policy);
      const others = [...new Set(contributions.filter((c) => c.state !== actor.state).map((c) => c.state))];
      if (others.length)
        await this.audit.record(actor, {
          action: 'flows.contributions.read',
          outcome: 'ok',
          targetType: 'flow_aggregates',
          targetId: `${q.from}..${q.to}`,
          detail: { groupBy: q.groupBy, states: others, months: opened.length },
        });
    }
    const level = opened.length === months.length ? 'contributions' : opened.length ? 'partial' : 'suppressed_only';
    return {
      from: q.from,
      to: q.to,
      groupBy: q.groupBy,
      minCellSize: policy.minCellSize,
      demo,
      reciprocity: { level, openMonths: opened.map(monthLabel), closedMonths: closed.map(monthLabel), reason: reasonOf(actor, level, policy) },
      rows: view.rows,
      totals: view.totals,
      series: view.series.map((s) => ({ ...s, month: monthLabel(s.month) })),
      contributions: contributions.sort((a, b) => a.state.localeCompare(b.state) || b.migrants - a.migrants || a.key.localeCompare(b.key)),
    };
  }

  /** Fee distributions from the incidents of the cells the viewer sees; a route or quarter with fewer fees than the minimum shows none. */
  async fees(actor: Actor, q: { from: string; to: string; route?: string }) {
    const range = monthRange(q.from, q.to);
    const policy = await this.store.policy();
    const { incidentCells } = await this.view(actor, 'route', range.from, range.to, policy);
    const { routes, quarters } = await this.cells.feeDistribution(actor.state, incidentCells, q.route ?? null);
    const k = policy.minCellSize;
    const round = (v: number) => Math.round(v);
    return {
      minCellSize: k,
      routes: routes
        .sort((a, b) => b.n - a.n || a.route.localeCompare(b.route))
        .map((r) =>
          r.n < k
            ? { route: r.route, n: r.n, p10: null, p25: null, median: null, p75: null, p90: null, suppressed: true }
            : {
                route: r.route,
                n: r.n,
                p10: round(r.p10),
                p25: round(r.p25),
                median: round(r.median),
                p75: round(r.p75),
                p90: round(r.p90),
                suppressed: false,
              },
        ),
      overTime: quarters
        .sort((a, b) => a.route.localeCompare(b.route) || a.quarter_month - b.quarter_month)
        .map((r) => ({ route: r.route, quarter: quarterLabel(r.quarter_month), n: r.n, median: r.n < k ? null : round(r.median), suppressed: r.n < k })),
    };
  }

  /** Routes whose incidents (as the viewer sees them) grew most in the last `months` months against the months before. */
  async emerging(actor: Actor, q: { to: string; months: number }) {
    const to = monthNumber(q.to);
    const cur = { from: to - q.months + 1, to };
    const prev = { from: to - 2 * q.months + 1, to: to - q.months };
    const policy = await this.store.policy();
    const { series } = await this.view(actor, 'route', prev.from, cur.to, policy);
    const totals = new Map<string, { current: number; previous: number }>();
    for (const s of series) {
      const t = totals.get(s.key) ?? { current: 0, previous: 0 };
      if (s.month >= cur.from) t.current += s.incidents ?? 0;
      else t.previous += s.incidents ?? 0;
      totals.set(s.key, t);
    }
    const routes = [...totals]
      .map(([route, t]) => ({
        route,
        ...t,
        change: t.current - t.previous,
        changePercent: t.previous > 0 ? Math.round(((t.current - t.previous) / t.previous) * 1000) / 10 : null,
      }))
      .filter((r) => r.change > 0)
      .sort((a, b) => b.change - a.change || a.route.localeCompare(b.route))
      .slice(0, 10);
    return { current: { from: monthLabel(cur.from), to: monthLabel(cur.to) }, previous: { from: monthLabel(prev.from), to: monthLabel(prev.to) }, routes };
  }

  /** A briefing paragraph for a quarter, from the figures the viewer may see, saying what they leave out. */
  async summary(actor: Actor, quarter: string) {
    const period = parsePeriod(quarter, 'quarter');
    const policy = await this.store.policy();
    const [routes, means, before, returns] = await Promise.all([
      this.view(actor, 'route', period.monthFrom, period.monthTo, policy),
      this.view(actor, 'means', period.monthFrom, period.monthTo, policy),
      this.view(actor, 'route', period.monthFrom - 3, period.monthFrom - 1, policy),
      this.cells.returnsIn(period.monthFrom, period.monthTo),
    ]);
    const statesSubmitted = new Set(returns.filter((r) => r.status === 'submitted').map((r) => r.state)).size;
    const incidents = routes.totals.incidents ?? 0;
    const named = quarterName(quarter);
    const sentences: Text[] = [];
    if (incidents === 0) {
      sentences.push(say('summary.nothingToPublish', { quarter: named, count: statesSubmitted }));
      return { quarter, sentences, statesSubmitted };
    }
    const previous = before.totals.incidents ?? 0;
    const percent = previous > 0 ? Math.abs(Math.round(((incidents - previous) / previous) * 100)) : 0;
    const trend = previous > 0 ? say(incidents >= previous ? 'summary.up' : 'summary.down', { percent }) : '';
    sentences.push(say('summary.reported', { quarter: named, count: statesSubmitted, incidents, migrants: routes.totals.migrants ?? 0, trend }));
    const top = routes.rows.find((r) => (r.incidents ?? 0) > 0);
    if (top) {
      const figures = { route: routeName(top.key), incidents: top.incidents ?? 0, migrants: top.migrants ?? 0 };
      sentences.push(top.feeMeanUsd !== null ? say('summary.busiestWithFee', { ...figures, fee: usd(top.feeMeanUsd) }) : say('summary.busiest', figures));
    }
    const byMeans = means.rows.filter((r) => (r.incidents ?? 0) > 0);
    const meansTotal = byMeans.reduce((a, r) => a + (r.incidents ?? 0), 0);
    if (meansTotal)
      sentences.push(
        say('summary.byMeans', {
          shares: listOf(
            byMeans.map((r) =>
              say('summary.meansShare', {
                percent: Math.round(((r.incidents ?? 0) / meansTotal) * 100),
                means: isMeans(r.key) ? say(`means.${r.key}`) : verbatim(r.key),
              }),
            ),
          ),
        }),
      );
    const deaths = routes.totals.deaths ?? 0;
    if (deaths > 0) sentences.push(say('summary.deaths', { count: deaths }));
    const prevBy = new Map(before.rows.map((r) => [r.key, r.incidents ?? 0]));
    const rising = routes.rows.map((r) => ({ key: r.key, change: (r.incidents ?? 0) - (prevBy.get(r.key) ?? 0) })).sort((a, b) => b.change - a.change)[0];
    if (rising && rising.change > 0) sentences.push(say('summary.rising', { route: routeName(rising.key), change: rising.change }));
    const left = routes.totals.withheld;
    const parts = [
      left.incidents ? say('summary.incidentsOf', { count: left.incidents }) : null,
      left.migrants ? say('summary.migrantsOf', { count: left.migrants }) : null,
      left.deaths ? say('summary.deathsOf', { count: left.deaths }) : null,
      left.injuries ? say('summary.injuriesOf', { count: left.injuries }) : null,
    ].filter((p): p is Text => p !== null);
    if (parts.length) sentences.push(say('summary.leftOut', { parts: listOf(parts), min: policy.minCellSize }));
    return { quarter, sentences, statesSubmitted };
  }

  /** Victims identified, referred and returned by nationality and month, as the viewer may see them. */
  async victims(actor: Actor, q: { from: string; to: string }) {
    const range = monthRange(q.from, q.to);
    const policy = await this.store.policy();
    const [cells, demo] = await Promise.all([this.cells.victimCells(actor.state, range.from, range.to, policy), this.cells.victimsDemo(range.from, range.to)]);
    type Stage = 'identified' | 'referred' | 'returned';
    const byNationality = new Map<string, Record<Stage, number> & { withheldCells: number }>();
    const series = cells
      .map((c) => {
        // Victims counts are never opened by reciprocity: every state's cases are summed with the others'.
        const f = cellFigures(actor, { ...c, open: false }, PERSON_CELLS, policy).persons;
        const t = byNationality.get(c.key) ?? { identified: 0, referred: 0, returned: 0, withheldCells: 0 };
        t[c.stage as Stage] += f.value;
        if (f.leftOut) t.withheldCells++;
        byNationality.set(c.key, t);
        const none = f.value === 0 && f.leftOut;
        return { stage: c.stage as Stage, month: monthLabel(c.month), nationality: c.key, count: none ? null : f.value, withheld: f.leftOut };
      })
      .sort((a, b) => a.nationality.localeCompare(b.nationality) || a.month.localeCompare(b.month) || a.stage.localeCompare(b.stage));
    const rows = [...byNationality]
      .map(([nationality, t]) => ({ nationality, ...t }))
      .sort((a, b) => b.identified - a.identified || a.nationality.localeCompare(b.nationality));
    const totals = rows.reduce(
      (a, r) => ({
        identified: a.identified + r.identified,
        referred: a.referred + r.referred,
        returned: a.returned + r.returned,
        withheldCells: a.withheldCells + r.withheldCells,
      }),
      { identified: 0, referred: 0, returned: 0, withheldCells: 0 },
    );
    return { from: q.from, to: q.to, minCellSize: policy.minCellSize, series, byNationality: rows, totals, demo };
  }
}

function reasonOf(actor: Actor, level: string, policy: FlowsPolicy): Text {
  const min = policy.minCellSize;
  if (!isFlowsContributor(actor)) return say('reciprocity.regionalOnly', { min });
  const state = stateName(actor.state!);
  if (level === 'contributions') return say('reciprocity.contributions', { state, min });
  if (level === 'partial') return say('reciprocity.partial', { state, min });
  return say('reciprocity.none', { state, min });
}

/** The aggregates as the service answers them: the reciprocity reason is a sentence for the route to say in the reader's language. */
type Aggregates = Omit<AggregatesResponse, 'reciprocity'> & { reciprocity: Omit<AggregatesResponse['reciprocity'], 'reason'> & { reason: Text } };

const isMeans = (key: string): key is (typeof MEANS)[number] => (MEANS as readonly string[]).includes(key);
