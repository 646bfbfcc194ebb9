// The coordinator sends a draft survey to all member states or to chosen members, with a deadline.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { Form } from '../../components/form';
import { CheckGroup, Field, RadioGroup, useApi } from '../../components/ui';

interface Members {
  members: { code: string; name: string; kind: string }[];
}

/** `onSent` receives what happened: the page says it, since this form goes away once the survey is sent. */
export function SendForm({ surveyId, onSent }: { surveyId: string; onSent: (message: string) => void }) {
  const { t } = useTranslation('surveys');
  const [audience, setAudience] = useState<'all' | 'chosen'>('all');
  const members = useApi(() => api.get<Members>('/api/members'), []);
  const inMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

  async function send(f: FormData) {
    const r = await api.post<{ recipients: string[] }>(`/api/surveys/${surveyId}/send`, {
      audience,
      states: audience === 'chosen' ? f.getAll('states').map(String) : [],
      deadline: String(f.get('deadline') ?? ''),
    });
    onSent(t('detail.sent', { count: r.recipients.length }));
  }

  return (
    <Form onSubmit={send} aria-label={t('detail.send')}>
      <RadioGroup
        legend={t('detail.audience')}
        name="audience"
        value={audience}
        onChange={(v) => setAudience(v as 'all' | 'chosen')}
        options={[
          { value: 'all', label: t('detail.all') },
          { value: 'chosen', label: t('detail.chosen') },
        ]}
      />
      {audience === 'chosen' && (
        <CheckGroup
          className="choice-list"
          legend={t('detail.chosenStates')}
          name="states"
          required
          options={(members.data?.members ?? []).filter((m) => m.kind !== 'organisation').map((m) => ({ value: m.code, label: `${m.name} (${m.code})` }))}
        />
      )}
      <Field label={t('deadline')} name="deadline" type="date" defaultValue={inMonth} required />
      <button type="submit">{t('detail.sendButton')}</button>
    </Form>
  );
}
