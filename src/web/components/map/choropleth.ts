// How a choropleth value becomes a colour, a legend entry and the words a screen reader says for a state.
import { i18n } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import type { Iso3 } from './countryCodes';
import { valueOwner } from './countryCodes';

export type ChoroplethValue = string | number;

/** A category (key matches a string value) or a threshold bin (numeric key: values from key up to the next key). */
export interface LegendEntry {
  key: string | number;
  label: string;
  colour: string;
}

export interface Choropleth {
  values: Record<Iso3, ChoroplethValue>;
  legend: LegendEntry[];
  /** label for states without a value; "No data" unless given */
  noDataLabel?: string;
}

export function valueOf(choropleth: Choropleth | undefined, iso3: Iso3 | undefined): ChoroplethValue | undefined {
  if (!choropleth || !iso3) return undefined;
  const own = choropleth.values[iso3];
  if (own !== undefined) return own;
  const owner = valueOwner[iso3];
  return owner === undefined ? undefined : choropleth.values[owner];
}

export function legendEntryFor(value: ChoroplethValue | undefined, legend: readonly LegendEntry[]): LegendEntry | undefined {
  if (value === undefined) return undefined;
  const exact = legend.find((entry) => String(entry.key) === String(value));
  if (exact || typeof value !== 'number') return exact;
  let bin: LegendEntry | undefined;
  for (const entry of legend) {
    if (typeof entry.key !== 'number' || entry.key > value) continue;
    if (!bin || entry.key > (bin.key as number)) bin = entry;
  }
  return bin;
}

export function describeValue(value: ChoroplethValue, entry: LegendEntry | undefined): string {
  if (typeof value === 'number') {
    const shown = formatNumber(i18n.language || 'en', value);
    return entry && entry.label !== shown ? `${shown} (${entry.label})` : shown;
  }
  return entry?.label ?? value;
}

/** The accessible name of a state on the map: "Indonesia: Met", or just the name when it has no value. */
export function stateLabel(name: string, value: ChoroplethValue | undefined, legend: readonly LegendEntry[]): string {
  if (value === undefined) return name;
  return `${name}: ${describeValue(value, legendEntryFor(value, legend))}`;
}

/**
 * The map's own words in the reader's language; English where no language is set up (server-side rendering in tests).
 */
export function mapWords(key: 'mapLegend' | 'mapNoData' | 'mapStates', english: string, params: Record<string, string | number> = {}): string {
  const said = i18n.isInitialized ? i18n.t(`app.${key}`, { ns: 'core', ...params }) : undefined;
  return typeof said === 'string' && said !== `app.${key}` ? said : english;
}

/** One sentence per legend entry ("Met: 12 states."), for the map's description. */
export function summarise(choropleth: Choropleth): string {
  const counts = new Map<LegendEntry, number>();
  for (const value of Object.values(choropleth.values)) {
    const entry = legendEntryFor(value, choropleth.legend);
    if (entry) counts.set(entry, (counts.get(entry) ?? 0) + 1);
  }
  return choropleth.legend
    .map((entry) => {
      const n = counts.get(entry) ?? 0;
      return mapWords('mapStates', `${entry.label}: ${n} ${n === 1 ? 'state' : 'states'}.`, { label: entry.label, count: n });
    })
    .join(' ');
}
