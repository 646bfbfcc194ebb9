// The timeline: events and legs in date order, exportable as an image.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { downloadPng, downloadSvg } from '../../components/exportImage';
import { DemoBadge, ErrorMessage, Loading, useApi } from '../../components/ui';
import type { TimelineEvent } from './types';

const colours: Record<string, string> = {
  interception: '#d55e00',
  arrest: '#cc79a7',
  departure: '#0072b2',
  landing: '#009e73',
  payment: '#e69f00',
  leg: '#56b4e9',
};

export function TimelinePage() {
  const { t } = useTranslation('networks');
  const { data, error, loading } = useApi(() => api.get<{ events: TimelineEvent[] }>('/api/networks/timeline'), []);
  const svg = useRef<SVGSVGElement>(null);
  if (loading) return <Loading />;
  if (error || !data) return <ErrorMessage error={error} />;
  const events = data.events;
  if (!events.length) return <p>{t('noEvents')}</p>;
  const first = Date.parse(events[0].date);
  const last = Date.parse(events[events.length - 1].date);
  const span = Math.max(1, last - first);
  const width = 900;
  const x = (d: string) => 40 + ((Date.parse(d) - first) / span) * (width - 80);
  return (
    <>
      <div className="filters">
        <button type="button" onClick={() => svg.current && downloadPng(svg.current, 'network timeline')}>
          {t('exportPng')}
        </button>
        <button type="button" onClick={() => svg.current && downloadSvg(svg.current, 'network timeline')}>
          {t('exportSvg')}
        </button>
      </div>
      <svg ref={svg} viewBox={`0 0 ${width} 140`} role="img" aria-label={t('timeline')} width="100%">
        <title>{t('timeline')}</title>
        <line x1={40} x2={width - 40} y1={70} y2={70} stroke="#333" />
        {events.map((e, i) => (
          <g key={e.id}>
            <circle cx={x(e.date)} cy={70 + ((i % 5) - 2) * 12} r={5} fill={colours[e.type] ?? '#666'}>
              <title>{`${e.date} ${e.caption}`}</title>
            </circle>
          </g>
        ))}
        <text x={40} y={120} fontSize={12} fontFamily="sans-serif">
          {events[0].date}
        </text>
        <text x={width - 40} y={120} fontSize={12} fontFamily="sans-serif" textAnchor="end">
          {events[events.length - 1].date}
        </text>
      </svg>
      <table className="table">
        <caption>{t('timeline')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('date')}</th>
            <th scope="col">{t('type')}</th>
            <th scope="col">{t('name')}</th>
            <th scope="col">{t('grading')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <td>{e.date}</td>
              <td>{e.type}</td>
              <td>
                {e.caption} <DemoBadge demo={e.demo} />
              </td>
              <td>{e.grading}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
