// The form an acting state uses to report its progress on one action.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorMessage, Field, Notice, Select } from '../../components/ui';

export function ProgressForm({ actionId, kinds, onDone }: { actionId: string; kinds: { id: string; label: string }[]; onDone: () => void }) {
  const { t } = useTranslation('plans');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const text = (k: string) => String(f.get(k) ?? '').trim();
    setError(null);
    try {
      await api.post(`/api/plans/actions/${encodeURIComponent(actionId)}/progress`, {
        status: text('status'), narrative: text('narrative'), evidence: text('evidence'), capacityNeeds: f.getAll('capacityNeeds').map(String), capacityNote: text('capacityNote'),
      });
      setDone(true);
      onDone();
    } catch (err) { setError(err); }
  }

  if (done) return <Notice>{t('reported')}</Notice>;
  return (
    <form onSubmit={submit} className="form-grid" aria-label={t('report')}>
      <ErrorMessage error={error} />
      <Select label={t('status')} name="status" options={(['not_started', 'in_progress', 'completed', 'blocked'] as const).map((s) => ({ value: s, label: t(`statuses.${s}`) }))} />
      <Field label={t('narrative')} name="narrative" required />
      <Field label={t('evidence')} name="evidence" />
      <fieldset>
        <legend>{t('capacityNeeds')}</legend>
        {kinds.map((k) => <label key={k.id} className="checkbox"><input type="checkbox" name="capacityNeeds" value={k.id} /> {k.label}</label>)}
      </fieldset>
      <Field label={t('capacityNote')} name="capacityNote" />
      <button type="submit">{t('submit')}</button>
    </form>
  );
}
