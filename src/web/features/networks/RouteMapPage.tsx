// The route map: legs drawn on the offline world map, widths by people moved, transit points, filterable by year.
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { downloadPng, downloadSvg } from '../../components/exportImage';
import { lineWidthForVolume } from '../../components/map/flowLines';
import { type MapLine, type MapPoint, WorldMap } from '../../components/map/WorldMap';
import { ErrorMessage, Loading, Select, useApi } from '../../components/ui';
import type { Leg, Place, RouteView } from './types';

const at = (p: Place): [number, number] => [p.longitude ?? 0, p.latitude ?? 0];

export function RouteMapPage() {
  const { t } = useTranslation('networks');
  const { data, error, loading } = useApi(() => api.get<{ routes: RouteView[]; looseLegs: Leg[] }>('/api/networks/routes'), []);
  const [year, setYear] = useState('');
  const svg = useRef<SVGSVGElement>(null);
  const legs = useMemo(() => (data ? [...data.routes.flatMap((r) => r.legs), ...data.looseLegs] : []), [data]);
  const years = [...new Set(legs.map((l) => l.startDate?.slice(0, 4)).filter((y): y is string => !!y))].sort();
  const shown = legs.filter((l) => l.from?.latitude != null && l.to?.latitude != null && (!year || l.startDate?.startsWith(year)));
  // Legs between the same two places are one line whose width is the people moved over the period shown.
  const segments = new Map<string, { from: Place; to: Place; people: number }>();
  for (const l of shown) {
    const stops = [l.from!, ...l.transit.filter((p) => p.latitude != null), l.to!];
    for (let i = 1; i < stops.length; i++) {
      const key = `${stops[i - 1].id}>${stops[i].id}`;
      const s = segments.get(key) ?? { from: stops[i - 1], to: stops[i], people: 0 };
      s.people += l.peopleMoved ?? 0;
      segments.set(key, s);
    }
  }
  const largest = Math.max(0, ...[...segments.values()].map((s) => s.people));
  const lines: MapLine[] = [...segments.values()].map((s) => ({
    from: at(s.from),
    to: at(s.to),
    width: lineWidthForVolume(s.people, largest),
    label: `${s.from.name} → ${s.to.name}: ${t('people', { count: s.people })}`,
  }));
  const places = new Map<string, Place>();
  for (const l of shown) for (const p of [l.from!, l.to!, ...l.transit]) if (p.latitude != null) places.set(p.id, p);
  const points: MapPoint[] = [...places.values()].map((p) => ({ at: at(p), label: p.name }));
  if (loading) return <Loading />;
  return (
    <>
      <ErrorMessage error={error} />
      <div className="filters">
        <Select
          label={t('year')}
          value={year}
          onChange={(e) => setYear(e.target.value)}
          options={[{ value: '', label: t('allYears') }, ...years.map((y) => ({ value: y, label: y }))]}
        />
        <button type="button" onClick={() => svg.current && downloadPng(svg.current, 'network routes')}>
          {t('exportPng')}
        </button>
        <button type="button" onClick={() => svg.current && downloadSvg(svg.current, 'network routes')}>
          {t('exportSvg')}
        </button>
      </div>
      {legs.length === 0 ? (
        <p>{t('noRoutes')}</p>
      ) : (
        <WorldMap
          ref={svg}
          title={t('routeMap')}
          lines={lines}
          points={points}
          extent={[
            [70, -20],
            [135, 15],
          ]}
        />
      )}
      <table className="table">
        <caption>{t('routeMap')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('leg')}</th>
            <th scope="col">{t('mode')}</th>
            <th scope="col">{t('from')}</th>
            <th scope="col">{t('transit')}</th>
            <th scope="col">{t('to')}</th>
            <th scope="col">{t('dates')}</th>
            <th scope="col">{t('people', { count: 0 }).replace('0', '').trim()}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((l) => (
            <tr key={l.id}>
              <td>{l.caption}</td>
              <td>{l.mode ?? ''}</td>
              <td>{l.from?.name}</td>
              <td>{l.transit.map((p) => p.name).join(', ')}</td>
              <td>{l.to?.name}</td>
              <td>
                {l.startDate} – {l.endDate}
              </td>
              <td>{l.peopleMoved ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
