// Public statements of a group: drafted by the co-chairs, approved by a co-chair, published to the public site.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ActionButton } from '../../components/form';
import { DemoBadge, ErrorMessage, Field, formatDate, Loading, useApi } from '../../components/ui';
import type { GroupDetail, Statement } from './types';

export function StatementsSection({ group }: { group: GroupDetail }) {
  const { t, i18n } = useTranslation('groups');
  const { data, error, loading, reload } = useApi(() => api.get<{ statements: Statement[] }>(`/api/groups/${group.code}/statements`), [group.code]);
  const [draft, setDraft] = useState({ title: '', body: '' });
  const [actionError, setActionError] = useState<unknown>(null);
  const act = async (fn: () => Promise<unknown>) => {
    setActionError(null);
    try {
      await fn();
      reload();
    } catch (e) {
      setActionError(e);
    }
  };
  return (
    <>
      <ErrorMessage error={error} />
      {loading && <Loading />}
      {data && data.statements.length === 0 && <p>{t('noStatements')}</p>}
      {data?.statements.map((s) => (
        <article key={s.id} className="card">
          <h2>
            {s.title} <DemoBadge demo={s.demo} />
          </h2>
          <p>
            {t(`statuses.${s.status}`)}
            {s.publishedAt ? `, ${formatDate(s.publishedAt, i18n.language)}` : ''}
          </p>
          <p>{s.body}</p>
          {s.status === 'draft' && group.can.approveStatement && (
            <button type="button" onClick={() => void act(() => api.post(`/api/groups/${group.code}/statements/${s.id}/approve`))}>
              {t('approve')}
            </button>
          )}
          {s.status === 'approved' && group.can.publishStatement && (
            <ActionButton
              onAction={async () => {
                await api.post(`/api/groups/${group.code}/statements/${s.id}/publish`);
                reload();
              }}
              confirm={{ title: t('publishTitle', { title: s.title }), body: t('publishBody'), confirm: t('publish') }}
            >
              {t('publish')}
            </ActionButton>
          )}
        </article>
      ))}
      <ErrorMessage error={actionError} />
      {group.can.draftStatement && (
        <form
          className="form-grid"
          onSubmit={(e) => {
            e.preventDefault();
            void act(async () => {
              await api.post(`/api/groups/${group.code}/statements`, draft);
              setDraft({ title: '', body: '' });
            });
          }}
        >
          <h2>{t('draft')}</h2>
          <Field label={t('statementTitle')} value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} required />
          <div className="field">
            <label htmlFor="wg-statement-body">{t('statementBody')}</label>
            <textarea id="wg-statement-body" value={draft.body} onChange={(e) => setDraft({ ...draft, body: e.target.value })} required />
          </div>
          <button type="submit">{t('save')}</button>
        </form>
      )}
    </>
  );
}
