// States' capacity needs; for a state's focal point or policy officer, the form to record one and the needs the portal
// suggests from unmet standards and survey answers (one click records a suggestion).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Permission } from '../../../server/access/permissions';
import { api, query } from '../../api';
import { usePermission, useUser } from '../../app/session';
import { ActionButton, Form } from '../../components/form';
import { DemoBadge, ErrorMessage, Field, Loading, Notice, Page, Select, useApi } from '../../components/ui';
import { useMemberNames } from '../../i18n/states';
import { useVocabulary } from '../../i18n/vocabulary';
import { CapacityNav } from './CapacityNav';
import { WithHelpKinds } from './HelpKinds';
import { list, type Need, type Suggestion } from './types';

const STATUSES = ['open', 'in_progress', 'met', 'withdrawn'] as const;

export function NeedsPage() {
  const { t } = useTranslation('capacity');
  const memberName = useMemberNames();
  const user = useUser();
  const keepsNeeds = usePermission(Permission.CapacityNeedsKeep);
  const [status, setStatus] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const members = useApi(() => api.get<{ members: { code: string; kind: string }[] }>('/api/members'), []);
  const myKind = members.data?.members.find((m) => m.code === user.state)?.kind;
  const keeps = user.state !== null && myKind !== undefined && myKind !== 'organisation' && keepsNeeds;
  const needs = useApi(() => api.get<{ needs: Need[] }>(`/api/capacity/needs${query({ status })}`), [status]);
  const suggestions = useApi(
    () => (keeps ? api.get<{ suggestions: Suggestion[] }>(`/api/capacity/suggestions${query({ state: user.state })}`) : Promise.resolve({ suggestions: [] })),
    [keeps],
  );
  const label = useVocabulary();

  async function record(body: Record<string, unknown>) {
    await api.post('/api/capacity/needs', { state: user.state, ...body });
    needs.reload();
    suggestions.reload();
    return t('recorded');
  }

  function onRecord(f: FormData) {
    const s = (k: string) => String(f.get(k) ?? '').trim();
    return record({
      title: s('title'),
      description: s('description'),
      helpKind: s('helpKind'),
      priority: s('priority'),
      languages: list(f.get('languages')),
      ...(s('topic') ? { topic: s('topic') } : {}),
      ...(s('wantedFrom') ? { wantedFrom: s('wantedFrom') } : {}),
      ...(s('wantedUntil') ? { wantedUntil: s('wantedUntil') } : {}),
    });
  }

  return (
    <Page title={t('title')} intro={t('intro')}>
      <CapacityNav />
      {message && <Notice>{message}</Notice>}
      <section aria-labelledby="needs">
        <h2 id="needs">{t('needs')}</h2>
        <div className="filters">
          <Select
            label={t('filterStatus')}
            value={status}
            onChange={(e) => setStatus(e.target.value)}
            options={[{ value: '', label: t('all') }, ...STATUSES.map((s) => ({ value: s, label: t(`needStatus.${s}`) }))]}
          />
        </div>
        {needs.loading && !needs.data ? <Loading /> : <ErrorMessage error={needs.error} />}
        {needs.data &&
          (needs.data.needs.length === 0 ? (
            <p>{t('none')}</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('state')}</th>
                  <th scope="col">{t('need')}</th>
                  <th scope="col">{t('helpKind')}</th>
                  <th scope="col">{t('priority')}</th>
                  <th scope="col">{t('status')}</th>
                  <th scope="col">{t('source')}</th>
                </tr>
              </thead>
              <tbody>
                {needs.data.needs.map((n) => (
                  <tr key={n.id}>
                    <td>{n.stateName}</td>
                    <td>
                      <Link to={`needs/${n.id}`} aria-label={`${t('matches')}: ${n.title}`}>
                        {n.title}
                      </Link>{' '}
                      <DemoBadge demo={n.demo} />
                    </td>
                    <td>{label('capacityHelpKind', n.helpKind)}</td>
                    <td>{t(`priorities.${n.priority}`)}</td>
                    <td>{t(`needStatus.${n.status}`)}</td>
                    <td>
                      {t(`sources.${n.source}`, { defaultValue: n.source })}
                      {n.sourceRef && ` (${n.sourceRef})`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
      </section>

      {keeps && (
        <>
          <section aria-labelledby="suggestions">
            <h2 id="suggestions">{t('suggestions', { state: memberName(user.state ?? '') })}</h2>
            <p>{t('suggestionsIntro')}</p>
            <ErrorMessage error={suggestions.error} />
            {suggestions.data &&
              (suggestions.data.suggestions.length === 0 ? (
                <p>{t('noSuggestions')}</p>
              ) : (
                <ul className="link-list">
                  {suggestions.data.suggestions.map((s) => (
                    <li key={`${s.source}:${s.sourceRef}`}>
                      {s.title} · {t(`sources.${s.source}`)} · {t('priority')}: {t(`priorities.${s.priority}`)} · {t('reason')}: {s.reason}{' '}
                      {s.alreadyRecorded ? (
                        <span className="badge">{t('alreadyRecorded')}</span>
                      ) : (
                        <ActionButton
                          onDone={setMessage}
                          onAction={() =>
                            record({
                              title: s.title,
                              helpKind: s.helpKind,
                              priority: s.priority,
                              source: s.source,
                              sourceRef: s.sourceRef,
                              ...(s.topic ? { topic: s.topic } : {}),
                            })
                          }
                        >
                          {t('recordSuggestion', { title: s.title })}
                        </ActionButton>
                      )}
                    </li>
                  ))}
                </ul>
              ))}
          </section>

          <section aria-labelledby="record-need">
            <h2 id="record-need">{t('recordNeed', { state: memberName(user.state ?? '') })}</h2>
            <WithHelpKinds>
              {(helpKinds) => (
                <Form onSubmit={onRecord} resetOnSuccess className="form-grid" aria-labelledby="record-need">
                  <Field label={t('needTitle')} name="title" required minLength={3} />
                  <Field label={t('description')} name="description" />
                  <Select label={t('helpKind')} name="helpKind" options={helpKinds} />
                  <Select
                    label={t('priority')}
                    name="priority"
                    defaultValue="medium"
                    options={(['high', 'medium', 'low'] as const).map((p) => ({ value: p, label: t(`priorities.${p}`) }))}
                  />
                  <Field label={t('topic')} name="topic" />
                  <Field label={t('languages')} name="languages" />
                  <Field label={t('wantedFrom')} name="wantedFrom" type="date" />
                  <Field label={t('wantedUntil')} name="wantedUntil" type="date" />
                  <button type="submit">{t('record')}</button>
                </Form>
              )}
            </WithHelpKinds>
          </section>
        </>
      )}
    </Page>
  );
}
