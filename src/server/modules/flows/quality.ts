// Data quality: completeness and lateness per state and month, and outliers flagged for the submitting state to confirm.

import type { Text } from '../../i18n/text.js';
import type { FlowsAnalysisStore } from './analysis-store.js';
import { say, usd } from './messages.js';
import { dueDate, monthLabel, monthNumber, monthRange } from './periods.js';
import type { FlowsStore, SubmissionRow } from './store.js';

/** A fee is flagged when it is more than this many times the route's usual fee, or less than its inverse. */
const FEE_FACTOR = 5;
/** A period's migrants are flagged when more than this many times the state's mean of the year before. */
const VOLUME_FACTOR = 3;
const LARGE_GROUP = 300;

export type OutlierMeasure = 'fee_usd' | 'group_size' | 'period_migrants';

/** A flag as stored: the English sentence (kept as written) and the same facts as data, said in the reader's language. */
export interface OutlierFlag {
  field: string;
  value: number;
  expected: string;
  measure: OutlierMeasure;
  routeKey: string | null;
  expectedValue: number;
}

/** What a flag is about and what was expected, in the reader's language; the route by its codes, as the flows tables show it. */
export function outlierWords(o: {
  field: string;
  expected: string;
  measure: OutlierMeasure | null;
  route_key: string | null;
  expected_value: number | string | null;
}): {
  field: Text | string;
  expected: Text | string;
} {
  if (!o.measure || o.expected_value === null) return { field: o.field, expected: o.expected };
  const route = (o.route_key ?? '').split('>').join(' → ');
  const n = Number(o.expected_value);
  if (o.measure === 'fee_usd') return { field: say('outlier.fee', { route }), expected: say('outlier.expectedFee', { amount: usd(n) }) };
  if (o.measure === 'group_size') return { field: say('outlier.groupSize', { route }), expected: say('outlier.expectedGroupSize', { n }) };
  return { field: say('outlier.periodMigrants'), expected: say('outlier.expectedPeriodMigrants', { n }) };
}

export class FlowsQuality {
  constructor(
    private readonly store: FlowsStore,
    private readonly analysis: FlowsAnalysisStore,
  ) {}

  /** Unusual values in a return just submitted, measured against the region's and the state's own history. */
  async outliersOf(sub: SubmissionRow): Promise<OutlierFlag[]> {
    const flags: OutlierFlag[] = [];
    const incidents = await this.analysis.incidentsOf(sub.id);
    const baselines = new Map(
      (await this.analysis.routeFeeBaselines([...new Set(incidents.map((i) => i.route_id))], sub.month_from, 10)).map((b) => [b.route_id, b.median]),
    );
    for (const i of incidents) {
      const median = baselines.get(i.route_id);
      if (i.fee_usd !== null && median && (i.fee_usd > median * FEE_FACTOR || i.fee_usd < median / FEE_FACTOR))
        flags.push({
          field: `fee (USD) on ${i.route_key}`,
          value: i.fee_usd,
          expected: `about ${Math.round(median)} (regional median of the two years before)`,
          measure: 'fee_usd',
          routeKey: i.route_key,
          expectedValue: Math.round(median),
        });
      if (i.group_size > LARGE_GROUP)
        flags.push({
          field: `group size on ${i.route_key}`,
          value: i.group_size,
          expected: `at most ${LARGE_GROUP} in one incident`,
          measure: 'group_size',
          routeKey: i.route_key,
          expectedValue: LARGE_GROUP,
        });
    }
    const history = await this.analysis.stateMigrantHistory(sub.state, sub.month_from);
    if (history.length >= 3) {
      const mean = history.reduce((a, h) => a + h.migrants, 0) / history.length;
      const total = incidents.reduce((a, i) => a + i.group_size, 0);
      if (total > 20 && total > mean * VOLUME_FACTOR)
        flags.push({
          field: 'smuggled migrants in the period',
          value: total,
          expected: `about ${Math.round(mean)} (the state's mean of the year before)`,
          measure: 'period_migrants',
          routeKey: null,
          expectedValue: Math.round(mean),
        });
    }
    return flags;
  }

  /** For every reporting state and month of the range: submitted (on time or late), draft, or missing. */
  async completeness(from: string, to: string, now: Date = new Date()) {
    const range = monthRange(from, to);
    const [states, returns] = await Promise.all([this.analysis.reportingStates(), this.analysis.returnsIn(range.from, range.to)]);
    const lastDue = [...Array(range.to - range.from + 1).keys()].map((k) => range.from + k).filter((m) => dueDate(m) <= now);
    return {
      from,
      to,
      states: states.map((state) => {
        const mine = returns.filter((r) => r.state === state);
        const months = [...Array(range.to - range.from + 1).keys()].map((k) => {
          const month = range.from + k;
          const r = mine.find((x) => x.month_from <= month && month <= x.month_to);
          const status = !r
            ? ('missing' as const)
            : r.status === 'draft'
              ? ('draft' as const)
              : r.submitted_at! > dueDate(r.month_to)
                ? ('late' as const)
                : ('submitted' as const);
          return { month: monthLabel(month), status };
        });
        const due = months.filter((m) => lastDue.includes(monthNumber(m.month)));
        const submitted = due.filter((m) => m.status === 'submitted' || m.status === 'late').length;
        return {
          state,
          expected: due.length,
          submitted,
          late: due.filter((m) => m.status === 'late').length,
          completeness: due.length ? Math.round((submitted / due.length) * 1000) / 10 : 100,
          months,
        };
      }),
    };
  }
}
