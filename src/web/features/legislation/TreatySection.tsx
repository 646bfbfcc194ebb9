// A state's treaty status on its legislation page: each treaty's status and evidence with sources and the snapshot date,
// focal points' newer records awaiting a coordinator, and the focal point's form to record a newer action.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Permission } from '../../../server/access/permissions';
import { api } from '../../api';
import { usePermission, useUser } from '../../app/session';
import { ActionButton, Form } from '../../components/form';
import { ErrorMessage, Field, Notice, Select, useApi } from '../../components/ui';
import { ActionLine, SnapshotNote, StatusSentence } from './TreatyText';
import type { Treaties, TreatyAction } from './types';

const ACTIONS = ['ratification', 'accession', 'acceptance', 'approval', 'succession', 'signature'];

export function TreatySection({ state }: { state: string }) {
  const { t } = useTranslation('legislation');
  const user = useUser();
  const treaties = useApi(() => api.get<Treaties>(`/api/treaties?state=${state}`), [state]);
  const [notice, setNotice] = useState<string | null>(null);
  const [returning, setReturning] = useState<string | null>(null);
  const canRecord = usePermission(Permission.LegislationTreatiesRecord) && user?.state === state;
  const canReview = usePermission(Permission.LegislationTreatiesValidate) && user?.state !== state;

  // Each step reloads the table; a form says what happened beside itself, a row's button above the table.
  const act = async (fn: () => Promise<unknown>, done: string) => {
    await fn();
    treaties.reload();
    return done;
  };
  const record = (f: FormData) => {
    const v = (k: string) => String(f.get(k) ?? '').trim();
    return act(
      () =>
        api.post('/api/treaties/records', { state, instrument: v('instrument'), action: v('action'), when: v('when'), source: v('source'), note: v('note') }),
      t('treatyRecord.recorded'),
    );
  };
  const sendReturn = async (f: FormData, id: string) => {
    const said = await act(() => api.post(`/api/treaties/records/${id}/return`, { reason: String(f.get('reason') ?? '') }), t('done.return'));
    setReturning(null);
    setNotice(said);
  };
  const data = treaties.data;

  return (
    <section aria-labelledby="treaty-status">
      <h2 id="treaty-status">{t('treaties')}</h2>
      <ErrorMessage error={treaties.error} />
      {notice && <Notice>{notice}</Notice>}
      {data && <SnapshotNote snapshot={data.snapshot} />}
      <table className="table" data-testid="treaty-table">
        <thead>
          <tr>
            <th scope="col">{t('instrument')}</th>
            <th scope="col">{t('treatyStatus')}</th>
            <th scope="col">{t('treatyEvidence')}</th>
          </tr>
        </thead>
        <tbody>
          {data?.treaties.map((tr) => (
            <tr key={tr.instrument} data-instrument={tr.instrument}>
              <th scope="row">
                {tr.title} ({tr.instrument})
              </th>
              <td>
                <StatusSentence status={tr} snapshot={data.snapshot} />
                {tr.approximate && (
                  <>
                    {' '}
                    <span className="badge">{t('approximate')}</span>
                  </>
                )}
              </td>
              <td>
                {tr.actions.length === 0 ? (
                  '—'
                ) : (
                  <ul>
                    {tr.actions.map((a, i) => (
                      <li key={i}>
                        <ActionLine action={a} />
                      </li>
                    ))}
                  </ul>
                )}
                {tr.pending.length > 0 && (
                  <ul aria-label={t('treatyRecord.pending')}>
                    {tr.pending.map(
                      (p: TreatyAction) =>
                        p.origin === 'focal_point' && (
                          <li key={p.id}>
                            <strong>{t(`treatyRecord.workflow.${p.workflow}`)}:</strong> <ActionLine action={p} />
                            {canReview && p.workflow === 'submitted' && (
                              <>
                                {' '}
                                <ActionButton
                                  onDone={setNotice}
                                  onAction={() => act(() => api.post(`/api/treaties/records/${p.id}/validate`, {}), t('done.validate'))}
                                >
                                  {t('validate')}
                                </ActionButton>
                                {returning === p.id ? (
                                  <Form className="form-grid" onSubmit={(f) => sendReturn(f, p.id)} aria-label={t('treatyRecord.returnTitle')}>
                                    <Field label={t('returnReason')} name="reason" required minLength={3} maxLength={2000} autoFocus />
                                    <button type="submit">{t('return')}</button>
                                    <button type="button" onClick={() => setReturning(null)}>
                                      {t('cancel')}
                                    </button>
                                  </Form>
                                ) : (
                                  <button type="button" onClick={() => setReturning(p.id)}>
                                    {t('return')}
                                  </button>
                                )}
                              </>
                            )}
                          </li>
                        ),
                    )}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {canRecord && (
        <Form className="card form-grid" onSubmit={record} resetOnSuccess aria-label={t('treatyRecord.title')}>
          <h3>{t('treatyRecord.title')}</h3>
          <p>{t('treatyRecord.intro')}</p>
          <Select label={t('instrument')} name="instrument" options={['UNTOC', 'TIP', 'SOM'].map((i) => ({ value: i, label: t(`treatyNames.${i}`) }))} />
          <Select label={t('treatyRecord.action')} name="action" options={ACTIONS.map((a) => ({ value: a, label: t(`treatyActions.${a}`) }))} />
          <Field label={t('treatyRecord.when')} name="when" required pattern="\d{4}(-\d{2}(-\d{2})?)?" help={t('treatyRecord.whenHelp')} />
          <Field label={t('source')} name="source" required minLength={3} help={t('treatyRecord.sourceHelp')} />
          <Field label={t('comment')} name="note" />
          <button type="submit">{t('treatyRecord.submit')}</button>
        </Form>
      )}
    </section>
  );
}
