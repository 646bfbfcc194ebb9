// Numbers, money and dates in the reader's language (thousands separators, decimal marks): one formatter per language.
import { useTranslation } from 'react-i18next';

const LOCALES: Record<string, string> = { en: 'en-GB', id: 'id-ID', th: 'th-TH' };

/** The locale the portal writes a language in: British English (the Bali Process works in it), Indonesia's, Thailand's. */
export function localeOf(lng: string): string {
  return LOCALES[lng] ?? lng;
}
const cache = new Map<string, Intl.NumberFormat>();

function formatter(lng: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${lng}${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(localeOf(lng), options)));
  return f;
}

/** A number as the reader writes it ("12,500" in English, "12.500" in Bahasa Indonesia). */
/** A number named a year or a (catalogue) version is a name, not an amount: it keeps its digits ("1800", never "1,800"). */
export function keepsItsDigits(name: string): boolean {
  return /year|version/i.test(name);
}

export function formatNumber(lng: string, value: number): string {
  return formatter(lng).format(value);
}

/** An amount of money with its currency, without decimals ("US$4,000"; "US$4.000" in Bahasa Indonesia). */
export function formatMoney(lng: string, value: number, currency = 'USD'): string {
  return formatter(lng, { style: 'currency', currency, currencyDisplay: 'symbol', maximumFractionDigits: 0 }).format(value);
}

/** A share (0..1) as a whole percentage the reader's way ("85%"; "85 %" where the language spaces it). */
export function formatPercent(lng: string, share: number): string {
  return formatter(lng, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A number with exactly `digits` decimals, with the reader's decimal mark ("0.85"; "0,85" in Bahasa Indonesia). */
export function formatFixed(lng: string, value: number, digits: number): string {
  return formatter(lng, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** The formatters of the language on screen. */
export function useFormat() {
  const { i18n } = useTranslation();
  const lng = i18n.language;
  return {
    number: (v: number) => formatNumber(lng, v),
    money: (v: number, currency?: string) => formatMoney(lng, v, currency),
    percent: (share: number) => formatPercent(lng, share),
    fixed: (v: number, digits: number) => formatFixed(lng, v, digits),
  };
}
