// The coordinator sends a draft survey to all member states or to chosen members, with a deadline.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorMessage, Field, Notice, useApi } from '../../components/ui';

interface Members { members: { code: string; name: string; kind: string }[] }

export function SendForm({ surveyId, onSent }: { surveyId: string; onSent: () => void }) {
  const { t } = useTranslation('surveys');
  const [audience, setAudience] = useState<'all' | 'chosen'>('all');
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState<number | null>(null);
  const members = useApi(() => api.get<Members>('/api/members'), []);
  const inMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

  async function send(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    setError(null);
    try {
      const r = await api.post<{ recipients: string[] }>(`/api/surveys/${surveyId}/send`, {
        audience, states: audience === 'chosen' ? f.getAll('states').map(String) : [], deadline: String(f.get('deadline') ?? ''),
      });
      setSent(r.recipients.length);
      onSent();
    } catch (err) { setError(err); }
  }

  if (sent !== null) return <Notice>{t('detail.sent', { n: sent })}</Notice>;
  return (
    <form onSubmit={send} aria-label={t('detail.send')}>
      <fieldset>
        <legend>{t('detail.audience')}</legend>
        <label className="field checkbox"><input type="radio" name="audience" value="all" checked={audience === 'all'} onChange={() => setAudience('all')} /> {t('detail.all')}</label>
        <label className="field checkbox"><input type="radio" name="audience" value="chosen" checked={audience === 'chosen'} onChange={() => setAudience('chosen')} /> {t('detail.chosen')}</label>
      </fieldset>
      {audience === 'chosen' && (
        <fieldset className="choice-list">
          <legend>{t('detail.chosenStates')}</legend>
          {(members.data?.members ?? []).filter((m) => m.kind !== 'organisation').map((m) => (
            <label key={m.code} className="field checkbox"><input type="checkbox" name="states" value={m.code} /> {m.name} ({m.code})</label>
          ))}
        </fieldset>
      )}
      <Field label={t('deadline')} name="deadline" type="date" defaultValue={inMonth} required />
      <ErrorMessage error={error} />
      <button type="submit">{t('detail.sendButton')}</button>
    </form>
  );
}
