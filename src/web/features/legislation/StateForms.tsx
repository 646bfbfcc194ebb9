// Forms of a state's legislation page: the reason for returning an assessment (in the page, not a pop-up),
// editing a recorded instrument, and recording a bilateral extradition or MLA treaty the state is party to.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { Form } from '../../components/form';
import { CheckGroup, Field, Select } from '../../components/ui';
import { useMemberNames } from '../../i18n/states';
import type { Assessment, Instruments } from './types';

type Instrument = Instruments['instruments'][number];
/** Runs a change and reloads the page's data; resolves to `done`, what to say. A refusal is thrown for the Form to place. */
export type Act = (fn: () => Promise<unknown>, done: string) => Promise<string>;
const values = (f: FormData) => (k: string) => String(f.get(k) ?? '').trim();

/** A coordinator returns a submitted assessment with a reason typed in the page. */
export function ReturnForm({ assessment, act, onDone }: { assessment: Assessment; act: Act; onDone: (said: string) => void }) {
  const { t } = useTranslation('legislation');
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t('return')}
      </button>
    );
  // The form goes away once the assessment is returned: what happened is said at the top of the page.
  const send = async (f: FormData) => {
    const said = await act(() => api.post(`/api/legislation/assessments/${assessment.id}/return`, { reason: values(f)('reason') }), t('done.return'));
    setOpen(false);
    onDone(said);
  };
  return (
    <Form className="form-grid" onSubmit={send} aria-label={t('returnTitle', { standard: assessment.standardId })}>
      <Field label={t('returnReason')} name="reason" required minLength={3} maxLength={2000} autoFocus />
      <button type="submit">{t('return')}</button>
      <button type="button" onClick={() => setOpen(false)}>
        {t('cancel')}
      </button>
    </Form>
  );
}

/** Changes the kind, title, citation, year, status or dates of one recorded instrument (only fields changed are sent). */
export function EditInstrumentForm({ instruments, act }: { instruments: Instrument[]; act: Act }) {
  const { t } = useTranslation('legislation');
  const [id, setId] = useState(instruments[0]?.id ?? '');
  const current = instruments.find((i) => i.id === id) ?? instruments[0];
  if (!current) return null;
  const save = (f: FormData) => {
    const v = values(f);
    const next: Record<string, unknown> = {
      kind: v('kind'),
      title: v('title'),
      citation: v('citation'),
      year: v('year') ? Number(v('year')) : null,
      status: v('status'),
      inForceFrom: v('inForceFrom') || null,
      repealedOn: v('repealedOn') || null,
    };
    const before: Record<string, unknown> = {
      kind: current.kind,
      title: current.title,
      citation: current.citation,
      year: current.year,
      status: current.status,
      inForceFrom: current.inForceFrom,
      repealedOn: current.repealedOn,
    };
    const changed = Object.fromEntries(Object.entries(next).filter(([k, x]) => x !== before[k]));
    return act(() => api.patch(`/api/legislation/instruments/${current.id}`, changed), t('saved'));
  };
  return (
    <Form className="card form-grid" onSubmit={save} aria-label={t('editInstrument')} key={current.id}>
      <h3>{t('editInstrument')}</h3>
      <Select
        label={t('instrument')}
        name="id"
        value={current.id}
        onChange={(e) => setId(e.target.value)}
        options={instruments.map((i) => ({ value: i.id, label: i.title }))}
      />
      <Select
        label={t('kind')}
        name="kind"
        defaultValue={current.kind}
        options={['act', 'amendment', 'bill'].map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
      />
      <Field label={t('instrumentTitle')} name="title" defaultValue={current.title} required minLength={2} />
      <Field label={t('citation')} name="citation" defaultValue={current.citation} />
      <Field label={t('year')} name="year" type="number" min={1800} max={2200} defaultValue={current.year ?? ''} />
      <Select
        label={t('instrumentStatusLabel')}
        name="status"
        defaultValue={current.status}
        options={['bill', 'in_force', 'amended', 'repealed'].map((k) => ({ value: k, label: t(`instrumentStatus.${k}`) }))}
      />
      <Field label={t('inForceFrom')} name="inForceFrom" type="date" defaultValue={current.inForceFrom ?? ''} />
      <Field label={t('repealedOn')} name="repealedOn" type="date" defaultValue={current.repealedOn ?? ''} />
      <button type="submit">{t('save')}</button>
    </Form>
  );
}

/** A focal point records an extradition or MLA treaty (or arrangement) between their state and others. */
export function CooperationInstrumentForm({ state, act }: { state: string; act: Act }) {
  const { t } = useTranslation('legislation');
  const memberName = useMemberNames();
  const record = (f: FormData) => {
    const v = values(f);
    const others = v('parties')
      .toUpperCase()
      .split(/[\s,]+/)
      .filter(Boolean);
    return act(
      () =>
        api.post('/api/legislation/cooperation/instruments', {
          kind: v('kind'),
          title: v('title'),
          parties: [state, ...others],
          covers: f.getAll('covers').map(String),
          signedOn: v('signedOn') || null,
          inForceFrom: v('inForceFrom') || null,
          terminatedOn: v('terminatedOn') || null,
          source: v('source'),
        }),
      t('saved'),
    );
  };
  return (
    <Form className="card form-grid" onSubmit={record} resetOnSuccess aria-label={t('recordTreaty')}>
      <h3>{t('recordTreaty')}</h3>
      <Select
        label={t('kind')}
        name="kind"
        options={['extradition_treaty', 'mla_treaty', 'arrangement'].map((k) => ({ value: k, label: t(`treatyKinds.${k}`) }))}
      />
      <Field label={t('instrumentTitle')} name="title" required minLength={3} />
      <Field label={t('otherParties')} name="parties" required help={t('otherPartiesHelp', { state: memberName(state) })} />
      <CheckGroup
        legend={t('covers')}
        name="covers"
        required
        defaultValue={['extradition']}
        options={[
          { value: 'extradition', label: t('coversExtradition') },
          { value: 'mla', label: t('coversMla') },
        ]}
      />
      <Field label={t('signedOn')} name="signedOn" type="date" />
      <Field label={t('inForceFrom')} name="inForceFrom" type="date" />
      <Field label={t('terminatedOn')} name="terminatedOn" type="date" />
      <Field label={t('source')} name="source" />
      <button type="submit">{t('save')}</button>
    </Form>
  );
}
