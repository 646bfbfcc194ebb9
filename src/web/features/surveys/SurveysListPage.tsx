// The surveys the user may see, with their state's response status, decision on publication and reminders.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Permission } from '../../../server/access/permissions';
import { api } from '../../api';
import { usePermission } from '../../app/session';
import { DemoBadge, ErrorMessage, formatDate, Loading, Notice, Page, useApi } from '../../components/ui';
import type { SurveyList } from './types';

export function SurveysListPage() {
  const { t, i18n } = useTranslation('surveys');
  const { data, error, loading, reload } = useApi(() => api.get<SurveyList>('/api/surveys'), []);
  const coordinator = usePermission(Permission.SurveysManage);
  const [reminded, setReminded] = useState<number | null>(null);
  const [runError, setRunError] = useState<unknown>(null);
  async function runReminders() {
    setRunError(null);
    try {
      const r = await api.post<{ sent: unknown[] }>('/api/surveys/reminders/run');
      setReminded(r.sent.length);
      reload();
    } catch (err) {
      setRunError(err);
    }
  }
  return (
    <Page
      title={t('title')}
      intro={t('intro')}
      actions={
        coordinator ? (
          <>
            <Link to="new">{t('newSurvey')}</Link>
            <button type="button" onClick={runReminders}>
              {t('runReminders')}
            </button>
          </>
        ) : undefined
      }
    >
      {reminded !== null && <Notice>{t('remindersSent', { n: reminded })}</Notice>}
      <ErrorMessage error={runError} />
      {loading && <Loading />}
      <ErrorMessage error={error} />
      {data &&
        (data.surveys.length === 0 ? (
          <p>{t('none')}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('survey')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('deadline')}</th>
                <th scope="col">{t('myState')}</th>
                <th scope="col">{t('reminders')}</th>
              </tr>
            </thead>
            <tbody>
              {data.surveys.map((s) => (
                <tr key={s.id}>
                  <td>
                    <Link to={s.id}>{s.title}</Link> <DemoBadge demo={s.demo} /> {s.canManage && <span className="badge">{t('coordinating')}</span>}
                  </td>
                  <td>
                    {t(`surveyStatus.${s.status}`)}
                    {s.publishedAt && `, ${t('published')}`} · {t('version')} {s.version}
                  </td>
                  <td>{formatDate(s.deadline, i18n.language)}</td>
                  <td>
                    {s.myResponse ? (
                      <>
                        {s.myResponse.state}: {t(`responseStatus.${s.myResponse.status}`)}
                        {s.myResponse.consent !== null && <>, {t(`consentState.${s.myResponse.consent ? 'yes' : 'no'}`)}</>}
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>
                    {s.reminders.length === 0
                      ? '—'
                      : s.reminders.map((r) => `${t(`reminderKinds.${r.kind}`, { defaultValue: r.kind })} (${formatDate(r.sentAt, i18n.language)})`).join('; ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </Page>
  );
}
