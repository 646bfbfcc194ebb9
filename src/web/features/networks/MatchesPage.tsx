// Cross-matching: proposals best first, the two records side by side with the reasons, decisions one by one or in bulk, merges undone.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api';
import { ActionButton } from '../../components/form';
import { ErrorMessage, Loading, useApi } from '../../components/ui';
import { useFormat } from '../../i18n/format';
import type { Match } from './types';

type Status = Match['status'];
const statuses = ['proposed', 'confirmed', 'rejected', 'unmerged'] as const;

function RecordCell({ record }: { record: Match['a'] }) {
  const { t } = useTranslation('networks');
  const others = record.names.filter((n) => n !== record.caption);
  return (
    <div className="match-record">
      <Link to={`/networks/entities/${encodeURIComponent(record.id)}`}>{record.caption}</Link>
      <dl>
        {others.length > 0 && (
          <>
            <dt>{t('matching.aliases')}</dt>
            <dd>{others.join('; ')}</dd>
          </>
        )}
        {record.birthDate && (
          <>
            <dt>{t('matching.born')}</dt>
            <dd>{record.birthDate}</dd>
          </>
        )}
        {record.nationality && (
          <>
            <dt>{t('matching.nationality')}</dt>
            <dd>{record.nationality}</dd>
          </>
        )}
        {record.identifiers.length > 0 && (
          <>
            <dt>{t('matching.numbers')}</dt>
            <dd>{record.identifiers.join(', ')}</dd>
          </>
        )}
      </dl>
      <small>{t('matching.reportedBy', { state: record.sourceState ?? '?' })}</small>
    </div>
  );
}

export function MatchesPage() {
  const { t } = useTranslation('networks');
  const format = useFormat();
  const [status, setStatus] = useState<Status | 'all'>('proposed');
  const { data, error, loading, reload } = useApi(
    () => api.get<{ matches: Match[] }>(`/api/networks/matches${status === 'all' ? '' : `?status=${status}`}`),
    [status],
  );
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [message, setMessage] = useState('');

  // What a step did is said in the status line above the table; a refusal beside the button that asked for it.
  async function act(run: () => Promise<string>) {
    const said = await run();
    setSelected(new Set());
    reload();
    return said;
  }
  const said = (outcome: string | null) => setMessage(outcome ?? '');
  const runMatcher = () => act(async () => t('proposed', { count: (await api.post<{ proposed: number }>('/api/networks/matches/run')).proposed }));
  const decideOne = (m: Match, verb: 'confirm' | 'reject' | 'unmerge') =>
    act(async () => t(`matching.statuses.${(await api.post<Match>(`/api/networks/matches/${m.id}/${verb}`)).status}`));
  const decideSelected = (decision: 'confirm' | 'reject') =>
    act(async () =>
      t('matching.decided', { count: (await api.post<{ matches: Match[] }>('/api/networks/matches/decide', { ids: [...selected], decision })).matches.length }),
    );

  const toggle = (id: number) =>
    setSelected((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const proposals = data?.matches.filter((m) => m.status === 'proposed') ?? [];
  const pair = (m: Match) => `${m.a.caption} · ${m.b.caption}`;
  const reasonText = (r: Match['explanation'][number]) => t(`matching.reason.${r.code}`, { ...r.params, interpolation: { escapeValue: false } });

  return (
    <>
      <div className="toolbar">
        <ActionButton onDone={said} onAction={runMatcher}>
          {t('run')}
        </ActionButton>{' '}
        <label>
          {t('matching.filter')}{' '}
          <select
            value={status}
            onChange={(e) => {
              setStatus(e.target.value as Status | 'all');
              setSelected(new Set());
            }}
          >
            {statuses.map((s) => (
              <option key={s} value={s}>
                {t(`matching.statuses.${s}`)}
              </option>
            ))}
            <option value="all">{t('matching.statuses.all')}</option>
          </select>
        </label>
        <ActionButton
          disabled={selected.size === 0}
          onDone={said}
          confirm={{
            title: t('matching.confirmAsk', { count: selected.size }),
            body: t('matching.confirmBody'),
            confirm: t('matching.confirmSelected', { count: selected.size }),
          }}
          onAction={() => decideSelected('confirm')}
        >
          {t('matching.confirmSelected', { count: selected.size })}
        </ActionButton>
        <ActionButton
          disabled={selected.size === 0}
          onDone={said}
          confirm={{
            title: t('matching.rejectAsk', { count: selected.size }),
            body: t('matching.rejectBody'),
            confirm: t('matching.rejectSelected', { count: selected.size }),
            danger: true,
          }}
          onAction={() => decideSelected('reject')}
        >
          {t('matching.rejectSelected', { count: selected.size })}
        </ActionButton>
      </div>
      <p role="status">{message}</p>
      <ErrorMessage error={error} />
      {loading && <Loading />}
      {data &&
        (data.matches.length === 0 ? (
          <p>{t('noMatches')}</p>
        ) : (
          <table className="table matches">
            <caption>{t('matches')}</caption>
            <thead>
              <tr>
                <th scope="col">
                  <input
                    type="checkbox"
                    aria-label={t('matching.selectAll')}
                    disabled={proposals.length === 0}
                    checked={proposals.length > 0 && proposals.every((m) => selected.has(m.id))}
                    onChange={(e) => setSelected(e.target.checked ? new Set(proposals.map((m) => m.id)) : new Set())}
                  />
                </th>
                <th scope="col">{t('score')}</th>
                <th scope="col">{t('matching.recordA')}</th>
                <th scope="col">{t('matching.recordB')}</th>
                <th scope="col">{t('reasons')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('matching.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {data.matches.map((m) => (
                <tr key={m.id}>
                  <td>
                    {m.status === 'proposed' && (
                      <input type="checkbox" aria-label={`${t('matching.select')}: ${pair(m)}`} checked={selected.has(m.id)} onChange={() => toggle(m.id)} />
                    )}
                  </td>
                  <td>{format.fixed(m.score, 2)}</td>
                  <td>
                    <RecordCell record={m.a} />
                  </td>
                  <td>
                    <RecordCell record={m.b} />
                  </td>
                  <td>
                    <ul>
                      {m.explanation.length > 0 ? m.explanation.map((r, i) => <li key={i}>{reasonText(r)}</li>) : m.reasons.map((r) => <li key={r}>{r}</li>)}
                    </ul>
                  </td>
                  <td>{t(`matching.statuses.${m.status}`)}</td>
                  <td>
                    {(m.status === 'proposed' || m.status === 'unmerged') && (
                      <ActionButton aria-label={`${t('confirm')}: ${pair(m)}`} onDone={said} onAction={() => decideOne(m, 'confirm')}>
                        {t('confirm')}
                      </ActionButton>
                    )}
                    {m.status === 'proposed' && (
                      <ActionButton aria-label={`${t('reject')}: ${pair(m)}`} onDone={said} onAction={() => decideOne(m, 'reject')}>
                        {t('reject')}
                      </ActionButton>
                    )}
                    {m.status === 'confirmed' && (
                      <ActionButton aria-label={`${t('unmerge')}: ${pair(m)}`} onDone={said} onAction={() => decideOne(m, 'unmerge')}>
                        {t('unmerge')}
                      </ActionButton>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </>
  );
}
