// Colour-blind-safe colours shared by the map and the charts, chosen to stay distinct under the common colour vision deficiencies.

/** Okabe & Ito's categorical palette (black and yellow left out: black is the text colour, yellow fades on white). */
export const categoricalColours = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#56B4E9', '#E69F00'] as const;

export const textColour = '#1a1a1a';
export const mutedTextColour = '#4d4d4d';
/** Outline for swatches and shapes: gives light fills a 3:1 edge against the white background. */
export const outlineColour = '#595959';
export const noDataColour = '#e3e3e3';
export const fontFamily = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export function categoricalColour(index: number): string {
  return categoricalColours[index % categoricalColours.length];
}
