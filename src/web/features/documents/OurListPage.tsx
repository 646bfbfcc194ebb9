// The state's own list: search and withdraw records, see who checked them and when, and (focal point) keep the list as
// keyed hashes only.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Permission } from '../../../server/access/permissions';
import type { checksOfOursResponse, listResponse, settingsSchema } from '../../../server/modules/documents/schemas';
import { api, query } from '../../api';
import { usePermission, useUser } from '../../app/session';
import { ActionButton } from '../../components/form';
import { filterProblems } from '../../components/form-errors';
import { ClassificationBadge, DemoBadge, ErrorMessage, Field, formatDate, formatDateTime, Loading, Notice, Pager, Select, useApi } from '../../components/ui';
import { useMemberNames } from '../../i18n/states';
import { DOCUMENT_STATUSES } from './kinds';

function ListMode() {
  const { t } = useTranslation('documents');
  const setsMode = usePermission(Permission.DocumentsSettings);
  const settings = useApi(() => api.get<z.infer<typeof settingsSchema>>('/api/documents/settings'), []);
  const [notice, setNotice] = useState<string | null>(null);
  if (!settings.data) return settings.error ? <ErrorMessage error={settings.error} /> : <Loading />;
  const s = settings.data;
  const toHashed = async () => {
    await api.put('/api/documents/settings', { mode: 'hashed' });
    settings.reload();
    return t('mode.done');
  };
  return (
    <section aria-labelledby="list-mode">
      <h2 id="list-mode">{t('mode.title')}</h2>
      <p>
        {t(`mode.${s.mode}`)} {s.keyConfigured ? t('mode.keyId', { id: s.keyId }) : t('mode.noKey')}
      </p>
      {s.staleRecords > 0 && <p className="field-error">{t('mode.stale', { count: s.staleRecords })}</p>}
      {notice && <Notice>{notice}</Notice>}
      {s.mode === 'clear' && setsMode && s.keyConfigured && (
        <ActionButton
          className="danger"
          onAction={toHashed}
          onDone={setNotice}
          confirm={{ title: t('mode.toHashed'), body: t('mode.confirm'), confirm: t('mode.confirmYes'), danger: true }}
        >
          {t('mode.toHashed')}
        </ActionButton>
      )}
    </section>
  );
}

export function OurListPage() {
  const { t, i18n } = useTranslation('documents');
  const memberName = useMemberNames();
  const user = useUser();
  const [filter, setFilter] = useState({ q: '', status: '', includeWithdrawn: false });
  const [page, setPage] = useState(1);
  const list = useApi(
    () =>
      api.get<z.infer<typeof listResponse>>(
        `/api/documents${query({ q: filter.q, status: filter.status, includeWithdrawn: filter.includeWithdrawn ? 'true' : undefined, page })}`,
      ),
    [filter, page],
  );
  const checks = useApi(() => api.get<z.infer<typeof checksOfOursResponse>>('/api/documents/checks/ours'), []);
  // The box holds what the server accepts (listQuery q: 64); a refusal it still sends is said beside the box.
  const refused = filterProblems(list.error, ['q']);
  const records = usePermission(Permission.DocumentsRecord);
  const withdraw = (id: string) => async () => {
    await api.post(`/api/documents/${id}/withdraw`, {});
    list.reload();
  };
  return (
    <>
      <h2>{t('ours.title', { state: memberName(user.state ?? '') })}</h2>
      <div className="filters">
        <Field
          label={t('ours.search')}
          name="q"
          maxLength={64}
          error={refused.beside.q}
          value={filter.q}
          onChange={(e) => {
            setPage(1);
            setFilter({ ...filter, q: e.target.value });
          }}
        />
        <Select
          label={t('status')}
          value={filter.status}
          onChange={(e) => {
            setPage(1);
            setFilter({ ...filter, status: e.target.value });
          }}
          options={[{ value: '', label: t('ours.anyStatus') }, ...DOCUMENT_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))]}
        />
        <Field
          label={t('ours.includeWithdrawn')}
          type="checkbox"
          checked={filter.includeWithdrawn}
          onChange={(e) => setFilter({ ...filter, includeWithdrawn: e.target.checked })}
        />
      </div>
      <ErrorMessage error={refused.rest} />
      <table className="table">
        <caption>{t('ours.records')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('number')}</th>
            <th scope="col">{t('issuingState')}</th>
            <th scope="col">{t('type')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col">{t('reportedOn')}</th>
            <th scope="col">{t('classification')}</th>
            <th scope="col">{t('ours.action')}</th>
          </tr>
        </thead>
        <tbody>
          {(list.data?.records ?? []).map((r) => (
            <tr key={r.id}>
              <td className="mono">
                {r.number ?? t('hashedNumber')}
                {r.staleKey ? ` (${t('mode.staleOne')})` : ''} <DemoBadge demo={r.demo} />
              </td>
              <td>{r.issuingState}</td>
              <td>{t(`types.${r.type}`)}</td>
              <td>{t(`statuses.${r.status}`)}</td>
              <td>{formatDate(r.reportedOn, i18n.language)}</td>
              <td>
                <ClassificationBadge level={r.classification} />
              </td>
              <td>
                {r.withdrawnAt
                  ? t('ours.withdrawn', { at: formatDate(r.withdrawnAt, i18n.language) })
                  : records && (
                      <ActionButton
                        onAction={withdraw(r.id)}
                        confirm={{
                          title: t('ours.withdrawTitle', { number: r.number ?? '' }),
                          body: t('ours.withdrawBody'),
                          confirm: t('ours.withdraw', { number: r.number ?? '' }),
                          danger: true,
                        }}
                      >
                        {t('ours.withdraw', { number: r.number ?? '' })}
                      </ActionButton>
                    )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager page={page} hasMore={list.data?.hasMore} onPage={setPage} />

      <h2>{t('ours.checks')}</h2>
      <p>{t('ours.checksIntro')}</p>
      <ErrorMessage error={checks.error} />
      <table className="table">
        <caption>{t('ours.checks')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ours.when')}</th>
            <th scope="col">{t('number')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col">{t('ours.checkerState')}</th>
            <th scope="col">{t('ours.checker')}</th>
          </tr>
        </thead>
        <tbody>
          {(checks.data?.hits ?? []).map((h, i) => (
            <tr key={i}>
              <td>{formatDateTime(h.at, i18n.language)}</td>
              <td className="mono">
                {h.number ?? t('hashedNumber')} ({h.issuingState})
              </td>
              <td>{t(`statuses.${h.status}`)}</td>
              <td>{h.checkerState ?? '—'}</td>
              <td>
                {h.checkerName ?? '—'}
                {h.checkerAgency ? `, ${h.checkerAgency}` : ''}
                {h.checkerEmail ? ` (${h.checkerEmail})` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ListMode />
    </>
  );
}
