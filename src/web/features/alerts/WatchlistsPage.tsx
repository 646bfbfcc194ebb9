// My watch-lists (names, documents, vessels, phones), making a new one, and the matches one raised. A match on a record
// I may not read shows only who recorded it, so that I can ask for access.

import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { z } from 'zod';
import type { matchesResponse, watchlistsResponse } from '../../../server/modules/alerts/schemas';
import { api } from '../../api';
import { Form, FormProblem } from '../../components/form';
import { DemoBadge, ErrorMessage, Field, formatDateTime, Loading, TextArea, useApi } from '../../components/ui';
import { useFormat } from '../../i18n/format';
import { useMemberNames } from '../../i18n/states';

const KINDS = ['name', 'document', 'vessel', 'phone'] as const;

function NewWatchlist({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation('alerts');
  const submit = async (f: FormData) => {
    const entries = KINDS.flatMap((kind) =>
      String(f.get(`entries-${kind}`) ?? '')
        .split('\n')
        .map((v) => v.trim())
        .filter(Boolean)
        .map((value) => ({ kind, value })),
    );
    if (!entries.length) throw new FormProblem('entries-name', t('needEntry'));
    await api.post('/api/alerts/watchlists', { name: f.get('name'), entries });
    onCreated();
    return t('created');
  };
  return (
    <Form onSubmit={submit} resetOnSuccess className="form-grid" aria-labelledby="new-watchlist">
      <h3 id="new-watchlist">{t('newWatchlist')}</h3>
      <Field label={t('watchlistName')} name="name" required maxLength={200} />
      {KINDS.map((kind) => (
        <TextArea key={kind} label={t(`kindLines.${kind}`)} name={`entries-${kind}`} rows={3} />
      ))}
      <button type="submit">{t('create')}</button>
    </Form>
  );
}

export function WatchlistsPage() {
  const { t } = useTranslation('alerts');
  const lists = useApi(() => api.get<z.infer<typeof watchlistsResponse>>('/api/alerts/watchlists'), []);
  return (
    <section aria-labelledby="watchlists">
      <h2 id="watchlists">{t('watchlists')}</h2>
      <ErrorMessage error={lists.error} />
      {!lists.data ? (
        !lists.error && <Loading />
      ) : lists.data.watchlists.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ul className="cards">
          {lists.data.watchlists.map((w) => (
            <li key={w.id} className="card">
              <h3>
                {w.name} <DemoBadge demo={w.demo} />
              </h3>
              <ul>
                {w.entries.map((e) => (
                  <li key={e.id}>
                    {t(`kinds.${e.kind}`)}: {e.value}
                  </li>
                ))}
              </ul>
              <Link to={`/alerts/watchlists/${w.id}`}>
                {t('open')}: {w.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <NewWatchlist onCreated={lists.reload} />
    </section>
  );
}

export function WatchlistMatchesPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('alerts');
  const format = useFormat();
  const name = useMemberNames();
  const lists = useApi(() => api.get<z.infer<typeof watchlistsResponse>>('/api/alerts/watchlists'), []);
  const matches = useApi(() => api.get<z.infer<typeof matchesResponse>>(`/api/alerts/watchlists/${id}/matches`), [id]);
  const list = lists.data?.watchlists.find((w) => w.id === id);
  return (
    <section aria-labelledby="watchlist-matches">
      <p>
        <Link to="/alerts/watchlists">{t('watchlists')}</Link>
      </p>
      <h2 id="watchlist-matches">
        {t('matches')}
        {list ? `: ${list.name}` : ''}
      </h2>
      <ErrorMessage error={matches.error} />
      {!matches.data ? (
        !matches.error && <Loading />
      ) : matches.data.matches.length === 0 ? (
        <p>{t('noMatches')}</p>
      ) : (
        <table className="table" aria-labelledby="watchlist-matches">
          <thead>
            <tr>
              <th scope="col">{t('watched')}</th>
              <th scope="col">{t('match')}</th>
              <th scope="col">{t('recordedBy')}</th>
              <th scope="col">{t('score')}</th>
              <th scope="col">{t('recordedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {matches.data.matches.map((m) => (
              <tr key={m.id}>
                <td>
                  {t(`kinds.${m.kind}`)}: {m.entryValue}
                </td>
                <td>
                  {m.entity ? (
                    <Link to={`/networks/entities/${encodeURIComponent(m.entity.id)}`}>{m.entity.caption}</Link>
                  ) : (
                    t('requestAccess', { state: m.recordedBy ? name(m.recordedBy) : t('theRso') })
                  )}
                </td>
                <td>{m.recordedBy ? name(m.recordedBy) : t('theRso')}</td>
                <td>{format.fixed(m.score, 2)}</td>
                <td>{formatDateTime(m.createdAt, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
