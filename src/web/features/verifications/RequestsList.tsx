// Incoming or outgoing requests: open ones first, soonest deadline first; overdue said in words, not by colour alone.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { z } from 'zod';
import type { listResponse } from '../../../server/modules/verifications/schemas';
import { api, query } from '../../api';
import { ClassificationBadge, DemoBadge, ErrorMessage, formatDate, Loading, Pager, Select, useApi } from '../../components/ui';
import { STATUSES } from './kinds';

export function RequestsList({ direction }: { direction: 'incoming' | 'outgoing' }) {
  const { t, i18n } = useTranslation('verifications');
  const [status, setStatus] = useState('');
  const [page, setPage] = useState(1);
  const list = useApi(() => api.get<z.infer<typeof listResponse>>(`/api/verifications${query({ direction, status, page })}`), [direction, status, page]);
  return (
    <>
      <h2>{t(`tabs.${direction}`)}</h2>
      <div className="filters">
        <Select
          label={t('status')}
          value={status}
          onChange={(e) => {
            setPage(1);
            setStatus(e.target.value);
          }}
          options={[{ value: '', label: t('anyStatus') }, ...STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))]}
        />
      </div>
      <ErrorMessage error={list.error} />
      {list.loading && !list.data ? (
        <Loading />
      ) : (
        <table className="table">
          <caption>{t(`tabs.${direction}`)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reference')}</th>
              <th scope="col">{direction === 'incoming' ? t('from') : t('to')}</th>
              <th scope="col">{t('person')}</th>
              <th scope="col">{t('urgency')}</th>
              <th scope="col">{t('dueOn')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('classification')}</th>
            </tr>
          </thead>
          <tbody>
            {(list.data?.requests ?? []).map((r) => (
              <tr key={r.id} className={r.overdue ? 'row-warn' : undefined}>
                <td>
                  <Link to={`/verifications/${r.id}`}>{r.reference}</Link> <DemoBadge demo={r.demo} />
                </td>
                <td>{direction === 'incoming' ? r.fromState : r.toState}</td>
                <td>{r.personName}</td>
                <td>{t(`urgencies.${r.urgency}`)}</td>
                <td>
                  {formatDate(r.dueOn, i18n.language)}
                  {r.overdue ? ` (${t('overdue')})` : ''}
                </td>
                <td>
                  {t(`statuses.${r.status}`)}
                  {r.answer && r.status === 'answered' ? `: ${t(`answers.${r.answer}`)}` : ''}
                </td>
                <td>
                  <ClassificationBadge level={r.classification} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.data && list.data.requests.length === 0 && <p>{t('none')}</p>}
      <Pager page={page} hasMore={list.data?.hasMore} onPage={setPage} />
    </>
  );
}
