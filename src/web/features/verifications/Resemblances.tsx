// Persons of the criminal networks catalogue who resemble the request's person: only records this user may read, each
// with its score and the scorer's reasons; a link opens the record in the networks workbench.

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { z } from 'zod';
import type { resemblancesResponse } from '../../../server/modules/verifications/schemas';
import { api } from '../../api';
import { ClassificationBadge, ErrorMessage, formatDate, Loading, useApi } from '../../components/ui';
import { useFormat } from '../../i18n/format';
import { useMemberNames } from '../../i18n/states';

export function Resemblances({ id }: { id: string }) {
  const { t, i18n } = useTranslation('verifications');
  const name = useMemberNames();
  const format = useFormat();
  const found = useApi(() => api.get<z.infer<typeof resemblancesResponse>>(`/api/verifications/${id}/resemblances`), [id]);
  const d = found.data;
  return (
    <section aria-labelledby="resemblances">
      <h3 id="resemblances">{t('resemble.title')}</h3>
      <ErrorMessage error={found.error} />
      {!d ? (
        found.error ? null : (
          <Loading />
        )
      ) : !d.searched ? (
        <p>{t('resemble.notSearched')}</p>
      ) : d.resemblances.length === 0 ? (
        <p>{t('resemble.none')}</p>
      ) : (
        <table className="table">
          <caption>{t('resemble.intro', { threshold: format.percent(d.threshold) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('resemble.record')}</th>
              <th scope="col">{t('resemble.recordedBy')}</th>
              <th scope="col">{t('resemble.score')}</th>
              <th scope="col">{t('resemble.reasons')}</th>
            </tr>
          </thead>
          <tbody>
            {d.resemblances.map((r) => (
              <tr key={r.entityId}>
                <td>
                  <Link to={`/networks/entities/${encodeURIComponent(r.entityId)}`}>{r.caption}</Link>
                  {r.birthDate ? ` · ${formatDate(r.birthDate, i18n.language)}` : ''}
                  {r.nationality ? ` · ${name(r.nationality)}` : ''}
                </td>
                <td>
                  {r.ownerState ? name(r.ownerState) : '—'} <ClassificationBadge level={r.classification} />
                </td>
                <td>{format.percent(r.score)}</td>
                <td>
                  <ul className="plain">
                    {r.reasons.map((x, i) => (
                      <li key={i}>{t(`matching.reason.${x.code}`, { ...x.params, ns: 'networks' })}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
