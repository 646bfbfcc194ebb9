// Time to answer, per requested state and month: "in a timely manner" made visible. Counts only; cells too small to
// publish are withheld (and said so), except the viewer's own state's.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { dashboardResponse } from '../../../server/modules/verifications/schemas';
import { api, query } from '../../api';
import { ErrorMessage, Field, Loading, useApi } from '../../components/ui';

type Dashboard = z.infer<typeof dashboardResponse>;
type Row = Dashboard['totals'][number];

export function DashboardPage() {
  const { t } = useTranslation('verifications');
  const [range, setRange] = useState({ from: '', to: '' });
  const dashboard = useApi(() => api.get<Dashboard>(`/api/verifications/dashboard${query(range)}`), [range]);
  const cell = (v: number | null, row: Row) => (row.withheld ? t('dashboard.withheld') : (v ?? '—'));
  const d = dashboard.data;
  return (
    <>
      <h2>{t('dashboard.title')}</h2>
      <p>{t('dashboard.intro', { min: d?.minCell ?? 3 })}</p>
      <div className="filters">
        <Field label={t('dashboard.from')} type="month" value={range.from} onChange={(e) => setRange({ ...range, from: e.target.value })} />
        <Field label={t('dashboard.to')} type="month" value={range.to} onChange={(e) => setRange({ ...range, to: e.target.value })} />
      </div>
      <ErrorMessage error={dashboard.error} />
      {!d ? (
        <Loading />
      ) : (
        <>
          <table className="table">
            <caption>{t('dashboard.totals', { from: d.from, to: d.to })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.state')}</th>
                <th scope="col">{t('dashboard.requests')}</th>
                <th scope="col">{t('dashboard.answered')}</th>
                <th scope="col">{t('dashboard.onTime')}</th>
                <th scope="col">{t('dashboard.medianDays')}</th>
                <th scope="col">{t('dashboard.open')}</th>
                <th scope="col">{t('dashboard.overdue')}</th>
              </tr>
            </thead>
            <tbody>
              {d.totals.map((r) => (
                <tr key={r.state}>
                  <th scope="row">
                    {r.stateName} ({r.state})
                  </th>
                  <td>{cell(r.requests, r)}</td>
                  <td>{cell(r.answered, r)}</td>
                  <td>{cell(r.answeredOnTime, r)}</td>
                  <td>{cell(r.medianDays, r)}</td>
                  <td>{cell(r.open, r)}</td>
                  <td>{cell(r.overdue, r)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="table">
            <caption>{t('dashboard.byMonth')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.state')}</th>
                <th scope="col">{t('dashboard.month')}</th>
                <th scope="col">{t('dashboard.requests')}</th>
                <th scope="col">{t('dashboard.answered')}</th>
                <th scope="col">{t('dashboard.onTime')}</th>
                <th scope="col">{t('dashboard.medianDays')}</th>
              </tr>
            </thead>
            <tbody>
              {d.cells.map((r) => (
                <tr key={`${r.state}-${r.month}`}>
                  <th scope="row">{r.state}</th>
                  <td>{r.month}</td>
                  <td>{cell(r.requests, r)}</td>
                  <td>{cell(r.answered, r)}</td>
                  <td>{cell(r.answeredOnTime, r)}</td>
                  <td>{cell(r.medianDays, r)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
