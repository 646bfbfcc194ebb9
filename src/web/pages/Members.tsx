// The members directory: search, filter by kind, status and sub-region; each member's agencies and groups.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { z } from 'zod';
import type { memberDetailResponse, membersResponse } from '../../server/modules/members/schemas';
import { api, query } from '../api';
import { filterProblems } from '../components/form-errors';
import { DemoBadge, ErrorMessage, Field, Loading, Page, Select, useApi } from '../components/ui';
import { useVocabulary } from '../i18n/vocabulary';

type Directory = z.infer<typeof membersResponse>;
type Detail = z.infer<typeof memberDetailResponse>;

export function MembersDirectory() {
  const { t } = useTranslation();
  const label = useVocabulary();
  const [q, setQ] = useState('');
  const [kind, setKind] = useState('');
  const [subregion, setSubregion] = useState('');
  const { data, error, loading } = useApi(() => api.get<Directory>(`/api/members${query({ q, kind, subregion })}`), [q, kind, subregion]);
  const [subregions, setSubregions] = useState<string[]>([]);
  if (data && subregions.length === 0 && data.subregions.length) setSubregions(data.subregions);
  // The box holds what the server accepts (membersQuery q: 100); a refusal it still sends is said beside the box.
  const refused = filterProblems(error, ['q']);

  return (
    <Page title={t('members.title')} intro={t('members.intro')}>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <Field
          label={t('members.search')}
          id="member-search"
          name="q"
          type="search"
          maxLength={100}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          error={refused.beside.q}
        />
        <Select
          label={t('members.kind')}
          value={kind}
          onChange={(e) => setKind(e.target.value)}
          options={[{ value: '', label: t('app.all') }, ...['state', 'territory', 'organisation'].map((k) => ({ value: k, label: t(`members.${k}`) }))]}
        />
        <Select
          label={t('members.subregion')}
          value={subregion}
          onChange={(e) => setSubregion(e.target.value)}
          options={[{ value: '', label: t('app.all') }, ...subregions.map((s) => ({ value: s, label: label('subregion', s) }))]}
        />
      </form>
      <ErrorMessage error={refused.rest} />
      {loading && !data ? (
        <Loading />
      ) : (
        data && (
          <>
            <p role="status" aria-live="polite">
              {t('members.count', { count: data.total })}
            </p>
            <table className="table">
              <caption className="visually-hidden">{t('members.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('members.name')}</th>
                  <th scope="col">{t('members.code')}</th>
                  <th scope="col">{t('members.kind')}</th>
                  <th scope="col">{t('members.subregion')}</th>
                  <th scope="col">{t('members.status')}</th>
                </tr>
              </thead>
              <tbody>
                {data.members.map((m) => (
                  <tr key={m.code}>
                    <td>
                      <Link to={`/members/${m.code}`}>{m.name}</Link>
                    </td>
                    <td>{m.code}</td>
                    <td>{t(`members.${m.kind}`)}</td>
                    <td>{m.subregion ? label('subregion', m.subregion) : '—'}</td>
                    <td>{t(`members.${m.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {data.members[0] && (
              <p className="source">
                {t('members.source')}: {data.members[0].source}
              </p>
            )}
          </>
        )
      )}
    </Page>
  );
}

export function MemberDetail() {
  const { t } = useTranslation();
  const label = useVocabulary();
  const { code = '' } = useParams();
  const { data, error, loading } = useApi(() => api.get<Detail>(`/api/members/${encodeURIComponent(code)}`), [code]);
  if (loading && !data) return <Loading />;
  if (!data) return <ErrorMessage error={error} />;
  const m = data.member;
  return (
    <Page title={m.name} intro={`${m.code} · ${t(`members.${m.kind}`)}${m.subregion ? ` · ${label('subregion', m.subregion)}` : ''}`}>
      <section aria-labelledby="agencies-h">
        <h2 id="agencies-h">{t('members.agencies')}</h2>
        {data.organisations.length === 0 ? (
          <p>{t('members.noAgencies')}</p>
        ) : (
          <ul>
            {data.organisations.map((o) => (
              <li key={o.id}>
                {o.name} <DemoBadge demo={o.demo} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {data.groups.length > 0 && (
        <section aria-labelledby="groups-h">
          <h2 id="groups-h">{t('members.groups')}</h2>
          <ul>
            {data.groups.map((g) => (
              <li key={g.code}>{g.name}</li>
            ))}
          </ul>
        </section>
      )}
      <p className="source">
        {t('members.source')}: {m.source}
      </p>
    </Page>
  );
}
