// A state's answers to a survey: the answer form for those answering for the state (draft, files, submit, assessment
// evidence), and the coordinator's review (accept, or return with a comment).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api';
import { useUser } from '../../app/session';
import { ActionButton, Form } from '../../components/form';
import { DemoBadge, ErrorMessage, Field, Loading, Notice, Page, useApi } from '../../components/ui';
import { useMemberNames } from '../../i18n/states';
import { AnswerInput, answerAsText, answerForApi } from './AnswerInput';
import { AssessmentButton } from './AssessmentButton';
import type { SurveyDetail, SurveyResponse } from './types';

export function ResponsePage() {
  const { id = '', state = '' } = useParams();
  const { t } = useTranslation('surveys');
  const memberName = useMemberNames();
  const user = useUser();
  const survey = useApi(() => api.get<SurveyDetail>(`/api/surveys/${id}`), [id]);
  const response = useApi(() => api.get<SurveyResponse>(`/api/surveys/${id}/responses/${state}`), [id, state]);
  const [answers, setAnswers] = useState<Record<string, unknown>>({});
  const [message, setMessage] = useState<string | null>(null);

  // Fresh answers from the server replace the form, except unsaved edits when only files changed.
  useEffect(() => {
    if (response.data)
      setAnswers((mine) => ({
        ...response.data!.answers,
        ...Object.fromEntries(Object.entries(mine).filter(([k]) => !Array.isArray(response.data!.answers[k]))),
      }));
  }, [response.data]);

  if ((survey.loading && !survey.data) || (response.loading && !response.data)) return <Loading />;
  if (!survey.data || !response.data) return <ErrorMessage error={survey.error ?? response.error} />;
  const s = survey.data;
  const r = response.data;
  const questions = s.sections.flatMap((sec) => sec.questions);

  const saveDraft = () =>
    api.put(`/api/surveys/${id}/responses/${state}`, {
      answers: Object.fromEntries(questions.filter((q) => q.id in answers).map((q) => [q.id, answerForApi(answers[q.id])])),
    });
  const reload = () => {
    response.reload();
    survey.reload();
  };
  // A step after which this form may be gone (submitted, returned, accepted): said at the top of the page.
  const done = (said: string | null) => {
    setMessage(said);
    reload();
  };

  const reviewable = s.canManage && r.status === 'submitted' && user.state !== state;
  return (
    <Page
      title={t('answer.title', { state: memberName(state), survey: s.title })}
      intro={
        <>
          {t('status')}: {t(`responseStatus.${r.status}`)} · {t('version')} {r.version} <DemoBadge demo={r.demo} />
        </>
      }
    >
      <p>
        <Link to={`/surveys/${id}`}>{s.title}</Link>
      </p>
      {r.status === 'returned' && r.reviewComment && <div className="alert alert-info">{t('answer.returnedWith', { comment: r.reviewComment })}</div>}
      {message && <Notice>{message}</Notice>}
      {r.canEdit ? (
        <Form
          onSubmit={async () => {
            await saveDraft();
            response.reload();
            return t('answer.saved');
          }}
          aria-label={t('detail.yourResponse')}
        >
          {s.sections.map((sec) => (
            <section key={sec.id} className="card" aria-label={sec.title}>
              <h2>{sec.title}</h2>
              {sec.questions.map((q) => (
                <div key={q.id} className="question">
                  <AnswerInput
                    q={q}
                    value={answers[q.id]}
                    files={r.files}
                    onChange={(v) => setAnswers((a) => ({ ...a, [q.id]: v }))}
                    upload={{ surveyId: id, state, onUploaded: response.reload }}
                  />
                  {q.help && <small>{q.help}</small>}
                  {q.standardId && r.answers[q.id] !== undefined && r.answers[q.id] !== null && <AssessmentButton surveyId={id} state={state} question={q} />}
                </div>
              ))}
            </section>
          ))}
          <div className="row-actions">
            <button type="submit">{t('answer.saveDraft')}</button>
            {r.canSubmit ? (
              <ActionButton
                className="primary"
                check
                onDone={done}
                confirm={{ title: t('answer.submitTitle', { state: memberName(state) }), body: t('answer.submitBody'), confirm: t('answer.submitConfirm') }}
                onAction={async () => {
                  await saveDraft();
                  await api.post(`/api/surveys/${id}/responses/${state}/submit`);
                  return t('answer.submitted');
                }}
              >
                {t('answer.submit')}
              </ActionButton>
            ) : (
              <small>{t('answer.submitHint')}</small>
            )}
          </div>
        </Form>
      ) : (
        <>
          <p>{t('answer.readOnly')}</p>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('builder.questionText')}</th>
                <th scope="col">{t('results.answers')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('answer.toAssessment')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {questions.map((q) => (
                <tr key={q.id}>
                  <td>{q.text}</td>
                  <td>{answerAsText(r.answers[q.id], r.files) || t('answer.empty')}</td>
                  <td>{q.standardId && user.state === state && r.answers[q.id] != null && <AssessmentButton surveyId={id} state={state} question={q} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {reviewable && (
        <section aria-labelledby="review" className="card">
          <h2 id="review">{t('answer.review')}</h2>
          <ActionButton
            onDone={done}
            onAction={async () => {
              await api.post(`/api/surveys/${id}/responses/${state}/accept`);
              return t('answer.accepted');
            }}
          >
            {t('answer.accept')}
          </ActionButton>
          <Form
            aria-label={t('answer.returnButton')}
            onSubmit={async (data) => {
              await api.post(`/api/surveys/${id}/responses/${state}/return`, { comment: String(data.get('comment') ?? '') });
              done(t('answer.returned'));
            }}
          >
            <Field label={t('answer.returnComment')} name="comment" required minLength={3} />
            <button type="submit">{t('answer.returnButton')}</button>
          </Form>
        </section>
      )}
    </Page>
  );
}
