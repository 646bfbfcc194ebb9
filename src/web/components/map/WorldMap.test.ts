// The map finds every member state, frames the region, and names each coloured state for screen readers.
import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { centroids } from './centroids';
import { legendEntryFor, stateLabel } from './choropleth';
import { arrowheadPoints } from './flowLines';
import { WorldMap } from './WorldMap';
import { baliProcessExtent, frameExtent, locateState, placeInFrame } from './worldGeometry';

function memberIso3s(): string[] {
  const csv = readFileSync(new URL('../../../../data/members.csv', import.meta.url), 'utf8');
  // iso3 is the third column; quoted names may hold commas, so split on the last four commas.
  return csv
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',').slice(-3)[0])
    .filter((iso3) => iso3 !== '');
}

describe('member states on the map', () => {
  it('finds a shape or a centroid for every member with a code', () => {
    const members = memberIso3s();
    expect(members.length).toBeGreaterThanOrEqual(45);
    const unplaced = members.filter((iso3) => locateState(iso3) === undefined);
    expect(unplaced).toEqual([]);
    const withoutCentroid = members.filter((iso3) => !centroids[iso3]);
    expect(withoutCentroid).toEqual([]);
  });

  it('frames every member but the far-off United States inside the region, Pacific states included', () => {
    const framing = frameExtent();
    const outside = memberIso3s().filter((iso3) => !placeInFrame(framing, centroids[iso3]));
    expect(outside.sort()).toEqual(['USA']);
  });
});

describe('projection of the Bali Process region', () => {
  it('places Jakarta inside the viewport, west of Port Moresby and east of Kabul', () => {
    const framing = frameExtent(baliProcessExtent, 960);
    const jakarta = placeInFrame(framing, [106.85, -6.21]);
    const portMoresby = placeInFrame(framing, [147.18, -9.44]);
    const kabul = placeInFrame(framing, [69.17, 34.53]);
    expect(jakarta).toBeDefined();
    expect(portMoresby).toBeDefined();
    expect(kabul).toBeDefined();
    expect(kabul![0]).toBeLessThan(jakarta![0]);
    expect(jakarta![0]).toBeLessThan(portMoresby![0]);
    expect(framing.height).toBeGreaterThan(400);
  });

  it('keeps Samoa (west longitude) to the east of Fiji rather than wrapping to the far left', () => {
    const framing = frameExtent();
    const fiji = placeInFrame(framing, centroids.FJI)!;
    const samoa = placeInFrame(framing, centroids.WSM)!;
    expect(samoa[0]).toBeGreaterThan(fiji[0]);
  });

  it('points an arrowhead at the destination of a flow', () => {
    const framing = frameExtent();
    const points = arrowheadPoints(framing, { from: centroids.IDN, to: centroids.AUS, width: 4 })!;
    const [tip] = points.split(' ').map((p) => p.split(',').map(Number));
    const australia = framing.projection(centroids.AUS)!;
    expect(tip[0]).toBeCloseTo(australia[0], 0);
    expect(tip[1]).toBeCloseTo(australia[1], 0);
  });
});

describe('choropleth legend', () => {
  const legend = [
    { key: 0, label: 'Under 10', colour: '#eff3ff' },
    { key: 10, label: '10 or more', colour: '#08519c' },
  ];
  it('bins numbers by threshold and names the state with value and bin', () => {
    expect(legendEntryFor(12, legend)?.label).toBe('10 or more');
    expect(legendEntryFor(3, legend)?.label).toBe('Under 10');
    expect(stateLabel('Fiji', 12, legend)).toBe('Fiji: 12 (10 or more)');
  });
});

describe('WorldMap markup', () => {
  it('labels each coloured state with its name and category, and draws the legend', () => {
    const html = renderToStaticMarkup(
      createElement(WorldMap, {
        title: 'People smuggling criminalised, 1 January 2005',
        choropleth: {
          values: { IDN: 'met', AUS: 'met', NRU: 'partly', FRA: 'not-met' },
          legend: [
            { key: 'met', label: 'Met', colour: '#0072B2' },
            { key: 'partly', label: 'Partly met', colour: '#56B4E9' },
            { key: 'not-met', label: 'Not met', colour: '#D55E00' },
          ],
        },
        lines: [{ from: centroids.IDN, to: centroids.AUS, width: 3, label: 'Indonesia to Australia: 120 people' }],
        points: [{ at: centroids.MYS, label: 'Kuala Lumpur transit' }],
      }),
    );
    expect(html).toContain('<title id=');
    expect(html).toContain('People smuggling criminalised, 1 January 2005');
    expect(html).toMatch(/<path[^>]*aria-label="Indonesia: Met"/);
    expect(html).toMatch(/<path[^>]*aria-label="Australia: Met"/);
    // Nauru is a speck at this scale: it is drawn as a focusable dot.
    expect(html).toMatch(/<circle[^>]*aria-label="Nauru: Partly met"/);
    // France is a member through New Caledonia, which takes its colour.
    expect(html).toContain('aria-label="New Caledonia (France): Not met"');
    expect(html).toContain('aria-label="Indonesia to Australia: 120 people"');
    expect(html).toContain('aria-label="Kuala Lumpur transit"');
    expect(html).toContain('>Partly met</text>');
    expect(html).toContain('>No data</text>');
    expect(html).toContain('Met: 2 states.');
  });

  it('offers every known state as a button when states can be selected, values or not', () => {
    const html = renderToStaticMarkup(createElement(WorldMap, { title: 'Choose a state', onSelectState: () => {}, highlight: ['THA'] }));
    expect(html).toMatch(/<path[^>]*role="button"[^>]*aria-label="Thailand"/);
    expect(html).toMatch(/<circle[^>]*role="button"[^>]*aria-label="Singapore"/);
    expect(html).not.toContain('<desc');
  });
});
