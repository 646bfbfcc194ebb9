// One state's legislation: treaty status, instruments (reference laws to confirm) and provisions, assessments in force and those in the
// workflow (draft by a policy officer, submit by the focal point, validate or return by a coordinator of another state).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Permission } from '../../../server/access/permissions';
import { api } from '../../api';
import { usePermission, useUser } from '../../app/session';
import { ActionButton, Form } from '../../components/form';
import { DemoBadge, Field, Loading, Notice, Page, Select, useApi } from '../../components/ui';
import { useMemberNames } from '../../i18n/states';
import { useVocabulary } from '../../i18n/vocabulary';
import { InstrumentList } from './InstrumentList';
import { type Act, CooperationInstrumentForm, EditInstrumentForm, ReturnForm } from './StateForms';
import { TreatySection } from './TreatySection';
import { type Assessment, type Instruments, STATUSES, type Standards, type StateLegislation } from './types';

export function StatePage() {
  const { state = '' } = useParams();
  const { t } = useTranslation('legislation');
  const label = useVocabulary();
  const user = useUser();
  const nameOf = useMemberNames();
  const own = user?.state === state;
  const canEdit = usePermission(Permission.LegislationInstrumentsWrite) && own;
  const recordsCooperation = usePermission(Permission.LegislationCooperationWrite) && own;
  const [notice, setNotice] = useState<string | null>(null);
  const instruments = useApi(() => api.get<Instruments>(`/api/legislation/instruments?state=${state}`), [state]);
  const legislation = useApi(() => api.get<StateLegislation>(`/api/legislation/states/${state}`), [state]);
  const standards = useApi(() => api.get<Standards>('/api/legislation/standards'), []);
  const titleOf = (id: string) => standards.data?.standards.find((s) => s.id === id)?.title ?? id;

  // Every change reloads the page's data and says what happened: beside its form, or at the top for a one-step button.
  const act: Act = async (fn, done) => {
    await fn();
    instruments.reload();
    legislation.reload();
    return done;
  };
  const text = (f: FormData) => (k: string) => String(f.get(k) ?? '').trim();

  const addInstrument = (f: FormData) => {
    const v = text(f);
    return act(
      () =>
        api.post('/api/legislation/instruments', {
          state,
          kind: v('kind'),
          title: v('title'),
          citation: v('citation'),
          year: v('year') ? Number(v('year')) : null,
          status: v('status'),
        }),
      t('saved'),
    );
  };
  const addProvision = (f: FormData) => {
    const v = text(f);
    return act(
      () =>
        api.post(`/api/legislation/instruments/${v('instrument')}/provisions`, {
          section: v('section'),
          heading: v('heading'),
          standards: v('standards')
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        }),
      t('saved'),
    );
  };
  const draft = (f: FormData) => {
    const v = text(f);
    return act(
      () =>
        api.post('/api/legislation/assessments', {
          state,
          standardId: v('standardId'),
          status: v('status'),
          validFrom: v('validFrom'),
          comment: v('comment'),
          evidence: v('evidence') ? [v('evidence')] : [],
        }),
      t('saved'),
    );
  };
  const step = (a: Assessment, verb: 'submit' | 'validate') => act(() => api.post(`/api/legislation/assessments/${a.id}/${verb}`, {}), t(`done.${verb}`));

  const provisions = instruments.data?.instruments.flatMap((i) => i.provisions.map((p) => ({ value: p.id, label: `${i.title} ${p.section}` }))) ?? [];
  const assessable = standards.data?.standards.filter((s) => s.assessable) ?? [];

  return (
    <Page
      title={t('stateTitle', { state: nameOf(state) })}
      intro={t('stateIntro')}
      actions={
        <>
          <Link to="/legislation">{t('backToCoverage')}</Link> · <Link to="/legislation/treaties">{t('treatyTable.link')}</Link>
        </>
      }
    >
      {notice && <Notice>{notice}</Notice>}
      <TreatySection state={state} />

      <h2>{t('instruments')}</h2>
      {instruments.loading && <Loading />}
      {instruments.data?.instruments.length === 0 && <p>{t('noInstruments')}</p>}
      {instruments.data && <InstrumentList instruments={instruments.data.instruments} act={act} onDone={setNotice} />}
      {canEdit && (
        <div className="cards">
          <Form className="card form-grid" onSubmit={addInstrument} resetOnSuccess aria-label={t('addInstrument')}>
            <h3>{t('addInstrument')}</h3>
            <Select label={t('kind')} name="kind" options={['act', 'amendment', 'bill'].map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
            <Field label={t('instrumentTitle')} name="title" required minLength={2} />
            <Field label={t('citation')} name="citation" />
            <Field label={t('year')} name="year" type="number" min={1800} max={2200} />
            <Select
              label={t('instrumentStatusLabel')}
              name="status"
              options={['bill', 'in_force', 'amended', 'repealed'].map((k) => ({ value: k, label: t(`instrumentStatus.${k}`) }))}
            />
            <button type="submit">{t('save')}</button>
          </Form>
          {instruments.data && instruments.data.instruments.length > 0 && (
            <Form className="card form-grid" onSubmit={addProvision} resetOnSuccess aria-label={t('addProvision')}>
              <h3>{t('addProvision')}</h3>
              <Select label={t('instrument')} name="instrument" options={instruments.data.instruments.map((i) => ({ value: i.id, label: i.title }))} />
              <Field label={t('section')} name="section" required />
              <Field label={t('heading')} name="heading" />
              <Field label={t('implements')} name="standards" help={t('implementsHelp')} />
              <button type="submit">{t('save')}</button>
            </Form>
          )}
          {instruments.data && instruments.data.instruments.length > 0 && <EditInstrumentForm instruments={instruments.data.instruments} act={act} />}
        </div>
      )}
      {recordsCooperation && (
        <>
          <h2>{t('cooperationTreaties')}</h2>
          <CooperationInstrumentForm state={state} act={act} />
        </>
      )}

      <h2>{t('inForce', { asOf: legislation.data?.asOf ?? '' })}</h2>
      <table className="table" data-testid="in-force">
        <thead>
          <tr>
            <th scope="col">{t('standard')}</th>
            <th scope="col">{t('statusLabel')}</th>
            <th scope="col">{t('validFrom')}</th>
          </tr>
        </thead>
        <tbody>
          {legislation.data?.inForce.map((r) => (
            <tr key={r.standardId} data-standard={r.standardId}>
              <td>
                {r.standardId} {titleOf(r.standardId)}
              </td>
              <td>
                {t(`status.${r.status}`)} <DemoBadge demo={r.demo} />
              </td>
              <td>{r.validFrom ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t('open')}</h2>
      {legislation.data?.open.length === 0 && <p>{t('noOpen')}</p>}
      <ul data-testid="open-assessments">
        {legislation.data?.open.map((a) => (
          <li key={a.id} data-standard={a.standardId}>
            {a.standardId} — {t(`status.${a.status}`)} {t('from')} {a.validFrom} — <strong>{t(`workflow.${a.workflow}`)}</strong>{' '}
            {a.reason && <em>({a.reason})</em>} <DemoBadge demo={a.demo} />
            {a.can?.submit && (
              <ActionButton onDone={setNotice} onAction={() => step(a, 'submit')}>
                {t('submit')}
              </ActionButton>
            )}
            {a.can?.validate && (
              <>
                <ActionButton onDone={setNotice} onAction={() => step(a, 'validate')}>
                  {t('validate')}
                </ActionButton>
                <ReturnForm assessment={a} act={act} onDone={setNotice} />
              </>
            )}
          </li>
        ))}
      </ul>
      {canEdit && (
        <Form className="card form-grid" onSubmit={draft} aria-label={t('draftAssessment')}>
          <h3>{t('draftAssessment')}</h3>
          <Select label={t('standard')} name="standardId" options={assessable.map((s) => ({ value: s.id, label: `${s.id} ${label('standard', s.id)}` }))} />
          <Select label={t('statusLabel')} name="status" options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
          <Field label={t('validFrom')} name="validFrom" type="date" required />
          <Select label={t('evidence')} name="evidence" options={[{ value: '', label: t('noEvidence') }, ...provisions]} />
          <Field label={t('comment')} name="comment" />
          <button type="submit">{t('saveDraft')}</button>
        </Form>
      )}
    </Page>
  );
}
