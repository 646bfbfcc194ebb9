// The rules a national return must meet beyond its shape: figures that add up, coherent means, fees in a known currency.
import type { Text } from '../../i18n/text.js';
import { say } from './messages.js';
import type { ReturnLines } from './schemas.js';

export interface Issue {
  /** Path in the return, e.g. ['incidents', 3, 'deaths'] (index 0-based), or ['totals', 'entries']. */
  path: (string | number)[];
  /** Said beside the line's field in the reader's language. */
  message: Text;
}

export function routeKeyOf(line: { origin: string; transit: string[]; destination: string }): string {
  return [line.origin, ...line.transit, line.destination].join('>');
}

/** Consistency inside one return: each issue names where it is. */
export function checkReturn(lines: ReturnLines): Issue[] {
  const issues: Issue[] = [];
  lines.incidents.forEach((i, n) => {
    if (i.deaths + i.injuries > i.groupSize)
      issues.push({
        path: ['incidents', n, 'deaths'],
        message: say('issue.casualties', { deaths: i.deaths, injuries: i.injuries, groupSize: i.groupSize }),
      });
    if (i.origin === i.destination) issues.push({ path: ['incidents', n, 'destination'], message: say('issue.sameEnds') });
    const stops = [i.origin, ...i.transit, i.destination];
    if (new Set(stops).size !== stops.length) issues.push({ path: ['incidents', n, 'transit'], message: say('issue.stopTwice') });
    if (i.vesselType !== null && i.means !== 'sea') issues.push({ path: ['incidents', n, 'vesselType'], message: say('issue.vesselBySea') });
  });
  const t = lines.totals;
  if (t) {
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const found: Record<string, number> = {
      entries: sum(lines.crossings.filter((c) => c.direction === 'entry').map((c) => c.count)),
      exits: sum(lines.crossings.filter((c) => c.direction === 'exit').map((c) => c.count)),
      smuggledMigrants: sum(lines.profiles.filter((p) => p.profile === 'migrant').map((p) => p.count)),
      incidents: lines.incidents.length,
    };
    for (const [key, declared] of Object.entries(t))
      if (declared !== undefined && declared !== found[key])
        issues.push({ path: ['totals', key], message: say('issue.totalMismatch', { declared, found: found[key] }) });
  }
  return issues;
}

/** Fees converted to USD at the period's rate; an unknown currency (no rate ever recorded) is an issue. */
export function convertFees(lines: ReturnLines, rates: { known: Set<string>; rate: Map<string, number> }): { usd: (number | null)[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const usd = lines.incidents.map((i, n) => {
    if (!i.fee) return null;
    if (i.fee.currency === 'USD') return i.fee.amount;
    const rate = rates.rate.get(i.fee.currency);
    if (!rates.known.has(i.fee.currency)) {
      issues.push({
        path: ['incidents', n, 'fee', 'currency'],
        message: say('issue.unknownCurrency', { currency: i.fee.currency }),
      });
      return null;
    }
    if (rate === undefined) {
      issues.push({ path: ['incidents', n, 'fee', 'currency'], message: say('issue.noRate', { currency: i.fee.currency }) });
      return null;
    }
    return Math.round(i.fee.amount * rate * 100) / 100;
  });
  return { usd, issues };
}
