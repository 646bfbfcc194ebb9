// Search the entities you may read, and the ranked list of likely organisers with their reasons.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ALL_KINDS } from '../../../server/modules/networks/ftm';
import { api, query } from '../../api';
import { filterProblems } from '../../components/form-errors';
import { ClassificationBadge, DemoBadge, ErrorMessage, Field, Loading, Select, useApi } from '../../components/ui';
import { useFormat } from '../../i18n/format';
import { useVocabulary } from '../../i18n/vocabulary';
import { useFtmLabels } from './ftmLabels';
import type { EntitySummary, Organiser, OrganiserReason } from './types';

const kinds = ALL_KINDS.filter((k) => k !== 'leg');

export function SearchPage() {
  const { t } = useTranslation('networks');
  const format = useFormat();
  const label = useVocabulary();
  const labels = useFtmLabels();
  const [q, setQ] = useState('');
  const [kind, setKind] = useState('');
  const found = useApi(
    () => api.get<{ entities: (EntitySummary & { sanctions: number })[]; total: number }>(`/api/networks/entities${query({ q, kind, limit: 50 })}`),
    [q, kind],
  );
  // The box holds what the server accepts (entitiesQuery q: 200); a refusal it still sends is said beside the box.
  const refused = filterProblems(found.error, ['q']);
  const organisers = useApi(() => api.get<{ organisers: Organiser[] }>('/api/networks/analysis/organisers?limit=10'), []);
  // The server's coded reasons in the reader's words (its `text` is English, for API clients that do not translate).
  const reasonText = (r: OrganiserReason) => {
    switch (r.code) {
      case 'role':
        return t('roleReason', { role: label('linkRole', r.params.role), count: r.params.count });
      case 'bridges':
        return t('bridgesReason', { count: r.params.count });
      case 'highest':
        return t('highestReason', { measure: t(`measure.${r.params.measure}`) });
      case 'top':
        return t('topReason', { measure: t(`measure.${r.params.measure}`), percent: r.params.percent });
    }
  };

  return (
    <>
      <div className="filters">
        <Field label={t('search')} name="q" type="search" maxLength={200} value={q} onChange={(e) => setQ(e.target.value)} error={refused.beside.q} />
        <Select
          label={t('kind')}
          value={kind}
          onChange={(e) => setKind(e.target.value)}
          options={[{ value: '', label: t('any') }, ...kinds.map((k) => ({ value: k, label: labels.kind(k) }))]}
        />
      </div>
      <ErrorMessage error={refused.rest} />
      {found.data && (
        <>
          <p role="status">{t('results', { count: found.data.total })}</p>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('kind')}</th>
                <th scope="col">{t('schema')}</th>
                <th scope="col">{t('reportedBy')}</th>
                <th scope="col">{t('grading')}</th>
                <th scope="col">{t('classification')}</th>
              </tr>
            </thead>
            <tbody>
              {found.data.entities.map((e) => (
                <tr key={e.id}>
                  <td>
                    <Link to={`/networks/entities/${encodeURIComponent(e.id)}`}>{e.caption}</Link> <DemoBadge demo={e.demo} />
                    {e.sanctions > 0 && (
                      <>
                        {' '}
                        <span className="badge badge-sanction">
                          {t('sanctionsBadge')} ({e.sanctions})
                        </span>
                      </>
                    )}
                  </td>
                  <td>{labels.kind(e.kind)}</td>
                  <td>{labels.schema(e.schema)}</td>
                  <td>{e.sourceState ?? ''}</td>
                  <td>
                    {e.reliability ?? '?'}
                    {e.credibility ?? '?'}
                  </td>
                  <td>
                    <ClassificationBadge level={e.classification} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h2>{t('organisers')}</h2>
      {organisers.loading && <Loading />}
      <ErrorMessage error={organisers.error} />
      {organisers.data && (
        <ol className="cards">
          {organisers.data.organisers.map((o) => (
            <li key={o.entity.id} className="card">
              <h3>
                <Link to={`/networks/entities/${encodeURIComponent(o.entity.id)}`}>{o.entity.caption}</Link> <DemoBadge demo={o.entity.demo} />
              </h3>
              <p>
                {t('score')}: {format.fixed(o.score, 2)}
              </p>
              <ul aria-label={t('reasons')}>
                {o.reasons.map((r) => (
                  <li key={`${r.code}${JSON.stringify(r.params)}`}>{reasonText(r)}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
