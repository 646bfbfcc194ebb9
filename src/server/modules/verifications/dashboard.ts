// Time to answer per requested state and month ("in a timely manner" made visible): counts only, and cells counting too
// few requests are withheld (except the reader's own state's), so no single request can be told.
import type { Actor } from '../../access/actor.js';
import { today } from '../../access/subject.js';
import { Invalid } from '../../errors.js';
import { refuse } from './refusals.js';
import type { VerificationsStore } from './store.js';

export const MIN_CELL = 3;

export async function timeToAnswer(store: VerificationsStore, actor: Actor, q: { from?: string; to?: string }, now: Date = new Date()) {
  const to = q.to ?? today(now).slice(0, 7);
  const from = q.from ?? monthsBefore(to, 11);
  if (from > to) throw new Invalid('from', refuse('rangeReversed'));
  const day = today(now);
  const [cells, totals] = await Promise.all([store.timeToAnswer(from, to, day), store.timeToAnswerTotals(from, to, day)]);
  const publish = <
    T extends { state: string; requests: number; answered: number; answeredOnTime: number; open: number; overdue: number; medianDays: number | null },
  >(
    c: T,
  ) => {
    const withheld = c.requests < MIN_CELL && c.state !== actor.state;
    return withheld
      ? { ...c, requests: null, answered: null, answeredOnTime: null, open: null, overdue: null, medianDays: null, withheld }
      : { ...c, withheld };
  };
  return { from, to, minCell: MIN_CELL, cells: cells.map(publish), totals: totals.map(publish) };
}

function monthsBefore(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const total = y * 12 + (m - 1) - n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}
