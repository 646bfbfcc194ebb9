// The audit view: filter the hash-chained log and verify the chain.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../api';
import { filterProblems } from '../components/form-errors';
import { ErrorMessage, Field, formatDateTime, Loading, Notice, Page, Select, useApi } from '../components/ui';

interface Entry {
  id: number;
  at: string;
  actor: string | null;
  actorState: string | null;
  ip: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  outcome: string;
  detail: Record<string, unknown>;
}

export default function Audit() {
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useState({ actor: '', action: '', outcome: '', from: '', to: '' });
  const [before, setBefore] = useState<number | undefined>(undefined);
  const [verdict, setVerdict] = useState<string | null>(null);
  const { data, error, loading } = useApi(
    () => api.get<{ entries: Entry[]; nextBefore: number | null }>(`/api/audit${query({ ...filter, before })}`),
    [JSON.stringify(filter), before],
  );
  // The boxes hold what the server accepts (actor 254, action 100); a refusal it still sends is said beside its box.
  const refused = filterProblems(error, ['actor', 'action', 'from', 'to']);
  const set = (k: keyof typeof filter) => (e: { target: { value: string } }) => {
    setBefore(undefined);
    setFilter({ ...filter, [k]: e.target.value });
  };

  async function verify() {
    const r = await api.get<{ ok: boolean; entries: number; brokenAt?: number; reason?: string }>('/api/audit/verify');
    setVerdict(r.ok ? t('audit.intact', { count: r.entries }) : t('audit.broken', { id: r.brokenAt, reason: r.reason }));
  }

  return (
    <Page
      title={t('audit.title')}
      intro={t('audit.intro')}
      actions={
        <button type="button" onClick={() => void verify()}>
          {t('audit.verify')}
        </button>
      }
    >
      {verdict && <Notice>{verdict}</Notice>}
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <Field label={t('audit.actor')} name="actor" maxLength={254} value={filter.actor} onChange={set('actor')} error={refused.beside.actor} />
        <Field label={t('audit.action')} name="action" maxLength={100} value={filter.action} onChange={set('action')} error={refused.beside.action} />
        <Select
          label={t('audit.outcome')}
          value={filter.outcome}
          onChange={set('outcome')}
          options={['', 'ok', 'denied', 'invalid', 'not_found', 'conflict', 'failed'].map((o) => ({
            value: o,
            label: o ? t(`audit.outcomes.${o}`) : t('app.all'),
          }))}
        />
        <Field label={t('audit.fromDay')} name="from" type="date" value={filter.from} onChange={set('from')} error={refused.beside.from} />
        <Field label={t('audit.toDay')} name="to" type="date" value={filter.to} onChange={set('to')} error={refused.beside.to} />
      </form>
      <ErrorMessage error={refused.rest} />
      {loading && !data ? (
        <Loading />
      ) : (
        <table className="table audit">
          <caption className="visually-hidden">{t('audit.title')}</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('audit.at')}</th>
              <th scope="col">{t('audit.actor')}</th>
              <th scope="col">{t('audit.action')}</th>
              <th scope="col">{t('audit.target')}</th>
              <th scope="col">{t('audit.outcome')}</th>
              <th scope="col">{t('audit.ip')}</th>
              <th scope="col">{t('audit.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {data?.entries.map((e) => (
              <tr key={e.id} className={e.outcome === 'ok' ? '' : 'row-warn'}>
                <td>{e.id}</td>
                <td>{formatDateTime(e.at, i18n.language)}</td>
                <td>
                  {e.actor ?? '—'}
                  {e.actorState && ` (${e.actorState})`}
                </td>
                <td>
                  <code>{e.action}</code>
                </td>
                {/* What was acted on is named by its code and id, as the audit records it and as an auditor searches for it. */}
                <td>{e.targetType ? <code>{`${e.targetType} ${e.targetId ?? ''}`}</code> : '—'}</td>
                <td>{t(`audit.outcomes.${e.outcome}`, { defaultValue: e.outcome })}</td>
                <td>{e.ip ?? '—'}</td>
                <td>
                  <code className="detail">{JSON.stringify(e.detail)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data?.nextBefore && (
        <button type="button" onClick={() => setBefore(data.nextBefore!)}>
          {t('audit.more')}
        </button>
      )}
    </Page>
  );
}
