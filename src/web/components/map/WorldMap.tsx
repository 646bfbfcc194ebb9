// An offline SVG map of the Bali Process region: a choropleth of states, flow and route lines, and labelled points.
import { type KeyboardEvent, type Ref, useId, useMemo, useState } from 'react';
import { useMemberNames } from '../../i18n/states';
import { fontFamily, noDataColour, outlineColour, textColour } from '../charts/palette';
import { centroids, type LonLat } from './centroids';
import { type Choropleth, legendEntryFor, mapWords, stateLabel, summarise, valueOf } from './choropleth';
import { countryByIso3, type Iso3 } from './countryCodes';
import { arcPath, arrowheadPoints, type MapLine, type MapPoint } from './flowLines';
import { baliProcessExtent, type Extent, type Framing, frameExtent, placeInFrame, shapePath, stateShapes } from './worldGeometry';

export type { Choropleth, LegendEntry } from './choropleth';
export type { MapLine, MapPoint } from './flowLines';

export interface WorldMapProps {
  /** the map's accessible name, also drawn in exported images */
  title: string;
  choropleth?: Choropleth;
  lines?: MapLine[];
  points?: MapPoint[];
  onSelectState?: (iso3: Iso3) => void;
  highlight?: Iso3[];
  /** the Bali Process region unless given */
  extent?: Extent;
  /** the <svg>, for exportImage */
  ref?: Ref<SVGSVGElement>;
}

interface DrawnState {
  key: string;
  iso3: Iso3 | undefined;
  name: string;
  /** a path, or a dot for a state too small (or absent) to see at this scale */
  d?: string;
  dot?: [number, number];
  anchor: [number, number];
}

// Below this projected area (square map units) a state is drawn as a dot so it can be seen and clicked.
const smallestVisibleArea = 8;
const framedStates = new Map<string, DrawnState[]>();

function drawStates(framing: Framing, extent: Extent): DrawnState[] {
  const cacheKey = JSON.stringify(extent);
  const cached = framedStates.get(cacheKey);
  if (cached) return cached;
  const path = shapePath(extent, framing.width);
  const drawn: DrawnState[] = [];
  const shown = new Set<Iso3>();
  stateShapes.forEach((shape, i) => {
    const d = path(shape.feature);
    if (!d) return;
    const centroid = shape.iso3 ? centroids[shape.iso3] : undefined;
    const anchor = (centroid && placeInFrame(framing, centroid)) ?? path.centroid(shape.feature);
    const small = path.area(shape.feature) < smallestVisibleArea && centroid !== undefined;
    drawn.push({ key: `s${i}`, iso3: shape.iso3, name: shape.name, d, anchor, dot: small ? anchor : undefined });
    if (shape.iso3) shown.add(shape.iso3);
  });
  for (const [iso3, at] of Object.entries(centroids)) {
    const place = placeInFrame(framing, at);
    if (shown.has(iso3) || !place) continue;
    drawn.push({ key: `c${iso3}`, iso3, name: countryByIso3.get(iso3)?.name ?? iso3, dot: place, anchor: place });
  }
  framedStates.set(cacheKey, drawn);
  return drawn;
}

interface Tip {
  id: string;
  text: string;
  at: [number, number];
}

export function WorldMap({ title, choropleth, lines = [], points = [], onSelectState, highlight = [], extent = baliProcessExtent, ref }: WorldMapProps) {
  const titleId = useId();
  const descId = useId();
  const [tip, setTip] = useState<Tip | null>(null);
  const framing = useMemo(() => frameExtent(extent), [extent]);
  const states = useMemo(() => drawStates(framing, extent), [framing, extent]);
  // A member by the app's name for it in the language on screen; other states by the boundary data's English name.
  const memberName = useMemberNames();
  const nameOf = (state: DrawnState) => {
    const named = state.iso3 ? memberName(state.iso3) : state.name;
    return named === state.iso3 ? state.name : named;
  };
  const highlighted = new Set(highlight.map((h) => h.toUpperCase()));
  const legend = choropleth?.legend ?? [];
  const { width, height } = framing;

  const show = (id: string, text: string, at: [number, number]) => () => setTip({ id, text, at });
  const hide = (id: string) => () => setTip((current) => (current?.id === id ? null : current));
  const select = (iso3: Iso3) => (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onSelectState?.(iso3);
  };

  const stateElements = states.map((state) => {
    const value = valueOf(choropleth, state.iso3);
    const fill = legendEntryFor(value, legend)?.colour ?? noDataColour;
    const interactive = state.iso3 !== undefined && (value !== undefined || onSelectState !== undefined);
    const label = stateLabel(nameOf(state), value, legend);
    const common = {
      fill,
      stroke: outlineColour,
      strokeWidth: 0.4,
      'data-iso3': state.iso3,
    };
    const access = interactive
      ? {
          tabIndex: 0,
          role: onSelectState ? 'button' : 'img',
          'aria-label': label,
          onMouseEnter: show(state.key, label, state.anchor),
          onFocus: show(state.key, label, state.anchor),
          onMouseLeave: hide(state.key),
          onBlur: hide(state.key),
          onClick: onSelectState ? () => onSelectState(state.iso3 as Iso3) : undefined,
          onKeyDown: onSelectState ? select(state.iso3 as Iso3) : undefined,
          style: onSelectState ? { cursor: 'pointer' } : undefined,
        }
      : { 'aria-hidden': true };
    if (state.dot) {
      return (
        <g key={state.key}>
          {state.d && <path d={state.d} {...common} aria-hidden />}
          <circle cx={state.dot[0]} cy={state.dot[1]} r={3.5} {...common} strokeWidth={1} {...access} />
        </g>
      );
    }
    return <path key={state.key} d={state.d} {...common} {...access} />;
  });

  const outlined = states.filter((s) => (s.iso3 && highlighted.has(s.iso3)) || s.key === tip?.id);

  return (
    <figure style={{ position: 'relative', margin: 0 }}>
      <svg
        ref={ref}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="group"
        aria-roledescription="map"
        aria-labelledby={titleId}
        aria-describedby={choropleth ? descId : undefined}
        fontFamily={fontFamily}
        style={{ display: 'block', height: 'auto' }}
      >
        <title id={titleId}>{title}</title>
        {choropleth && <desc id={descId}>{summarise(choropleth)}</desc>}
        <rect width={width} height={height} fill="#f7fafc" aria-hidden />
        <g>{stateElements}</g>
        <g fill="none" stroke="#000" pointerEvents="none" aria-hidden>
          {outlined.map((s) =>
            s.dot ? (
              <circle key={s.key} cx={s.dot[0]} cy={s.dot[1]} r={5} strokeWidth={2} />
            ) : (
              <path key={s.key} d={s.d} strokeWidth={s.key === tip?.id ? 2 : 1.5} />
            ),
          )}
        </g>
        <g>
          {lines.map((line, i) => {
            const d = arcPath(framing, line);
            if (!d) return null;
            const colour = line.colour ?? '#D55E00';
            const head = arrowheadPoints(framing, line);
            const id = `l${i}`;
            const end = placeInFrame(framing, line.to) ?? placeInFrame(framing, line.from) ?? [width / 2, height / 2];
            const access = line.label
              ? {
                  tabIndex: 0,
                  role: 'img',
                  'aria-label': line.label,
                  onMouseEnter: show(id, line.label, end),
                  onFocus: show(id, line.label, end),
                  onMouseLeave: hide(id),
                  onBlur: hide(id),
                }
              : { 'aria-hidden': true };
            return (
              <g key={id} {...access}>
                <path d={d} fill="none" stroke={colour} strokeWidth={line.width} strokeLinecap="round" strokeOpacity={0.85} />
                {head && <polygon points={head} fill={colour} stroke="#fff" strokeWidth={0.8} />}
              </g>
            );
          })}
        </g>
        <g>
          {points.map((point, i) => {
            const at = placeInFrame(framing, point.at);
            if (!at) return null;
            const r = point.size ?? 4;
            const id = `p${i}`;
            return (
              <g
                key={id}
                tabIndex={0}
                role="img"
                aria-label={point.label}
                onMouseEnter={show(id, point.label, at)}
                onFocus={show(id, point.label, at)}
                onMouseLeave={hide(id)}
                onBlur={hide(id)}
              >
                <circle cx={at[0]} cy={at[1]} r={r} fill={textColour} stroke="#fff" strokeWidth={1.5} />
                <text x={at[0] + r + 3} y={at[1] + 4} fontSize={11} fill={textColour} stroke="#fff" strokeWidth={3} paintOrder="stroke" aria-hidden>
                  {point.label}
                </text>
              </g>
            );
          })}
        </g>
        {choropleth && <MapLegend choropleth={choropleth} height={height} />}
      </svg>
      {tip && <MapTooltip tip={tip} width={width} height={height} />}
    </figure>
  );
}

function MapLegend({ choropleth, height }: { choropleth: Choropleth; height: number }) {
  const rows = [...choropleth.legend, { key: '', label: choropleth.noDataLabel ?? mapWords('mapNoData', 'No data'), colour: noDataColour }];
  const rowHeight = 18;
  const boxWidth = 34 + Math.max(...rows.map((r) => r.label.length)) * 6.6;
  const boxHeight = rows.length * rowHeight + 10;
  return (
    <g role="list" aria-label={mapWords('mapLegend', 'Legend')} transform={`translate(8 ${height - boxHeight - 8})`}>
      <rect width={boxWidth} height={boxHeight} fill="#fff" fillOpacity={0.92} stroke={outlineColour} strokeWidth={0.5} rx={3} />
      {rows.map((row, i) => (
        <g key={`${row.key}-${i}`} role="listitem" transform={`translate(8 ${5 + i * rowHeight})`}>
          <rect width={14} height={12} y={2} fill={row.colour} stroke={outlineColour} strokeWidth={0.8} />
          <text x={20} y={12} fontSize={12} fill={textColour}>
            {row.label}
          </text>
        </g>
      ))}
    </g>
  );
}

function MapTooltip({ tip, width, height }: { tip: Tip; width: number; height: number }) {
  const [x, y] = tip.at as LonLat;
  return (
    <div
      aria-hidden
      style={{
        position: 'absolute',
        left: `${(x / width) * 100}%`,
        top: `${(y / height) * 100}%`,
        transform: 'translate(-50%, calc(-100% - 8px))',
        background: '#fff',
        color: textColour,
        border: `1px solid ${outlineColour}`,
        borderRadius: 3,
        padding: '2px 6px',
        fontSize: 13,
        fontFamily,
        whiteSpace: 'nowrap',
        pointerEvents: 'none',
        boxShadow: '0 1px 3px rgba(0,0,0,0.25)',
      }}
    >
      {tip.text}
    </div>
  );
}
