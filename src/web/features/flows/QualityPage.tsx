// Data quality: completeness and late returns per state over the last year, month by month.
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { qualityResponse } from '../../../server/modules/flows/schemas';
import { api, query } from '../../api';
import { ErrorMessage, Loading, useApi } from '../../components/ui';
import { useMemberNames } from '../../i18n/states';
import { usePeriod } from './period';

const month = (back: number) => {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - back);
  return d.toISOString().slice(0, 7);
};

export function QualityPage() {
  const { t } = useTranslation('flows');
  const period = usePeriod();
  const memberName = useMemberNames();
  const from = month(13);
  const to = month(2);
  const { data, error, loading } = useApi(() => api.get<z.infer<typeof qualityResponse>>(`/api/flows/quality${query({ from, to })}`), []);
  if (loading) return <Loading />;
  const months = data?.states[0]?.months.map((m) => m.month) ?? [];
  const mark = { submitted: '✓', late: '⏱', draft: '✎', missing: '—' } as const;
  return (
    <>
      <h2>
        {t('completeness')} ({period(from)} – {period(to)})
      </h2>
      <ErrorMessage error={error} />
      <table className="table">
        <caption>{t('completeness')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('state')}</th>
            <th scope="col">{t('completeness')}</th>
            <th scope="col">{t('lateReturns')}</th>
            {months.map((m) => (
              <th scope="col" key={m}>
                {period(m, 'short')}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data?.states.map((s) => (
            <tr key={s.state}>
              <td>{memberName(s.state)}</td>
              <td>
                {s.completeness}% ({s.submitted}/{s.expected})
              </td>
              <td>{s.late}</td>
              {s.months.map((m) => (
                <td key={m.month} title={t(`statuses.${m.status}`)}>
                  {mark[m.status]} <span className="visually-hidden">{t(`statuses.${m.status}`)}</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
