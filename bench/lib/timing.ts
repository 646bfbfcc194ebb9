// Timing for benchmarks: the median of several runs and the spread it came from.

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** Median with the range it came from: what every interleaved benchmark reports. */
export function spread(values: readonly number[]): Spread {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values.length };
}

/** "123 (110-140)" in whole milliseconds, or with `digits` decimals. */
export function formatSpread(s: Spread | undefined, digits = 0): string {
  if (!s) return '-';
  const f = (v: number) => v.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return `${f(s.median)} (${f(s.min)}-${f(s.max)})`;
}
