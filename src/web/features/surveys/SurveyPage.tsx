// One survey: its questionnaire and versions; for its coordinators sending, each state's progress, closing and publishing;
// for a recipient state its answers and (focal point) the decision on publishing them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api';
import { ActionButton } from '../../components/form';
import { RecordUnavailable } from '../../components/RecordPage';
import { DemoBadge, ErrorMessage, formatDate, formatDateTime, Loading, Notice, Page, useApi } from '../../components/ui';
import { useMemberNames } from '../../i18n/states';
import { SendForm } from './SendForm';
import type { SurveyDetail } from './types';

export function SurveyPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('surveys');
  const memberName = useMemberNames();
  const { data: s, error, loading, reload } = useApi(() => api.get<SurveyDetail>(`/api/surveys/${id}`), [id]);
  const [message, setMessage] = useState<string | null>(null);
  // What a step did, said at the top of the page it changed (the buttons move once it reloads).
  const said = (outcome: string | null) => {
    setMessage(outcome);
    reload();
  };

  if (loading && !s) return <Loading />;
  if (!s) return <RecordUnavailable error={error} />;
  const mine = s.myResponse;
  const decision = (c: boolean | null) => t(`consentState.${c === null ? 'none' : c ? 'yes' : 'no'}`);
  return (
    <Page title={s.title} intro={s.description}>
      <p>
        <DemoBadge demo={s.demo} /> {t('status')}: {t(`surveyStatus.${s.status}`)}
        {s.publishedAt && `, ${t('published')} ${formatDate(s.publishedAt, i18n.language)}`}
        {' · '}
        {t('deadline')}: {formatDate(s.deadline, i18n.language)} · {t('version')} {s.version}
      </p>
      {message && <Notice>{message}</Notice>}
      <div className="row-actions">
        {(s.canManage || s.publishedAt) && s.status !== 'draft' && <Link to="results">{t('detail.results')}</Link>}
        {s.canManage && s.status !== 'closed' && <Link to="edit">{t('detail.edit')}</Link>}
      </div>

      {mine && (
        <section aria-labelledby="my-response">
          <h2 id="my-response">{t('detail.yourResponse')}</h2>
          <p>
            {memberName(mine.state)}: {t(`responseStatus.${mine.status}`)} · {decision(mine.consent)}
          </p>
          <Link to={`responses/${mine.state}`}>{t('detail.answer', { state: memberName(mine.state) })}</Link>
          {mine.can.consent && (
            <div className="card">
              <h3>{t('detail.consentTitle')}</h3>
              <p>{t('detail.consentHelp')}</p>
              {/* The current choice in words, as well as marked on its button (aria-pressed). */}
              <p data-testid="consent-now">{t('detail.consentNow', { decision: decision(mine.consent) })}</p>
              <div className="row-actions">
                {[true, false].map((consent) => (
                  <ActionButton
                    key={String(consent)}
                    aria-pressed={mine.consent === consent}
                    onDone={said}
                    onAction={async () => {
                      await api.post(`/api/surveys/${id}/responses/${mine.state}/consent`, { consent });
                      return t('detail.consentSaved', { decision: decision(consent) });
                    }}
                  >
                    {consent ? t('detail.give') : t('detail.withhold')}
                  </ActionButton>
                ))}
              </div>
            </div>
          )}
        </section>
      )}

      {s.canManage && s.status === 'draft' && (
        <section aria-labelledby="send">
          <h2 id="send">{t('detail.send')}</h2>
          <SendForm
            surveyId={id}
            onSent={(said) => {
              setMessage(said);
              reload();
            }}
          />
        </section>
      )}

      {s.canManage && s.status !== 'draft' && (
        <section aria-labelledby="progress">
          <h2 id="progress">{t('detail.progress')}</h2>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('detail.state')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('detail.submittedAt')}</th>
                <th scope="col">{t('detail.consent')}</th>
              </tr>
            </thead>
            <tbody>
              {s.progress.map((p) => (
                <tr key={p.state}>
                  <td>{p.status === 'not_started' ? p.name : <Link to={`responses/${p.state}`}>{p.name}</Link>}</td>
                  <td>{t(`responseStatus.${p.status}`)}</td>
                  <td>{formatDateTime(p.submittedAt, i18n.language)}</td>
                  <td>{decision(p.consent)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="row-actions">
            {s.can.close && (
              <ActionButton
                onDone={said}
                confirm={{ title: t('detail.closeAsk', { title: s.title }), body: t('detail.closeBody'), confirm: t('detail.close') }}
                onAction={async () => {
                  await api.post(`/api/surveys/${id}/close`);
                  return t('detail.closedSaid');
                }}
              >
                {t('detail.close')}
              </ActionButton>
            )}
            {s.can.publish && (
              <ActionButton
                onDone={said}
                confirm={{ title: t('detail.publishAsk', { title: s.title }), body: t('detail.publishBody'), confirm: t('detail.publish') }}
                onAction={async () => {
                  const r = await api.post<{ published: string[]; notPublished: string[] }>(`/api/surveys/${id}/publish`);
                  return t('detail.publishedResult', { published: r.published.join(', ') || '—', withheld: r.notPublished.join(', ') || '—' });
                }}
              >
                {t('detail.publish')}
              </ActionButton>
            )}
          </div>
        </section>
      )}

      <section aria-labelledby="questionnaire">
        <h2 id="questionnaire">{t('detail.questionnaire')}</h2>
        {s.sections.map((sec) => (
          <div key={sec.id}>
            <h3>{sec.title}</h3>
            <ol>
              {sec.questions.map((q) => (
                <li key={q.id}>
                  {q.text} {q.required && t('detail.requiredMark')} <span className="badge">{t(`kinds.${q.kind}`)}</span>
                  {q.standardId && (
                    <>
                      {' '}
                      <span className="badge">{t('detail.linked', { id: q.standardId })}</span>
                    </>
                  )}
                  {q.options && <> ({q.options.join(' / ')})</>}
                </li>
              ))}
            </ol>
          </div>
        ))}
        <h3>{t('detail.versions')}</h3>
        <ul>
          {s.versions.map((v) => (
            <li key={v.version}>{t('detail.versionOf', { v: v.version, date: formatDateTime(v.createdAt, i18n.language) })}</li>
          ))}
        </ul>
      </section>
    </Page>
  );
}
