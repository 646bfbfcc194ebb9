// The regional picture: flow map, trends per route or means, fees, emerging routes and a quarterly summary, under reciprocity.
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { aggregatesResponse, emergingResponse, feesResponse, summaryResponse } from '../../../server/modules/flows/schemas';
import { api, query } from '../../api';
import { BarChart } from '../../components/charts/BarChart';
import { TrendChart } from '../../components/charts/TrendChart';
import { centroidOf } from '../../components/map/centroids';
import { lineWidthForVolume } from '../../components/map/flowLines';
import { type MapLine, type MapPoint, WorldMap } from '../../components/map/WorldMap';
import { DemoBadge, ErrorMessage, Field, Loading, Notice, Select, useApi } from '../../components/ui';
import { useFormat } from '../../i18n/format';
import { useMemberNames } from '../../i18n/states';
import { ChartExport } from './ChartExport';
import { usePeriod } from './period';
import { VictimsSection } from './VictimsSection';

type Aggregates = z.infer<typeof aggregatesResponse>;
type Groups = 'route' | 'means' | 'nationality';

function monthsAgo(n: number): string {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - n);
  return d.toISOString().slice(0, 7);
}

export function PicturePage() {
  const { t } = useTranslation('flows');
  const period = usePeriod();
  const [from, setFrom] = useState(monthsAgo(14));
  const [to, setTo] = useState(monthsAgo(2));
  const [groupBy, setGroupBy] = useState<Groups>('route');
  const agg = useApi(() => api.get<Aggregates>(`/api/flows/aggregates${query({ from, to, groupBy })}`), [from, to, groupBy]);
  // The map is always by route: when the table is by route too, one answer serves both (one read, one audit entry).
  const byRoute = useApi(
    () => (groupBy === 'route' ? Promise.resolve(null) : api.get<Aggregates>(`/api/flows/aggregates${query({ from, to, groupBy: 'route' })}`)),
    [from, to, groupBy === 'route'],
  );
  const routes = groupBy === 'route' ? agg : byRoute;
  const fees = useApi(() => api.get<z.infer<typeof feesResponse>>(`/api/flows/fees${query({ from, to })}`), [from, to]);
  const emerging = useApi(() => api.get<z.infer<typeof emergingResponse>>(`/api/flows/emerging${query({ to, months: 3 })}`), [to]);
  const quarter = `${to.slice(0, 4)}-Q${Math.floor((Number(to.slice(5, 7)) - 1) / 3) + 1}`;
  const summary = useApi(() => api.get<z.infer<typeof summaryResponse>>(`/api/flows/summary${query({ quarter })}`), [quarter]);
  const mapRef = useRef<SVGSVGElement>(null);
  const trendRef = useRef<SVGSVGElement>(null);
  const feeRef = useRef<SVGSVGElement>(null);
  const feeTimeRef = useRef<SVGSVGElement>(null);
  const k = agg.data?.minCellSize ?? 5;
  const format = useFormat();
  const nameOf = useMemberNames();
  const shown = (v: number | null) => (v === null ? '—' : format.number(v));
  /** A figure that leaves out another state's count under the minimum in some months, said beside it. */
  const partly = (v: number | null, months: number) =>
    v === null ? '—' : months > 0 ? `${format.number(v)} (${t('leftOutMonths', { count: months, k })})` : format.number(v);

  // Map legs: each published route split into legs; legs shared by routes carry the sum of their migrants.
  const map = useMemo(() => {
    const legs = new Map<string, { from: string; to: string; migrants: number }>();
    const places = new Set<string>();
    for (const r of routes.data?.rows ?? []) {
      if (r.migrants === null) continue;
      const stops = r.key.split('>');
      stops.forEach((s) => places.add(s));
      for (let i = 1; i < stops.length; i++) {
        const key = `${stops[i - 1]}>${stops[i]}`;
        const leg = legs.get(key) ?? { from: stops[i - 1], to: stops[i], migrants: 0 };
        leg.migrants += r.migrants;
        legs.set(key, leg);
      }
    }
    const largest = Math.max(0, ...[...legs.values()].map((l) => l.migrants));
    const lines: MapLine[] = [...legs.values()].flatMap((l) => {
      const a = centroidOf(l.from);
      const b = centroidOf(l.to);
      return a && b
        ? [{ from: a, to: b, width: lineWidthForVolume(l.migrants, largest), label: `${l.from} → ${l.to}: ${format.number(l.migrants)} ${t('migrants')}` }]
        : [];
    });
    const points: MapPoint[] = [...places].flatMap((p) => {
      const at = centroidOf(p);
      return at ? [{ at, label: p }] : [];
    });
    return { lines, points, legs: [...legs.values()] };
  }, [routes.data, t, format.number]);

  const top = (agg.data?.rows ?? [])
    .filter((r) => r.migrants !== null)
    .slice(0, 5)
    .map((r) => r.key);
  // A series is named as the reader says it: a route by its states, a means of travel in words, a nationality by its state.
  const seriesLabel = (key: string) => (groupBy === 'means' ? t(`meansOf.${key}`, { defaultValue: key }) : key.split('>').map(nameOf).join(' → '));
  const trendSeries = top.map((key) => ({
    key,
    label: seriesLabel(key),
    points: (agg.data?.series ?? [])
      .filter((s) => s.key === key && (groupBy === 'nationality' ? s.migrants : s.incidents) !== null)
      .map((s) => ({ date: `${s.month}-01`, value: (groupBy === 'nationality' ? s.migrants : s.incidents) ?? 0 })),
  }));
  const feeRoutes = (fees.data?.routes ?? []).filter((r) => !r.suppressed).slice(0, 8);
  const feeTimeKeys = feeRoutes.slice(0, 4).map((r) => r.route);
  const feeSeries = feeTimeKeys.map((route) => ({
    key: route,
    label: route.split('>').join(' → '),
    points: (fees.data?.overTime ?? [])
      .filter((o) => o.route === route && o.median !== null)
      .map((o) => ({ date: `${o.quarter.slice(0, 4)}-${String((Number(o.quarter.slice(6)) - 1) * 3 + 1).padStart(2, '0')}-01`, value: o.median ?? 0 })),
  }));

  return (
    <>
      <div className="filters">
        <Field label={t('from')} type="month" value={from} onChange={(e) => e.target.value && setFrom(e.target.value)} />
        <Field label={t('to')} type="month" value={to} onChange={(e) => e.target.value && setTo(e.target.value)} />
        <Select
          label={t('groupBy')}
          value={groupBy}
          onChange={(e) => setGroupBy(e.target.value as Groups)}
          options={(['route', 'means', 'nationality'] as const).map((g) => ({ value: g, label: t(`groups.${g}`) }))}
        />
      </div>
      <ErrorMessage error={agg.error ?? routes.error} />
      {agg.data && (
        <Notice>
          <strong>{t(`levels.${agg.data.reciprocity.level}`)}</strong>: {agg.data.reciprocity.reason}{' '}
          {agg.data.demo && (
            <>
              <DemoBadge demo /> {t('demoData')}
            </>
          )}
        </Notice>
      )}

      <h2>{t('flowMap')}</h2>
      {routes.loading && !routes.data ? (
        <Loading />
      ) : (
        <>
          <WorldMap ref={mapRef} title={t('flowMap')} lines={map.lines} points={map.points} />
          <ChartExport svg={mapRef} name={t('flowMap')} rows={map.legs} />
        </>
      )}

      <h2>
        {t('trend')} ({t(`groups.${groupBy}`)})
      </h2>
      {agg.loading && !agg.data ? (
        <Loading />
      ) : trendSeries.length === 0 ? (
        <p>{t('noData')}</p>
      ) : (
        <>
          <TrendChart
            ref={trendRef}
            title={`${t('trend')} (${t(`groups.${groupBy}`)})`}
            series={trendSeries}
            valueLabel={groupBy === 'nationality' ? t('migrants') : t('incidents')}
          />
          <ChartExport svg={trendRef} name={t('trend')} rows={(agg.data?.series ?? []).map((s) => ({ ...s }))} />
        </>
      )}
      {agg.data &&
        (() => {
          const a = agg.data;
          const basis = groupBy === 'nationality' ? 'migrants' : 'incidents';
          const total = a.totals[basis] ?? 0;
          const left = a.totals.withheld[basis];
          return (
            <>
              <p>
                {t(groupBy === 'nationality' ? 'totalMigrants' : 'totalIncidents', { count: total, n: format.number(total) })}{' '}
                {left > 0 && t('totalLeavesOut', { count: left, k })}
              </p>
              <div className="table-scroll" tabIndex={0} role="region" aria-label={t(`groups.${groupBy}`)}>
                <table className="table">
                  <caption>{t(`groups.${groupBy}`)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('key')}</th>
                      <th scope="col">{t('incidents')}</th>
                      <th scope="col">{t('migrants')}</th>
                      <th scope="col">{t('deaths')}</th>
                      <th scope="col">{t('feeMedian')}</th>
                      <th scope="col">{t('withheld')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {a.rows.map((r) => (
                      <tr key={r.key}>
                        <th scope="row">{groupBy === 'means' ? t(`meansOf.${r.key}`, { defaultValue: r.key }) : r.key.split('>').join(' → ')}</th>
                        <td>{groupBy === 'nationality' ? '—' : shown(r.incidents)}</td>
                        <td>{shown(r.migrants)}</td>
                        <td>{groupBy === 'nationality' ? '—' : shown(r.deaths)}</td>
                        <td>{r.feeMeanUsd === null ? '—' : format.money(r.feeMeanUsd)}</td>
                        <td>{format.number(r.withheld[basis])}</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row">{t('total')}</th>
                      <td>{groupBy === 'nationality' ? '—' : shown(a.totals.incidents)}</td>
                      <td>{shown(a.totals.migrants)}</td>
                      <td>{groupBy === 'nationality' ? '—' : shown(a.totals.deaths)}</td>
                      <td>—</td>
                      <td>{format.number(left)}</td>
                    </tr>
                  </tfoot>
                </table>
              </div>
            </>
          );
        })()}

      {agg.data && agg.data.contributions.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('contributions')}>
          <table className="table">
            <caption>
              {t('contributions')}. {t('contributionsNote', { k })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('state')}</th>
                <th scope="col">{t('key')}</th>
                <th scope="col">{t('months')}</th>
                <th scope="col">{t('incidents')}</th>
                <th scope="col">{t('migrants')}</th>
                <th scope="col">{t('deaths')}</th>
              </tr>
            </thead>
            <tbody>
              {agg.data.contributions.slice(0, 200).map((c) => (
                <tr key={`${c.state}${c.key}`}>
                  <td>{c.state}</td>
                  <td>{c.key.split('>').join(' → ')}</td>
                  <td>{format.number(c.months)}</td>
                  <td>{shown(c.incidents)}</td>
                  <td>{partly(c.migrants, c.withheld.migrants)}</td>
                  <td>{groupBy === 'nationality' ? '—' : partly(c.deaths, c.withheld.deaths)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2>{t('fees')}</h2>
      <ErrorMessage error={fees.error} />
      {feeRoutes.length > 0 && (
        <>
          <BarChart
            ref={feeRef}
            title={t('fees')}
            bars={feeRoutes.map((r) => ({ key: r.route, label: r.route.split('>').join(' → '), value: r.median ?? 0 }))}
            formatValue={(v) => format.money(v)}
          />
          <ChartExport svg={feeRef} name={t('fees')} rows={(fees.data?.routes ?? []).map((r) => ({ ...r }))} />
          <TrendChart ref={feeTimeRef} title={t('feesOverTime')} series={feeSeries} valueLabel="USD" />
          <ChartExport svg={feeTimeRef} name={t('feesOverTime')} rows={(fees.data?.overTime ?? []).map((r) => ({ ...r }))} />
        </>
      )}

      <h2>{t('emerging')}</h2>
      {emerging.data &&
        (emerging.data.routes.length === 0 ? (
          <p>{t('noData')}</p>
        ) : (
          <table className="table">
            <caption>
              {t('emerging')}: {emerging.data.current.from} – {emerging.data.current.to} / {emerging.data.previous.from} – {emerging.data.previous.to}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('groups.route')}</th>
                <th scope="col">{t('current')}</th>
                <th scope="col">{t('previous')}</th>
                <th scope="col">{t('change')}</th>
              </tr>
            </thead>
            <tbody>
              {emerging.data.routes.map((r) => (
                <tr key={r.route}>
                  <td>{r.route.split('>').join(' → ')}</td>
                  <td>{format.number(r.current)}</td>
                  <td>{format.number(r.previous)}</td>
                  <td>
                    +{format.number(r.change)}
                    {r.changePercent !== null ? ` (${format.number(r.changePercent)}%)` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}

      <VictimsSection from={from} to={to} />

      <h2>
        {t('summary')}: {period(quarter)}
      </h2>
      {summary.data && (
        <div className="card">
          {summary.data.sentences.map((s) => (
            <p key={s}>{s}</p>
          ))}
        </div>
      )}
    </>
  );
}
