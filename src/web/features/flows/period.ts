// A reporting period in the reader's words: a month as the language writes it ("March 2024", "Maret 2024"), a quarter
// as the server's briefing sentences say it ("Q1 2024", "Triwulan 1 2024", flows/messages.ts quarterName); never the
// API's "2024-03" or "2024-Q1".
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { localeOf } from '../../i18n/format';

/** `style`: 'long' for a table cell or a sentence ("March 2024"), 'short' for a column heading ("Mar 2024"). */
export function periodIn(lng: string, t: TFunction, period: string, style: 'long' | 'short' = 'long'): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return t('periodQuarter', { ns: 'flows', n: quarter[2], year: quarter[1] });
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (!month || Number(month[2]) < 1 || Number(month[2]) > 12) return period;
  const first = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
  return new Intl.DateTimeFormat(localeOf(lng), { year: 'numeric', month: style, timeZone: 'UTC' }).format(first);
}

/** `period(p)`: a period in the language on screen. */
export function usePeriod(): (period: string, style?: 'long' | 'short') => string {
  const { t, i18n } = useTranslation('flows');
  return (period, style) => periodIn(i18n.language, t, period, style);
}
