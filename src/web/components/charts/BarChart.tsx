// Horizontal labelled bars (SVG), plain or stacked by category, e.g. standards met per state.
import { type Ref, useId } from 'react';
import { i18n } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { categoricalColour, fontFamily, mutedTextColour, outlineColour, textColour } from './palette';
import { linear, valueTicks } from './scales';

export interface BarCategory {
  key: string;
  label: string;
  colour?: string;
}

export interface Bar {
  key: string;
  label: string;
  /** a plain bar's length */
  value?: number;
  /** a stacked bar's parts, by category key, drawn in the order of `categories` */
  segments?: Record<string, number>;
}

export interface BarChartProps {
  /** the chart's accessible name, also drawn as its heading */
  title: string;
  bars: Bar[];
  /** given: bars are stacked by these categories, with a legend */
  categories?: BarCategory[];
  /** end of the value axis; the longest bar unless given */
  valueMax?: number;
  formatValue?: (value: number) => string;
  colour?: string;
  width?: number;
  ref?: Ref<SVGSVGElement>;
}

/** A value the way the reader writes numbers (the language on screen). */
const plainNumber = (v: number) => formatNumber(i18n.language || 'en', v);
const rowHeight = 24;
const barThickness = 16;

// Long names are cut with an ellipsis on the bar; the description keeps them whole.
function shorten(label: string, chars: number): string {
  return label.length <= chars ? label : `${label.slice(0, Math.max(1, chars - 1)).trimEnd()}…`;
}

export function barTotal(bar: Bar): number {
  if (bar.segments) return Object.values(bar.segments).reduce((sum, v) => sum + v, 0);
  return bar.value ?? 0;
}

/** "Indonesia: 8 (Met 5, Partly met 3)." for each bar, for the chart's description. */
export function describeBars(bars: Bar[], categories: BarCategory[] | undefined, formatValue = plainNumber): string {
  return bars
    .map((bar) => {
      const parts =
        categories && bar.segments ? categories.filter((c) => bar.segments![c.key]).map((c) => `${c.label} ${formatValue(bar.segments![c.key])}`) : [];
      return `${bar.label}: ${formatValue(barTotal(bar))}${parts.length ? ` (${parts.join(', ')})` : ''}.`;
    })
    .join(' ');
}

export function BarChart({ title, bars, categories, valueMax, formatValue = plainNumber, colour = categoricalColour(0), width = 640, ref }: BarChartProps) {
  const titleId = useId();
  const descId = useId();
  const stacked = categories !== undefined && categories.length > 0;
  const labelWidth = Math.min(width * 0.4, 12 + Math.max(4, ...bars.map((b) => b.label.length)) * 6.6);
  const labelChars = Math.floor((labelWidth - 12) / 6.6);
  const legendHeight = stacked ? 22 : 0;
  const top = 30 + legendHeight;
  const axisHeight = 24;
  const height = top + bars.length * rowHeight + axisHeight;
  const ticks = valueTicks(valueMax ?? Math.max(1, ...bars.map(barTotal)), 4);
  const x = linear([0, ticks[ticks.length - 1]], [labelWidth, width - 48]);
  const fills = (categories ?? []).map((c, i) => c.colour ?? categoricalColour(i));

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
      <desc id={descId}>{describeBars(bars, categories, formatValue)}</desc>
      <rect width={width} height={height} fill="#fff" />
      <text x={8} y={18} fontSize={14} fontWeight={600} fill={textColour}>
        {title}
      </text>
      {stacked &&
        categories.map((c, i) => {
          const lx = labelWidth + i * 130;
          return (
            <g key={c.key}>
              <rect x={lx} y={top - 22} width={12} height={12} fill={fills[i]} stroke={outlineColour} strokeWidth={0.8} />
              <text x={lx + 17} y={top - 12} fontSize={12} fill={textColour}>
                {c.label}
              </text>
            </g>
          );
        })}
      <g fontSize={11} fill={mutedTextColour}>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={top - 4} y2={height - axisHeight + 4} stroke={t === 0 ? outlineColour : '#e6e6e6'} />
            <text x={x(t)} y={height - axisHeight + 16} textAnchor="middle">
              {formatValue(t)}
            </text>
          </g>
        ))}
      </g>
      {bars.map((bar, row) => {
        const y = top + row * rowHeight + (rowHeight - barThickness) / 2;
        const total = barTotal(bar);
        let start = 0;
        const parts =
          stacked && bar.segments
            ? categories.flatMap((c, i) => {
                const v = bar.segments![c.key] ?? 0;
                if (v <= 0) return [];
                const part = { key: c.key, from: start, to: start + v, fill: fills[i] };
                start += v;
                return [part];
              })
            : [{ key: 'value', from: 0, to: total, fill: colour }];
        return (
          <g key={bar.key} data-bar={bar.key}>
            <text x={labelWidth - 8} y={y + barThickness / 2 + 4} textAnchor="end" fontSize={12} fill={textColour}>
              {shorten(bar.label, labelChars)}
            </text>
            {parts.map((p) => (
              <rect
                key={p.key}
                x={x(p.from)}
                y={y}
                width={Math.max(0, x(p.to) - x(p.from))}
                height={barThickness}
                fill={p.fill}
                stroke="#fff"
                strokeWidth={stacked ? 1 : 0}
              />
            ))}
            <text x={x(total) + 5} y={y + barThickness / 2 + 4} fontSize={12} fill={textColour}>
              {formatValue(total)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
