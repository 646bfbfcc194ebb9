// One need and the open offers ranked for it, each with its reasons; a party agrees assistance with an offer and then
// tracks it to completion.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api';
import { ActionButton } from '../../components/form';
import { DemoBadge, ErrorMessage, formatDate, Loading, Notice, Page, useApi } from '../../components/ui';
import { AssistanceList } from './AssistanceList';
import { CapacityNav } from './CapacityNav';
import type { Assistance, Match, Need } from './types';

export function MatchesPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('capacity');
  const { data, error, loading, reload } = useApi(
    () => api.get<{ need: Need; matches: Match[]; assistance: Assistance[] }>(`/api/capacity/needs/${id}/matches`),
    [id],
  );
  const [message, setMessage] = useState<string | null>(null);
  if (loading && !data) return <Loading />;
  if (!data) return <ErrorMessage error={error} />;
  const { need } = data;
  const canAgree = (m: Match) =>
    need.status !== 'met' &&
    need.status !== 'withdrawn' &&
    // Either side agrees assistance: who keeps the need or the offer (access/capacity.ts partyToAssistance).
    (need.can?.edit === true || m.offer.can?.edit === true) &&
    !data.assistance.some((a) => a.offerId === m.offer.id);

  async function agree(m: Match) {
    await api.post('/api/capacity/assistance', { needId: need.id, offerId: m.offer.id, agreedOn: new Date().toISOString().slice(0, 10) });
    reload();
    return t('agreed');
  }

  return (
    <Page
      title={t('matchesTitle', { need: need.title })}
      intro={
        <>
          {need.stateName} · {t('priority')}: {t(`priorities.${need.priority}`)} · {t('status')}: {t(`needStatus.${need.status}`)}
          {need.topic && ` · ${need.topic}`} {need.languages.length > 0 && ` · ${need.languages.join(', ')}`} <DemoBadge demo={need.demo} />
        </>
      }
    >
      <CapacityNav />
      {need.description && <p>{need.description}</p>}
      <p>
        {t('wantedFrom')}: {formatDate(need.wantedFrom, i18n.language)} · {t('wantedUntil')}: {formatDate(need.wantedUntil, i18n.language)}
      </p>
      {message && <Notice>{message}</Notice>}
      <section aria-labelledby="ranked">
        <h2 id="ranked">{t('matches')}</h2>
        {data.matches.length === 0 ? (
          <p>{t('noMatches')}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('offer')}</th>
                <th scope="col">{t('score')}</th>
                <th scope="col">{t('reasons')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('agree', { provider: '' })}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.matches.map((m, i) => (
                <tr key={m.offer.id}>
                  <td>{i + 1}</td>
                  <td>
                    {m.offer.title} ({m.offer.providerName}) <DemoBadge demo={m.offer.demo} />
                  </td>
                  <td>{Math.round(m.score * 100)}%</td>
                  <td>
                    <ul>
                      {m.reasons.map((r) => (
                        <li key={r.criterion}>
                          {t(`criteria.${r.criterion}`)}: {r.fit >= 1 ? '✓' : r.fit > 0 ? '½' : '✗'} {r.note}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    {canAgree(m) && (
                      <ActionButton onDone={setMessage} onAction={() => agree(m)}>
                        {t('agree', { provider: m.offer.providerName })}
                      </ActionButton>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="agreed">
        <h2 id="agreed">{t('assistance')}</h2>
        <AssistanceList items={data.assistance} onChange={reload} />
      </section>
      <p>
        <Link to="/capacity">{t('tabs.needs')}</Link>
      </p>
    </Page>
  );
}
