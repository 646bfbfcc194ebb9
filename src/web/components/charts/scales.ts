// Axis arithmetic for the hand-drawn charts: round-number value ticks and calendar date ticks.

/** Ticks from 0 to a round number at or above max, at steps of 1, 2 or 5 times a power of ten. */
export function valueTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let v = 0; v < max + step - 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

export interface DateTick {
  at: number;
  label: string;
}

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Year ticks (every 1, 2, 5 or 10 years) over spans of two years or more, month ticks below that; UTC. */
export function dateTicks(from: number, to: number, most = 8): DateTick[] {
  const start = new Date(from);
  const end = new Date(to);
  const years = end.getUTCFullYear() - start.getUTCFullYear();
  const ticks: DateTick[] = [];
  if (years >= 2) {
    const step = [1, 2, 5, 10, 20, 50].find((s) => years / s <= most) ?? 100;
    const first = Math.ceil(start.getUTCFullYear() / step) * step;
    for (let y = first; y <= end.getUTCFullYear(); y += step) {
      const at = Date.UTC(y, 0, 1);
      if (at >= from && at <= to) ticks.push({ at, label: String(y) });
    }
    return ticks;
  }
  const months = years * 12 + end.getUTCMonth() - start.getUTCMonth();
  const step = [1, 2, 3, 6].find((s) => months / s <= most) ?? 12;
  for (let m = 0; m <= months + 1; m += step) {
    const at = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + m, 1);
    const d = new Date(at);
    if (at >= from && at <= to) ticks.push({ at, label: `${monthNames[d.getUTCMonth()]} ${d.getUTCFullYear()}` });
  }
  return ticks;
}

export function linear(domain: [number, number], range: [number, number]): (v: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}
