// State boundaries from world-atlas (bundled, no tiles) and the projection that frames the Bali Process region.

import { type GeoPath, type GeoProjection, type GeoStream, geoMercator, geoPath, geoTransform } from 'd3-geo';
import type { Feature, MultiPoint, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
// 50m rather than 110m: the 110m file drops Singapore, Hong Kong, Macau, the Maldives and most Pacific members.
import world from 'world-atlas/countries-50m.json';
import { centroids, type LonLat } from './centroids';
import { type Iso3, iso3ByNumeric } from './countryCodes';

export interface StateShape {
  /** undefined for shapes outside the code table (they are drawn, but cannot carry a value) */
  iso3: Iso3 | undefined;
  name: string;
  feature: Feature<Polygon | MultiPolygon>;
}

type AtlasProperties = { name: string };
const topology = world as unknown as Topology<{ countries: GeometryCollection<AtlasProperties> }>;
const collection = feature(topology, topology.objects.countries);

export const stateShapes: readonly StateShape[] = collection.features.map((f) => {
  const code = f.id === undefined ? undefined : iso3ByNumeric.get(String(f.id));
  return {
    iso3: code?.iso3,
    name: code?.name ?? f.properties.name,
    feature: f as Feature<Polygon | MultiPolygon>,
  };
});

export const iso3WithShape: ReadonlySet<Iso3> = new Set(stateShapes.flatMap((s) => (s.iso3 ? [s.iso3] : [])));

/** [[west, south], [east, north]] in degrees; east may exceed 180 to run across the antimeridian. */
export type Extent = [[west: number, south: number], [east: number, north: number]];

/** Middle East to the Pacific: all of Türkiye and Jordan in the west, Samoa and Tonga (past 180°) in the east. */
export const baliProcessExtent: Extent = [
  [25, -50],
  [190, 55],
];

export interface Framing {
  projection: GeoProjection;
  width: number;
  height: number;
}

function extentOutline([[west, south], [east, north]]: Extent): MultiPoint {
  // A grid of points rather than a polygon: fitting to points has no winding-order pitfalls.
  const coordinates: LonLat[] = [];
  for (let lon = west; lon <= east; lon += 5) coordinates.push([lon, south], [lon, north]);
  for (let lat = south; lat <= north; lat += 5) coordinates.push([west, lat], [east, lat]);
  coordinates.push([east, south], [east, north]);
  return { type: 'MultiPoint', coordinates };
}

/**
 * A Mercator projection rotated to the extent's middle meridian, so that a region that crosses 180°
 * (Fiji, Samoa, Tonga, Kiribati) is drawn in one piece, scaled to the given width.
 */
export function frameExtent(extent: Extent = baliProcessExtent, width = 960): Framing {
  const middle = (extent[0][0] + extent[1][0]) / 2;
  const projection = geoMercator().rotate([-middle, 0]);
  const outline = extentOutline(extent);
  projection.fitWidth(width, outline);
  const [[, y0], [, y1]] = geoPath(projection).bounds(outline);
  const height = Math.ceil(y1 - Math.min(0, y0));
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  return { projection, width, height };
}

/**
 * A path generator for state outlines in a framing. Boundaries are dense enough not to need d3's
 * adaptive resampling (which great-circle lines do need), and points closer than `minGap` map units
 * to the last one kept are dropped: 40% less path data at this scale with no visible change.
 */
export function shapePath(extent: Extent, width = 960, minGap = 0.8): GeoPath {
  const { projection } = frameExtent(extent, width);
  projection.precision(0);
  let lastX = 0;
  let lastY = 0;
  let first = true;
  const thinning = geoTransform({
    lineStart(this: { stream: GeoStream }) {
      first = true;
      this.stream.lineStart();
    },
    point(this: { stream: GeoStream }, x: number, y: number) {
      if (!first && Math.abs(x - lastX) + Math.abs(y - lastY) < minGap) return;
      this.stream.point(x, y);
      lastX = x;
      lastY = y;
      first = false;
    },
  });
  return geoPath({ stream: (output) => projection.stream(thinning.stream(output)) }).digits(1);
}

/** The projected point of a [lon, lat], or undefined when it falls outside the framed viewport. */
export function placeInFrame(framing: Framing, at: LonLat): [number, number] | undefined {
  const p = framing.projection(at);
  if (!p || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return undefined;
  if (p[0] < 0 || p[0] > framing.width || p[1] < 0 || p[1] > framing.height) return undefined;
  return [p[0], p[1]];
}

/** Where a state is: its shape when the atlas has one, else the centroid that stands in for it. */
export function locateState(iso3: Iso3): 'shape' | 'centroid' | undefined {
  if (iso3WithShape.has(iso3)) return 'shape';
  if (centroids[iso3]) return 'centroid';
  return undefined;
}
