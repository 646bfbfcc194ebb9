// Forms of a state's legislation page: the reason for returning an assessment (in the page, not a pop-up),
// editing a recorded instrument, and recording a bilateral extradition or MLA treaty the state is party to.
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { Field, Select } from '../../components/ui';
import type { Assessment, Instruments } from './types';

type Instrument = Instruments['instruments'][number];
/** Runs a change, shows `done` or the error, reloads the page's data; true when it succeeded. */
export type Act = (fn: () => Promise<unknown>, done: string) => Promise<boolean>;
const values = (e: FormEvent<HTMLFormElement>) => {
  e.preventDefault();
  const f = new FormData(e.currentTarget);
  return (k: string) => String(f.get(k) ?? '').trim();
};

/** A coordinator returns a submitted assessment with a reason typed in the page. */
export function ReturnForm({ assessment, act }: { assessment: Assessment; act: Act }) {
  const { t } = useTranslation('legislation');
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t('return')}
      </button>
    );
  const send = (e: FormEvent<HTMLFormElement>) => {
    const v = values(e);
    void act(() => api.post(`/api/legislation/assessments/${assessment.id}/return`, { reason: v('reason') }), t('done.return')).then(
      (ok) => ok && setOpen(false),
    );
  };
  return (
    <form className="form-grid" onSubmit={send} aria-label={t('returnTitle', { standard: assessment.standardId })}>
      <Field label={t('returnReason')} name="reason" required minLength={3} maxLength={2000} autoFocus />
      <button type="submit">{t('return')}</button>
      <button type="button" onClick={() => setOpen(false)}>
        {t('cancel')}
      </button>
    </form>
  );
}

/** Changes the kind, title, citation, year, status or dates of one recorded instrument (only fields changed are sent). */
export function EditInstrumentForm({ instruments, act }: { instruments: Instrument[]; act: Act }) {
  const { t } = useTranslation('legislation');
  const [id, setId] = useState(instruments[0]?.id ?? '');
  const current = instruments.find((i) => i.id === id) ?? instruments[0];
  if (!current) return null;
  const save = (e: FormEvent<HTMLFormElement>) => {
    const v = values(e);
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
    void act(() => api.patch(`/api/legislation/instruments/${current.id}`, changed), t('saved'));
  };
  return (
    <form className="card form-grid" onSubmit={save} aria-label={t('editInstrument')} key={current.id}>
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
    </form>
  );
}

/** A focal point records an extradition or MLA treaty (or arrangement) between their state and others. */
export function CooperationInstrumentForm({ state, act }: { state: string; act: Act }) {
  const { t } = useTranslation('legislation');
  const legend = useId();
  const record = (e: FormEvent<HTMLFormElement>) => {
    const f = new FormData(e.currentTarget);
    const v = values(e);
    const others = v('parties')
      .toUpperCase()
      .split(/[\s,]+/)
      .filter(Boolean);
    void act(
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
    <form className="card form-grid" onSubmit={record} aria-label={t('recordTreaty')}>
      <h3>{t('recordTreaty')}</h3>
      <Select
        label={t('kind')}
        name="kind"
        options={['extradition_treaty', 'mla_treaty', 'arrangement'].map((k) => ({ value: k, label: t(`treatyKinds.${k}`) }))}
      />
      <Field label={t('instrumentTitle')} name="title" required minLength={3} />
      <Field label={t('otherParties')} name="parties" required help={t('otherPartiesHelp', { state })} />
      <fieldset aria-labelledby={legend}>
        <legend id={legend}>{t('covers')}</legend>
        <label>
          <input type="checkbox" name="covers" value="extradition" defaultChecked /> {t('coversExtradition')}
        </label>
        <label>
          <input type="checkbox" name="covers" value="mla" /> {t('coversMla')}
        </label>
      </fieldset>
      <Field label={t('signedOn')} name="signedOn" type="date" />
      <Field label={t('inForceFrom')} name="inForceFrom" type="date" />
      <Field label={t('terminatedOn')} name="terminatedOn" type="date" />
      <Field label={t('source')} name="source" />
      <button type="submit">{t('save')}</button>
    </form>
  );
}
