// The directory page: filter by state and topic, read committees, contact points and liaison officers; each state's
// focal point (and the RSO) adds, changes, confirms and removes the entries they keep, as each entry's `can` says.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Permission } from '../../../server/access/permissions';
import type { directoryResponse, staleResponse, topicsResponse } from '../../../server/modules/directory/schemas';
import type { membersResponse } from '../../../server/modules/members/schemas';
import { api, query } from '../../api';
import { usePermission, useUser } from '../../app/session';
import { DemoBadge, ErrorMessage, formatDate, Loading, Notice, Page, Select, useApi } from '../../components/ui';
import { useMemberNames } from '../../i18n/states';
import { useVocabulary } from '../../i18n/vocabulary';
import { ContactPointForm, LiaisonOfficerForm, RemoveButton } from './EntryForms';

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

  const memberName = useMemberNames();
  const [editing, setEditing] = useState<string | null>(null);
  /** After a change: say it, close the edit form, read the directory again. */
  const changed = (said: string | null) => {
    setNotice(said);
    setEditing(null);
    stale.reload();
    directory.reload();
  };

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
                {memberName(s.state)}: {s.label} ({t('confirmed')} {formatDate(s.confirmedAt, i18n.language)}){' '}
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
                  {memberName(c.state)}: {c.name} <DemoBadge demo={c.demo} />
                  {c.stale && <span className="badge"> {t('stale')}</span>}
                  {c.can?.remove && (
                    <>
                      {' '}
                      <RemoveButton kind="committees" id={c.id} name={c.name} onDone={changed} />
                    </>
                  )}
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
                  <th scope="col">
                    <span className="visually-hidden">{t('actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {d.contactPoints.map((c) => (
                  <tr key={c.id}>
                    <td>{memberName(c.state)}</td>
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
                    <td className="row-actions">
                      {c.can?.edit && (
                        <button type="button" aria-label={t('editOne', { name: c.name })} onClick={() => setEditing(c.id)}>
                          {t('edit')}
                        </button>
                      )}{' '}
                      {c.can?.remove && <RemoveButton kind="contact-points" id={c.id} name={c.name} onDone={changed} />}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {d.contactPoints
            .filter((c) => c.id === editing)
            .map((c) => (
              <ContactPointForm
                key={c.id}
                entry={c}
                states={stateOptions.slice(1)}
                topics={topicOptions.slice(1)}
                defaultState={c.state}
                onDone={changed}
                onCancel={() => setEditing(null)}
              />
            ))}
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
                  <th scope="col">
                    <span className="visually-hidden">{t('actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {d.liaisonOfficers.map((l) => (
                  <tr key={l.id}>
                    <td>
                      {l.name} <DemoBadge demo={l.demo} />
                    </td>
                    <td>{memberName(l.homeState)}</td>
                    <td>{memberName(l.hostState)}</td>
                    <td>{l.agency}</td>
                    <td>
                      {formatDate(l.postedFrom, i18n.language)}
                      {l.postedUntil && ` ${t('until')} ${formatDate(l.postedUntil, i18n.language)}`}
                    </td>
                    <td>{l.email ?? '—'}</td>
                    <td className="row-actions">
                      {l.can?.edit && (
                        <button type="button" aria-label={t('editOne', { name: l.name })} onClick={() => setEditing(l.id)}>
                          {t('edit')}
                        </button>
                      )}{' '}
                      {l.can?.remove && <RemoveButton kind="liaison-officers" id={l.id} name={l.name} onDone={changed} />}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {d.liaisonOfficers
            .filter((l) => l.id === editing)
            .map((l) => (
              <LiaisonOfficerForm key={l.id} entry={l} states={stateOptions.slice(1)} onDone={changed} onCancel={() => setEditing(null)} />
            ))}
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
        <ContactPointForm states={stateOptions.slice(1)} topics={topicOptions.slice(1)} defaultState={user.state ?? ''} onDone={() => directory.reload()} />
      )}
    </Page>
  );
}
