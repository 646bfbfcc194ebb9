// The form an acting state uses to report its progress on one action.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { Form } from '../../components/form';
import { CheckGroup, Field, Notice, Select } from '../../components/ui';

export function ProgressForm({ actionId, kinds, onDone }: { actionId: string; kinds: { id: string; label: string }[]; onDone: () => void }) {
  const { t } = useTranslation('plans');
  const [done, setDone] = useState(false);

  async function submit(f: FormData) {
    const text = (k: string) => String(f.get(k) ?? '').trim();
    await api.post(`/api/plans/actions/${encodeURIComponent(actionId)}/progress`, {
      status: text('status'),
      narrative: text('narrative'),
      evidence: text('evidence'),
      capacityNeeds: f.getAll('capacityNeeds').map(String),
      capacityNote: text('capacityNote'),
    });
    setDone(true);
    onDone();
  }

  if (done) return <Notice>{t('reported')}</Notice>;
  return (
    <Form onSubmit={submit} className="form-grid" aria-label={t('report')}>
      <Select
        label={t('status')}
        name="status"
        options={(['not_started', 'in_progress', 'completed', 'blocked'] as const).map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
      />
      <Field label={t('narrative')} name="narrative" required />
      <Field label={t('evidence')} name="evidence" />
      <CheckGroup legend={t('capacityNeeds')} name="capacityNeeds" options={kinds.map((k) => ({ value: k.id, label: k.label }))} />
      <Field label={t('capacityNote')} name="capacityNote" />
      <button type="submit">{t('submit')}</button>
    </Form>
  );
}
