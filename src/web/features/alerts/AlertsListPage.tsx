// The alerts for my state: type, classification, expiry, and acknowledging each one for my state.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { z } from 'zod';
import type { alertsResponse } from '../../../server/modules/alerts/schemas';
import { api, query } from '../../api';
import { useUser } from '../../app/session';
import { ActionButton } from '../../components/form';
import { ClassificationBadge, DemoBadge, ErrorMessage, formatDate, Loading, Notice, useApi } from '../../components/ui';

export function AlertsListPage() {
  const { t, i18n } = useTranslation('alerts');
  const user = useUser();
  const [includeExpired, setIncludeExpired] = useState(false);
  const alerts = useApi(
    () => api.get<z.infer<typeof alertsResponse>>(`/api/alerts${query({ expired: includeExpired ? 'include' : undefined })}`),
    [includeExpired],
  );
  const [notice, setNotice] = useState<string | null>(null);
  // Said above the list (the row's button goes away once acknowledged); a refusal beside the button.
  const acknowledge = async (id: string) => {
    await api.post(`/api/alerts/${id}/acknowledge`);
    alerts.reload();
    return t('acknowledgedDone');
  };
  return (
    <section aria-labelledby="alerts-list">
      <h2 id="alerts-list">{t('tabs.list')}</h2>
      <label>
        <input type="checkbox" checked={includeExpired} onChange={(e) => setIncludeExpired(e.target.checked)} /> {t('includeExpired')}
      </label>
      {notice && <Notice>{notice}</Notice>}
      <ErrorMessage error={alerts.error} />
      {!alerts.data ? (
        !alerts.error && <Loading />
      ) : alerts.data.alerts.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('alertTitle')}</th>
              <th scope="col">{t('type')}</th>
              <th scope="col">{t('issuer')}</th>
              <th scope="col">{t('classification')}</th>
              <th scope="col">{t('expires')}</th>
              <th scope="col">{t('status')}</th>
            </tr>
          </thead>
          <tbody>
            {alerts.data.alerts.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link to={`/alerts/${a.id}`}>{a.title}</Link> <DemoBadge demo={a.demo} />
                  <br />
                  <small>{a.reference}</small>
                </td>
                <td>{t(`types.${a.type}`)}</td>
                <td>{a.ownerState}</td>
                <td>
                  <ClassificationBadge level={a.classification} />
                </td>
                <td>
                  {a.expiresOn ? formatDate(a.expiresOn, i18n.language) : t('never')}
                  {a.expired && (
                    <>
                      {' '}
                      <span className="badge">{t('expired')}</span>
                    </>
                  )}
                </td>
                <td>
                  {a.ownerState === user.state ? (
                    t('issuedByUs')
                  ) : a.acknowledged ? (
                    <span className="badge">✓ {t('acknowledged')}</span>
                  ) : (
                    <ActionButton onDone={setNotice} onAction={() => acknowledge(a.id)} aria-label={`${t('acknowledge')}: ${a.title}`}>
                      {t('acknowledge')}
                    </ActionButton>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
