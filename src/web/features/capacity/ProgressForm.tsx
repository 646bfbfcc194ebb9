// Records progress (or completion, or cancellation) of agreed assistance.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorMessage, Field, Select } from '../../components/ui';
import type { Assistance } from './types';

export function ProgressForm({ assistance, onDone }: { assistance: Assistance; onDone: () => void }) {
  const { t } = useTranslation('capacity');
  const [error, setError] = useState<unknown>(null);
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    setError(null);
    try {
      await api.post(`/api/capacity/assistance/${assistance.id}/progress`, { status: String(f.get('status')), note: String(f.get('note') ?? ''), on: String(f.get('on')) });
      onDone();
    } catch (err) { setError(err); }
  }
  return (
    <form onSubmit={submit} className="form-grid" aria-label={`${t('recordProgress')}: ${assistance.needTitle}`}>
      <Select label={t('status')} name="status" defaultValue="in_progress" options={(['agreed', 'in_progress', 'completed', 'cancelled'] as const).map((s) => ({ value: s, label: t(`assistanceStatus.${s}`) }))} />
      <Field label={t('note')} name="note" required />
      <Field label={t('on')} name="on" type="date" required defaultValue={new Date().toISOString().slice(0, 10)} />
      <ErrorMessage error={error} />
      <button type="submit">{t('recordProgress')}</button>
    </form>
  );
}
