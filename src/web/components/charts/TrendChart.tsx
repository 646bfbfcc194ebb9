// A multi-series line chart over dates (SVG), e.g. how many states met a standard each year.
import { type ReactElement, type Ref, useId } from 'react';
import { i18n } from '../../i18n';
import { formatNumber, localeOf } from '../../i18n/format';
import { categoricalColour, fontFamily, mutedTextColour, outlineColour, textColour } from './palette';
import { dateTicks, linear, valueTicks } from './scales';

export interface TrendPoint {
  /** ISO date, e.g. "2005-01-01" */
  date: string;
  value: number;
}

export interface TrendSeries {
  key: string;
  label: string;
  colour?: string;
  points: TrendPoint[];
}

export interface TrendChartProps {
  /** the chart's accessible name, also drawn as its heading */
  title: string;
  series: TrendSeries[];
  /** words for the value axis, e.g. "States" */
  valueLabel?: string;
  /** top of the value axis; the largest value unless given (e.g. the number of member states) */
  valueMax?: number;
  /** 'step' for counts that change on a date and hold until the next change */
  curve?: 'linear' | 'step';
  formatValue?: (value: number) => string;
  width?: number;
  height?: number;
  ref?: Ref<SVGSVGElement>;
}

// Besides colour, each series has its own dash and marker, so the lines stay apart in greyscale.
const dashes = ['', '6 3', '2 3', '8 3 2 3', '12 4'];
type Marker = (x: number, y: number, colour: string) => ReactElement;
const markers: Marker[] = [
  (x, y, c) => <circle cx={x} cy={y} r={3.5} fill={c} />,
  (x, y, c) => <rect x={x - 3.5} y={y - 3.5} width={7} height={7} fill={c} />,
  (x, y, c) => <polygon points={`${x},${y - 4.5} ${x + 4.5},${y + 3.5} ${x - 4.5},${y + 3.5}`} fill={c} />,
  (x, y, c) => <polygon points={`${x},${y - 4.5} ${x + 4.5},${y} ${x},${y + 4.5} ${x - 4.5},${y}`} fill={c} />,
  (x, y, c) => <circle cx={x} cy={y} r={3.5} fill="#fff" stroke={c} strokeWidth={2} />,
];

/** A value the way the reader writes numbers (the language on screen). */
const plainNumber = (v: number) => formatNumber(i18n.language || 'en', v);

function day(date: string): number {
  return Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date);
}

/**
 * How a point's date is said, as precisely as the series is: a year when every point is the 1st of January ("in
 * 2005"), a month when every point is the 1st of a month ("in March 2024"), else the day ("on 3 Mar 2024").
 */
function whenSaid(series: TrendSeries[], lng: string): (date: string) => { key: 'chart.in' | 'chart.on'; when: string } {
  const dates = series.flatMap((s) => s.points.map((p) => p.date.slice(0, 10)));
  const years = dates.every((d) => d.endsWith('-01-01'));
  const months = dates.every((d) => d.endsWith('-01'));
  const options: Intl.DateTimeFormatOptions = years ? { year: 'numeric' } : months ? { year: 'numeric', month: 'long' } : { dateStyle: 'medium' };
  const words = new Intl.DateTimeFormat(localeOf(lng), { ...options, timeZone: 'UTC' });
  return (date) => ({ key: years || months ? 'chart.in' : 'chart.on', when: words.format(day(date.slice(0, 10))) });
}

/** "States that met the standard: 3 in 2005, 20 in 2024." for each series, in the language on screen. */
export function describeTrend(series: TrendSeries[], formatValue = plainNumber, lng = i18n.language || 'en'): string {
  const t = i18n.getFixedT(lng, 'core');
  const when = whenSaid(series, lng);
  const point = (p: TrendPoint) => {
    const { key, when: at } = when(p.date);
    return t(key, { value: formatValue(p.value), when: at });
  };
  return series
    .map((s) => {
      const sorted = [...s.points].sort((a, b) => day(a.date) - day(b.date));
      if (sorted.length === 0) return t('chart.noData', { label: s.label });
      const first = sorted[0];
      const last = sorted[sorted.length - 1];
      const peak = sorted.reduce((a, b) => (b.value > a.value ? b : a));
      const parts = [point(first)];
      if (peak !== first && peak !== last) parts.push(t('chart.peak', { point: point(peak) }));
      if (last !== first) parts.push(point(last));
      return t('chart.series', { label: s.label, points: parts.join(', ') });
    })
    .join(' ');
}

export function TrendChart({
  title,
  series,
  valueLabel,
  valueMax,
  curve = 'linear',
  formatValue = plainNumber,
  width = 640,
  height = 320,
  ref,
}: TrendChartProps) {
  const titleId = useId();
  const descId = useId();
  const times = series.flatMap((s) => s.points.map((p) => day(p.date)));
  const values = series.flatMap((s) => s.points.map((p) => p.value));
  const from = times.length ? Math.min(...times) : Date.UTC(2000, 0, 1);
  const to = times.length ? Math.max(...times) : Date.UTC(2001, 0, 1);
  const yTicks = valueTicks(valueMax ?? Math.max(1, ...values));
  const top = yTicks[yTicks.length - 1];

  const legendRows = Math.ceil(series.length / 3);
  const margin = { top: 34 + legendRows * 18, right: 16, bottom: 30, left: valueLabel ? 58 : 44 };
  const x = linear([from, to === from ? from + 1 : to], [margin.left, width - margin.right]);
  const y = linear([0, top], [height - margin.bottom, margin.top]);
  const legendWidth = (width - margin.left - margin.right) / 3;

  return (
    <svg
      ref={ref}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
      fontFamily={fontFamily}
      style={{ display: 'block', height: 'auto' }}
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{describeTrend(series, formatValue)}</desc>
      <rect width={width} height={height} fill="#fff" />
      <text x={8} y={18} fontSize={14} fontWeight={600} fill={textColour}>
        {title}
      </text>
      {series.map((s, i) => {
        const colour = s.colour ?? categoricalColour(i);
        const lx = margin.left + (i % 3) * legendWidth;
        const ly = 34 + Math.floor(i / 3) * 18;
        return (
          <g key={s.key}>
            <line x1={lx} x2={lx + 22} y1={ly - 4} y2={ly - 4} stroke={colour} strokeWidth={2} strokeDasharray={dashes[i % dashes.length]} />
            {markers[i % markers.length](lx + 11, ly - 4, colour)}
            <text x={lx + 28} y={ly} fontSize={12} fill={textColour}>
              {s.label}
            </text>
          </g>
        );
      })}
      <g fontSize={11} fill={mutedTextColour}>
        {yTicks.map((t) => (
          <g key={t}>
            <line x1={margin.left} x2={width - margin.right} y1={y(t)} y2={y(t)} stroke={t === 0 ? outlineColour : '#e0e0e0'} />
            <text x={margin.left - 6} y={y(t) + 4} textAnchor="end">
              {formatValue(t)}
            </text>
          </g>
        ))}
        {dateTicks(from, to).map((t) => (
          <g key={t.at}>
            <line x1={x(t.at)} x2={x(t.at)} y1={height - margin.bottom} y2={height - margin.bottom + 4} stroke={outlineColour} />
            <text x={x(t.at)} y={height - margin.bottom + 16} textAnchor="middle">
              {t.label}
            </text>
          </g>
        ))}
        {valueLabel && (
          <text transform={`translate(14 ${(margin.top + height - margin.bottom) / 2}) rotate(-90)`} textAnchor="middle" fontSize={12} fill={textColour}>
            {valueLabel}
          </text>
        )}
      </g>
      {series.map((s, i) => {
        const colour = s.colour ?? categoricalColour(i);
        const sorted = [...s.points].sort((a, b) => day(a.date) - day(b.date));
        const coords = sorted.map((p) => [x(day(p.date)), y(p.value)] as const);
        const d = coords
          .map(([px, py], j) => {
            if (j === 0) return `M${px.toFixed(1)},${py.toFixed(1)}`;
            return curve === 'step' ? `H${px.toFixed(1)}V${py.toFixed(1)}` : `L${px.toFixed(1)},${py.toFixed(1)}`;
          })
          .join('');
        return (
          <g key={s.key} data-series={s.key}>
            <path d={d} fill="none" stroke={colour} strokeWidth={2} strokeDasharray={dashes[i % dashes.length]} strokeLinejoin="round" />
            {coords.length <= 40 && coords.map(([px, py], j) => <g key={j}>{markers[i % markers.length](px, py, colour)}</g>)}
          </g>
        );
      })}
    </svg>
  );
}
