// Records progress (or completion, or cancellation) of agreed assistance; cancelling is asked first.
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { Form } from '../../components/form';
import { Field, Select } from '../../components/ui';
import type { Assistance } from './types';

export function ProgressForm({ assistance, onDone }: { assistance: Assistance; onDone: () => void }) {
  const { t } = useTranslation('capacity');
  async function submit(f: FormData) {
    await api.post(`/api/capacity/assistance/${assistance.id}/progress`, {
      status: String(f.get('status')),
      note: String(f.get('note') ?? ''),
      on: String(f.get('on')),
    });
    onDone();
  }
  // Cancelling ends the assistance for both sides: asked first, like every final step.
  const cancelling = (form: HTMLFormElement | null) => new FormData(form ?? undefined).get('status') === 'cancelled';
  const id = `progress-${assistance.id}`;
  return (
    <Form
      id={id}
      onSubmit={submit}
      className="form-grid"
      aria-label={`${t('recordProgress')}: ${assistance.needTitle}`}
      confirm={() =>
        cancelling(document.getElementById(id) as HTMLFormElement | null)
          ? { title: t('cancelTitle', { title: assistance.needTitle }), body: t('cancelBody'), confirm: t('cancelConfirm'), danger: true }
          : null
      }
    >
      <Select
        label={t('status')}
        name="status"
        defaultValue="in_progress"
        options={(['agreed', 'in_progress', 'completed', 'cancelled'] as const).map((s) => ({ value: s, label: t(`assistanceStatus.${s}`) }))}
      />
      <Field label={t('note')} name="note" required />
      <Field label={t('on')} name="on" type="date" required defaultValue={new Date().toISOString().slice(0, 10)} />
      <button type="submit">{t('recordProgress')}</button>
    </Form>
  );
}
