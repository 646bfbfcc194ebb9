// The directory page: filter by state and topic, read committees, contact points and liaison officers; focal points add and confirm.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Permission } from '../../../server/access/permissions';
import type { directoryResponse, staleResponse, topicsResponse } from '../../../server/modules/directory/schemas';
import type { membersResponse } from '../../../server/modules/members/schemas';
import { api, query } from '../../api';
import { usePermission, useUser } from '../../app/session';
import { DemoBadge, ErrorMessage, Field, formatDate, Loading, Notice, Page, Select, useApi } from '../../components/ui';
import { useVocabulary } from '../../i18n/vocabulary';

type Directory = z.infer<typeof directoryResponse>;
type Stale = z.infer<typeof staleResponse>;

export default function DirectoryPage() {
  const { t, i18n } = useTranslation('directory');
  const user = useUser();
  const keeper = usePermission(Permission.DirectoryWrite);
  const [state, setState] = useState(user.state ?? '');
  const [topic, setTopic] = useState('');
  const members = useApi(() => api.get<z.infer<typeof membersResponse>>('/api/members'), []);
  const topics = useApi(() => api.get<z.infer<typeof topicsResponse>>('/api/directory/topics'), []);
  const directory = useApi(() => api.get<Directory>(`/api/directory${query({ state, topic })}`), [state, topic]);
  const stale = useApi(() => (keeper ? api.get<Stale>('/api/directory/stale') : Promise.resolve({ entries: [] } as Stale)), [keeper]);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const stateOptions = [{ value: '', label: t('any') }, ...(members.data?.members ?? []).map((m) => ({ value: m.code, label: m.name }))];
  const label = useVocabulary();
  const topicLabel = (id: string) => label('contactTopic', id);
  const topicOptions = [{ value: '', label: t('any') }, ...(topics.data?.topics ?? []).map((x) => ({ value: x.id, label: topicLabel(x.id) }))];

  async function add(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const text = (k: string) => String(f.get(k) ?? '').trim();
    setError(null);
    try {
      await api.post('/api/directory/contact-points', {
        state: text('state'),
        topic: text('topic'),
        name: text('name'),
        position: text('position'),
        agency: text('agency'),
        email: text('email') || null,
        phone: text('phone') || null,
        secureChannel: text('secureChannel') || null,
      });
      setNotice(t('added'));
      (e.target as HTMLFormElement).reset();
      directory.reload();
    } catch (err) {
      setError(err);
    }
  }

  async function confirm(kind: string, id: string) {
    setError(null);
    try {
      await api.post(`/api/directory/${kind}/${id}/confirm`);
      setNotice(t('confirmedDone'));
      stale.reload();
      directory.reload();
    } catch (err) {
      setError(err);
    }
  }

  const d = directory.data;
  return (
    <Page title={t('title')} intro={t('intro')}>
      {notice && <Notice>{notice}</Notice>}
      <ErrorMessage error={error ?? directory.error} />
      {keeper && (
        <section aria-labelledby="stale-h" className="card">
          <h2 id="stale-h">{t('staleTitle')}</h2>
          {stale.data && stale.data.entries.length === 0 ? <p>{t('noStale')}</p> : <p>{t('staleIntro')}</p>}
          <ul>
            {stale.data?.entries.map((s) => (
              <li key={s.id}>
                {s.state}: {s.label} ({t('confirmed')} {formatDate(s.confirmedAt, i18n.language)}){' '}
                <button type="button" onClick={() => confirm(s.kind, s.id)}>
                  {t('confirm')}: {s.label}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="filters">
        <Select label={t('state')} value={state} onChange={(e) => setState(e.target.value)} options={stateOptions} />
        <Select label={t('topic')} value={topic} onChange={(e) => setTopic(e.target.value)} options={topicOptions} />
      </div>
      {directory.loading && !d && <Loading />}
      {d && (
        <>
          <h2>{t('committees')}</h2>
          {d.committees.length === 0 ? (
            <p>{t('none')}</p>
          ) : (
            <ul>
              {d.committees.map((c) => (
                <li key={c.id}>
                  {c.state}: {c.name} <DemoBadge demo={c.demo} />
                  {c.stale && <span className="badge"> {t('stale')}</span>}
                </li>
              ))}
            </ul>
          )}
          <h2>{t('contactPoints')}</h2>
          {d.contactPoints.length === 0 ? (
            <p>{t('none')}</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  {['state', 'topic', 'name', 'agency', 'email', 'phone', 'secureChannel', 'confirmed'].map((k) => (
                    <th key={k} scope="col">
                      {t(k)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {d.contactPoints.map((c) => (
                  <tr key={c.id}>
                    <td>{c.state}</td>
                    <td>{topicLabel(c.topic)}</td>
                    <td>
                      {c.name}
                      {c.position && `, ${c.position}`} <DemoBadge demo={c.demo} />
                    </td>
                    <td>{c.agency}</td>
                    <td>{c.email ?? '—'}</td>
                    <td>{c.phone ?? '—'}</td>
                    <td>{c.secureChannel ?? '—'}</td>
                    <td>
                      {formatDate(c.confirmedAt, i18n.language)}
                      {c.stale && <span className="badge"> {t('stale')}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h2>{t('liaisonOfficers')}</h2>
          {d.liaisonOfficers.length === 0 ? (
            <p>{t('none')}</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  {['name', 'homeState', 'hostState', 'agency', 'posted', 'email'].map((k) => (
                    <th key={k} scope="col">
                      {t(k)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {d.liaisonOfficers.map((l) => (
                  <tr key={l.id}>
                    <td>
                      {l.name} <DemoBadge demo={l.demo} />
                    </td>
                    <td>{l.homeState}</td>
                    <td>{l.hostState}</td>
                    <td>{l.agency}</td>
                    <td>
                      {formatDate(l.postedFrom, i18n.language)}
                      {l.postedUntil && ` ${t('until')} ${formatDate(l.postedUntil, i18n.language)}`}
                    </td>
                    <td>{l.email ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {d.agencies.length > 0 && (
            <>
              <h2>{t('agencies')}</h2>
              <ul>
                {d.agencies.map((a) => (
                  <li key={a.id}>
                    {a.state}: {a.name} <DemoBadge demo={a.demo} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {keeper && members.data && topics.data && (
        <form onSubmit={add} className="card form-grid" aria-labelledby="add-h">
          <h2 id="add-h">{t('add')}</h2>
          <Select label={t('state')} name="state" defaultValue={user.state ?? ''} options={stateOptions.slice(1)} />
          <Select label={t('topic')} name="topic" options={topicOptions.slice(1)} />
          <Field label={t('name')} name="name" required />
          <Field label={t('position')} name="position" />
          <Field label={t('agency')} name="agency" />
          <Field label={t('email')} name="email" type="email" />
          <Field label={t('phone')} name="phone" />
          <Field label={t('secureChannel')} name="secureChannel" />
          <button type="submit">{t('addButton')}</button>
        </form>
      )}
    </Page>
  );
}
