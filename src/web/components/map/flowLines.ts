// Geometry of the lines drawn on the map: great-circle arcs with an arrowhead at the destination.
import { geoInterpolate, geoPath } from 'd3-geo';
import type { LonLat } from './centroids';
import type { Framing } from './worldGeometry';

export interface MapLine {
  from: LonLat;
  to: LonLat;
  /** stroke width in map units (the map is 960 wide); see lineWidthForVolume */
  width: number;
  label?: string;
  colour?: string;
}

export interface MapPoint {
  at: LonLat;
  label: string;
  /** radius in map units, 4 unless given */
  size?: number;
}

/** Width proportional to volume, so that a line twice as wide carries twice as many people. */
export function lineWidthForVolume(volume: number, largestVolume: number, widest = 12, narrowest = 1.5): number {
  if (largestVolume <= 0 || volume <= 0) return narrowest;
  return Math.max(narrowest, (volume / largestVolume) * widest);
}

export function arcPath(framing: Framing, line: MapLine): string | undefined {
  const d = geoPath(framing.projection).digits(1)({ type: 'LineString', coordinates: [line.from, line.to] });
  return d ?? undefined;
}

/** Polygon points of an arrowhead whose tip sits on the destination, aligned with the arc's last stretch. */
export function arrowheadPoints(framing: Framing, line: MapLine): string | undefined {
  const { projection } = framing;
  const tip = projection(line.to);
  const before = projection(geoInterpolate(line.from, line.to)(0.97) as LonLat);
  if (!tip || !before) return undefined;
  const [tx, ty] = tip;
  if (tx < 0 || ty < 0 || tx > framing.width || ty > framing.height) return undefined;
  const dx = tx - before[0];
  const dy = ty - before[1];
  const length = Math.hypot(dx, dy);
  if (length < 1e-6) return undefined;
  const ux = dx / length;
  const uy = dy / length;
  const size = 6 + line.width * 1.6;
  const bx = tx - ux * size;
  const by = ty - uy * size;
  const half = size * 0.55;
  const corners = [
    [tx, ty],
    [bx - uy * half, by + ux * half],
    [bx + uy * half, by - ux * half],
  ];
  return corners.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
}
