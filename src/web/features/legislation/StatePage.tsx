// One state's legislation: treaty status, instruments (reference laws to confirm) and provisions, assessments in force and those in the
// workflow (draft by a policy officer, submit by the focal point, validate or return by a coordinator of another state).
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Permission } from '../../../server/access/permissions';
import { api } from '../../api';
import { usePermission, useUser } from '../../app/session';
import { DemoBadge, ErrorMessage, Field, Loading, Notice, Page, Select, useApi } from '../../components/ui';
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
  const canSubmit = usePermission(Permission.LegislationAssessmentsSubmit) && own;
  const canValidate = usePermission(Permission.LegislationAssessmentsValidate) && !own;
  const recordsCooperation = usePermission(Permission.LegislationCooperationWrite) && own;
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const instruments = useApi(() => api.get<Instruments>(`/api/legislation/instruments?state=${state}`), [state]);
  const legislation = useApi(() => api.get<StateLegislation>(`/api/legislation/states/${state}`), [state]);
  const standards = useApi(() => api.get<Standards>('/api/legislation/standards'), []);
  const titleOf = (id: string) => standards.data?.standards.find((s) => s.id === id)?.title ?? id;

  const act: Act = async (fn, done) => {
    setError(null);
    setNotice(null);
    try {
      await fn();
      setNotice(done);
      instruments.reload();
      legislation.reload();
      return true;
    } catch (e) {
      setError(e);
      return false;
    }
  };
  const form = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    return (k: string) => String(f.get(k) ?? '');
  };

  const addInstrument = (e: FormEvent<HTMLFormElement>) => {
    const v = form(e);
    void act(
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
  const addProvision = (e: FormEvent<HTMLFormElement>) => {
    const v = form(e);
    void act(
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
  const draft = (e: FormEvent<HTMLFormElement>) => {
    const v = form(e);
    void act(
      () =>
        api.post('/api/legislation/assessments', {
          state,
          standardId: v('standard'),
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
      <ErrorMessage error={error} />
      {notice && <Notice>{notice}</Notice>}
      <TreatySection state={state} />

      <h2>{t('instruments')}</h2>
      {instruments.loading && <Loading />}
      {instruments.data?.instruments.length === 0 && <p>{t('noInstruments')}</p>}
      {instruments.data && <InstrumentList instruments={instruments.data.instruments} canConfirm={canSubmit} act={act} />}
      {canEdit && (
        <div className="cards">
          <form className="card form-grid" onSubmit={addInstrument} aria-label={t('addInstrument')}>
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
          </form>
          {instruments.data && instruments.data.instruments.length > 0 && (
            <form className="card form-grid" onSubmit={addProvision} aria-label={t('addProvision')}>
              <h3>{t('addProvision')}</h3>
              <Select label={t('instrument')} name="instrument" options={instruments.data.instruments.map((i) => ({ value: i.id, label: i.title }))} />
              <Field label={t('section')} name="section" required />
              <Field label={t('heading')} name="heading" />
              <Field label={t('implements')} name="standards" help={t('implementsHelp')} />
              <button type="submit">{t('save')}</button>
            </form>
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
            {canSubmit && (a.workflow === 'draft' || a.workflow === 'returned') && (
              <button type="button" onClick={() => void step(a, 'submit')}>
                {t('submit')}
              </button>
            )}
            {canValidate && a.workflow === 'submitted' && (
              <>
                <button type="button" onClick={() => void step(a, 'validate')}>
                  {t('validate')}
                </button>
                <ReturnForm assessment={a} act={act} />
              </>
            )}
          </li>
        ))}
      </ul>
      {canEdit && (
        <form className="card form-grid" onSubmit={draft} aria-label={t('draftAssessment')}>
          <h3>{t('draftAssessment')}</h3>
          <Select label={t('standard')} name="standard" options={assessable.map((s) => ({ value: s.id, label: `${s.id} ${label('standard', s.id)}` }))} />
          <Select label={t('statusLabel')} name="status" options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
          <Field label={t('validFrom')} name="validFrom" type="date" required />
          <Select label={t('evidence')} name="evidence" options={[{ value: '', label: t('noEvidence') }, ...provisions]} />
          <Field label={t('comment')} name="comment" />
          <button type="submit">{t('saveDraft')}</button>
        </form>
      )}
    </Page>
  );
}
