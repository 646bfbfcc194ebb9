// Reporting periods (a month 'YYYY-MM' or a quarter 'YYYY-Qn') as whole month numbers, so periods compare and group fast.
import { Invalid } from '../../errors.js';
import { periodName, say } from './messages.js';

export interface Period {
  period: string;
  kind: 'month' | 'quarter';
  monthFrom: number;
  monthTo: number;
}

export const PERIOD_PATTERN = /^(\d{4})-(0[1-9]|1[0-2]|Q[1-4])$/;
export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** 2024-03 -> 24290 (year * 12 + month - 1). */
export function monthNumber(yyyyMm: string): number {
  const m = MONTH_PATTERN.exec(yyyyMm);
  if (!m) throw new Invalid('month', say('refuse.notMonth', { text: yyyyMm }));
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

export function monthLabel(month: number): string {
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
}

export function quarterLabel(month: number): string {
  return `${Math.floor(month / 12)}-Q${Math.floor((month % 12) / 3) + 1}`;
}

export function parsePeriod(text: string, field = 'period'): Period {
  const m = PERIOD_PATTERN.exec(text);
  if (!m) throw new Invalid(field, say('refuse.notPeriod', { text }));
  const year = Number(m[1]);
  if (m[2].startsWith('Q')) {
    const first = year * 12 + (Number(m[2].slice(1)) - 1) * 3;
    return { period: text, kind: 'quarter', monthFrom: first, monthTo: first + 2 };
  }
  const month = year * 12 + Number(m[2]) - 1;
  return { period: text, kind: 'month', monthFrom: month, monthTo: month };
}

export function currentMonth(now: Date = new Date()): number {
  return now.getUTCFullYear() * 12 + now.getUTCMonth();
}

/** The day a period's return is due: 45 days after the period ends. */
export function dueDate(monthTo: number): Date {
  const end = Date.UTC(Math.floor((monthTo + 1) / 12), (monthTo + 1) % 12, 1);
  return new Date(end + 45 * 86_400_000);
}

/** A range from..to of months given as YYYY-MM, checked to be in order and at most 20 years long. */
export function monthRange(from: string, to: string): { from: number; to: number } {
  const a = monthNumber(from);
  const b = monthNumber(to);
  if (b < a) throw new Invalid('to', say('refuse.toBeforeFrom', { from: periodName(from) }));
  if (b - a > 240) throw new Invalid('to', say('refuse.rangeTooLong'));
  return { from: a, to: b };
}
