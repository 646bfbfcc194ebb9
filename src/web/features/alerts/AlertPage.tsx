// One alert: its text (rendered as text), acknowledging it for my state, and for the issuing state the dashboard of
// which recipient states have not acknowledged yet.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { z } from 'zod';
import type { alertSchema, dashboardResponse } from '../../../server/modules/alerts/schemas';
import { api } from '../../api';
import { ActionButton } from '../../components/form';
import { RecordUnavailable } from '../../components/RecordPage';
import { ClassificationBadge, DemoBadge, ErrorMessage, formatDate, formatDateTime, Loading, Notice, useApi } from '../../components/ui';

function Dashboard({ id }: { id: string }) {
  const { t, i18n } = useTranslation('alerts');
  const dashboard = useApi(() => api.get<z.infer<typeof dashboardResponse>>(`/api/alerts/${id}/dashboard`), [id]);
  if (!dashboard.data) return dashboard.error ? <ErrorMessage error={dashboard.error} /> : <Loading />;
  const d = dashboard.data;
  return (
    <section aria-labelledby="ack-dashboard">
      <h3 id="ack-dashboard">{t('dashboard')}</h3>
      <p>{t('dashboardSummary', { count: d.acknowledged, total: d.states.length })}</p>
      {d.pending.length ? (
        <p>
          <strong>{t('pending')}:</strong> {d.pending.join(', ')}
        </p>
      ) : (
        <p>{t('allAcknowledged')}</p>
      )}
      <table className="table" aria-labelledby="ack-dashboard">
        <thead>
          <tr>
            <th scope="col">{t('state')}</th>
            <th scope="col">{t('acknowledgedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {d.states.map((s) => (
            <tr key={s.state}>
              <td>{s.state}</td>
              <td>{s.acknowledgedAt ? `✓ ${formatDateTime(s.acknowledgedAt, i18n.language)}` : t('notYet')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function AlertPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('alerts');
  const alert = useApi(() => api.get<z.infer<typeof alertSchema>>(`/api/alerts/${id}`), [id]);
  const [notice, setNotice] = useState<string | null>(null);
  if (!alert.data) return alert.error ? <RecordUnavailable error={alert.error} /> : <Loading />;
  const a = alert.data;
  const acknowledge = async () => {
    await api.post(`/api/alerts/${id}/acknowledge`);
    alert.reload();
    return t('acknowledgedDone');
  };
  return (
    <article aria-labelledby="alert-title">
      <p>
        <Link to="/alerts">{t('back')}</Link>
      </p>
      <h2 id="alert-title">
        {a.title} <DemoBadge demo={a.demo} />
      </h2>
      <dl className="facts">
        <dt>{t('reference')}</dt>
        <dd>{a.reference}</dd>
        <dt>{t('type')}</dt>
        <dd>{t(`types.${a.type}`)}</dd>
        <dt>{t('issuer')}</dt>
        <dd>{a.ownerState}</dd>
        <dt>{t('classification')}</dt>
        <dd>
          <ClassificationBadge level={a.classification} />
        </dd>
        <dt>{t('audience')}</dt>
        <dd>
          {t(`audiences.${a.audience}`)}
          {a.states.length ? `: ${a.states.join(', ')}` : ''}
          {a.groups.length ? `: ${a.groups.join(', ')}` : ''}
        </dd>
        <dt>{t('expires')}</dt>
        <dd>
          {a.expiresOn ? formatDate(a.expiresOn, i18n.language) : t('never')}
          {a.expired ? ` (${t('expired')})` : ''}
        </dd>
      </dl>
      <p className="report-body">{a.body}</p>
      {notice && <Notice>{notice}</Notice>}
      {a.isIssuer ? (
        <Dashboard id={id} />
      ) : a.acknowledged ? (
        <p>
          <span className="badge">✓ {t('acknowledged')}</span>
        </p>
      ) : (
        <ActionButton onDone={setNotice} onAction={acknowledge}>
          {t('acknowledge')}
        </ActionButton>
      )}
    </article>
  );
}
