// The trend and bar charts draw their series and bars and describe them in words for screen readers.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { core } from '../../i18n/core';
import { type Bar, BarChart, describeBars } from './BarChart';
import { dateTicks, valueTicks } from './scales';
import { describeTrend, TrendChart } from './TrendChart';

const coverage = [
  {
    key: 'smuggling',
    label: 'Smuggling criminalised',
    points: [
      { date: '2002-01-01', value: 4 },
      { date: '2005-01-01', value: 12 },
      { date: '2024-01-01', value: 38 },
    ],
  },
  {
    key: 'trafficking',
    label: 'Trafficking criminalised',
    points: [
      { date: '2002-01-01', value: 9 },
      { date: '2024-01-01', value: 44 },
    ],
  },
];

// The app's own i18next instance, with the shell's words (the app sets it up in the browser with every catalogue).
await i18n.init({
  resources: { en: { core: core.en }, id: { core: core.id }, th: { core: core.th } },
  lng: 'en',
  defaultNS: 'core',
  interpolation: { escapeValue: false },
});

describe('TrendChart', () => {
  it('names itself, describes each series from first to last value, and draws a line per series', () => {
    const html = renderToStaticMarkup(
      createElement(TrendChart, { title: 'Regional coverage', series: coverage, valueLabel: 'States', valueMax: 45, curve: 'step' }),
    );
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect(html).toContain('<title id=');
    expect(html).toContain('Smuggling criminalised: 4 in 2002, 38 in 2024.');
    expect(html.match(/data-series=/g)).toHaveLength(2);
    expect(html).toContain('>2010</text>');
    expect(html).toContain('>States</text>');
  });

  const alerts = (dates: string[]) => [{ key: 'a', label: 'Alerts', points: dates.map((date, i) => ({ date, value: [1, 9, 2][i] })) }];

  it('mentions a peak between first and last, each point as precisely as the series is dated', () => {
    expect(describeTrend(alerts(['2024-01-01', '2024-03-01', '2024-06-01']))).toBe('Alerts: 1 in January 2024, peak 9 in March 2024, 2 in June 2024.');
    expect(describeTrend(alerts(['2024-01-03', '2024-03-01', '2024-06-01']))).toBe('Alerts: 1 on 3 Jan 2024, peak 9 on 1 Mar 2024, 2 on 1 Jun 2024.');
  });

  it("describes a series in the reader's language, never as ISO dates", () => {
    expect(describeTrend(alerts(['2024-01-01', '2024-03-01', '2024-06-01']), undefined, 'id')).toBe(
      'Alerts: 1 pada Januari 2024, puncak 9 pada Maret 2024, 2 pada Juni 2024.',
    );
    expect(describeTrend(alerts(['2024-01-01', '2024-03-01']), undefined, 'th')).not.toMatch(/2024-0|on|peak/);
    expect(describeTrend([{ key: 'b', label: 'Alerts', points: [] }], undefined, 'id')).toBe('Alerts: tidak ada data.');
  });
});

describe('BarChart', () => {
  const categories = [
    { key: 'met', label: 'Met' },
    { key: 'partly', label: 'Partly met' },
  ];
  const bars: Bar[] = [
    { key: 'IDN', label: 'Indonesia', segments: { met: 5, partly: 3 } },
    { key: 'FJI', label: 'Fiji', segments: { met: 2 } },
  ];
  it('stacks categories, shows totals and a legend, and describes each bar', () => {
    const html = renderToStaticMarkup(createElement(BarChart, { title: 'Standards met', bars, categories }));
    expect(html).toContain('>Indonesia</text>');
    expect(html).toContain('>8</text>');
    expect(html).toContain('>Partly met</text>');
    expect(html).toContain('Indonesia: 8 (Met 5, Partly met 3). Fiji: 2 (Met 2).');
  });

  it('describes plain bars by value', () => {
    expect(describeBars([{ key: 'a', label: 'Alerts', value: 1200 }], undefined)).toBe('Alerts: 1,200.');
  });
});

describe('axis ticks', () => {
  it('rounds the value axis up to a round step', () => {
    expect(valueTicks(45)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(valueTicks(7, 4)).toEqual([0, 2, 4, 6, 8]);
  });

  it('uses years over long spans and months over short ones', () => {
    const years = dateTicks(Date.UTC(2002, 0, 1), Date.UTC(2024, 0, 1)).map((t) => t.label);
    expect(years).toEqual(['2005', '2010', '2015', '2020']);
    const months = dateTicks(Date.UTC(2024, 0, 1), Date.UTC(2024, 5, 1)).map((t) => t.label);
    expect(months[0]).toBe('Jan 2024');
    expect(months).toContain('Jun 2024');
  });
});
