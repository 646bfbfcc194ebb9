// Cross-matching: run the matcher, read each proposal's reasons, confirm, reject or undo a merge.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorMessage, Loading, useApi } from '../../components/ui';
import type { Match } from './types';

export function MatchesPage() {
  const { t } = useTranslation('networks');
  const { data, error, loading, reload } = useApi(() => api.get<{ matches: Match[] }>('/api/networks/matches'), []);
  const [message, setMessage] = useState('');
  const [actionError, setActionError] = useState<unknown>(null);
  async function act(url: string) {
    setActionError(null);
    try {
      const res = await api.post<{ proposed?: number; status?: string }>(url);
      setMessage(res.proposed !== undefined ? t('proposed', { count: res.proposed }) : String(res.status));
      reload();
    } catch (e) { setActionError(e); }
  }
  const entity = (e: Match['a']) => <><Link to={`/networks/entities/${encodeURIComponent(e.id)}`}>{e.caption}</Link> ({e.sourceState ?? '?'})</>;
  return (
    <>
      <button type="button" onClick={() => act('/api/networks/matches/run')}>{t('run')}</button>
      <p role="status">{message}</p>
      <ErrorMessage error={error ?? actionError} />
      {loading && <Loading />}
      {data && (data.matches.length === 0 ? <p>{t('noMatches')}</p> : (
        <table className="table">
          <caption>{t('matches')}</caption>
          <thead><tr><th scope="col">{t('records')}</th><th scope="col">{t('score')}</th><th scope="col">{t('reasons')}</th><th scope="col">{t('status')}</th><th scope="col">{t('status')}</th></tr></thead>
          <tbody>
            {data.matches.map((m) => (
              <tr key={m.id}>
                <td>{entity(m.a)} · {entity(m.b)}</td>
                <td>{m.score.toFixed(2)}</td>
                <td><ul>{m.reasons.map((r) => <li key={r}>{r}</li>)}</ul></td>
                <td>{m.status}</td>
                <td>
                  {(m.status === 'proposed' || m.status === 'unmerged') && <button type="button" aria-label={`${t('confirm')}: ${m.a.caption} · ${m.b.caption}`} onClick={() => act(`/api/networks/matches/${m.id}/confirm`)}>{t('confirm')}</button>}
                  {m.status === 'proposed' && <button type="button" aria-label={`${t('reject')}: ${m.a.caption} · ${m.b.caption}`} onClick={() => act(`/api/networks/matches/${m.id}/reject`)}>{t('reject')}</button>}
                  {m.status === 'confirmed' && <button type="button" aria-label={`${t('unmerge')}: ${m.a.caption} · ${m.b.caption}`} onClick={() => act(`/api/networks/matches/${m.id}/unmerge`)}>{t('unmerge')}</button>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </>
  );
}
