// The cases the user works on, open ones first; which side they are on is said in each row.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { z } from 'zod';
import type { listResponse } from '../../../server/modules/victims/schemas';
import { api, query } from '../../api';
import { DemoBadge, ErrorMessage, formatDate, Loading, Pager, Select, useApi } from '../../components/ui';
import { CASE_STATUSES } from './kinds';

export function CasesList() {
  const { t, i18n } = useTranslation('victims');
  const [filter, setFilter] = useState({ status: '', side: '' });
  const [page, setPage] = useState(1);
  const list = useApi(() => api.get<z.infer<typeof listResponse>>(`/api/victims/cases${query({ ...filter, page })}`), [filter, page]);
  return (
    <>
      <h2>{t('tabs.cases')}</h2>
      <div className="filters">
        <Select
          label={t('status')}
          value={filter.status}
          onChange={(e) => {
            setPage(1);
            setFilter({ ...filter, status: e.target.value });
          }}
          options={[{ value: '', label: t('anyStatus') }, ...CASE_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))]}
        />
        <Select
          label={t('side')}
          value={filter.side}
          onChange={(e) => {
            setPage(1);
            setFilter({ ...filter, side: e.target.value });
          }}
          options={[{ value: '', label: t('anySide') }, ...(['host', 'home', 'organisation'] as const).map((s) => ({ value: s, label: t(`sides.${s}`) }))]}
        />
      </div>
      <ErrorMessage error={list.error} />
      {!list.data ? (
        list.error ? null : (
          <Loading />
        )
      ) : list.data.cases.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <table className="table">
          <caption>{t('tabs.cases')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reference')}</th>
              <th scope="col">{t('kind')}</th>
              <th scope="col">{t('person')}</th>
              <th scope="col">{t('parties')}</th>
              <th scope="col">{t('side')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('returnOn')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.cases.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link to={`/victims/${c.id}`}>{c.reference}</Link> <DemoBadge demo={c.demo} />
                </td>
                <td>{t(`kinds.${c.kind}`)}</td>
                <td>{c.personName}</td>
                <td>
                  {t('partiesText', { host: c.hostState, home: c.homeState })}
                  {c.referredTo ? ` · ${c.referredTo}` : ''}
                </td>
                <td>{t(`sides.${c.side}`)}</td>
                <td>{t(`statuses.${c.status}`)}</td>
                <td>{formatDate(c.returnOn, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager page={page} hasMore={list.data?.hasMore} onPage={setPage} />
    </>
  );
}
