// Public statements of a group: drafted by the co-chairs, approved by a co-chair, published to the public site.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ActionButton, Form } from '../../components/form';
import { DemoBadge, ErrorMessage, Field, formatDate, Loading, TextArea, useApi } from '../../components/ui';
import type { GroupDetail, Statement } from './types';

export function StatementsSection({ group }: { group: GroupDetail }) {
  const { t, i18n } = useTranslation('groups');
  const { data, error, loading, reload } = useApi(() => api.get<{ statements: Statement[] }>(`/api/groups/${group.code}/statements`), [group.code]);
  const [draft, setDraft] = useState({ title: '', body: '' });
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
            <ActionButton
              onAction={async () => {
                await api.post(`/api/groups/${group.code}/statements/${s.id}/approve`);
                reload();
              }}
            >
              {t('approve')}
            </ActionButton>
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
      {group.can.draftStatement && (
        <Form
          className="form-grid"
          aria-labelledby="draft-statement-h"
          onSubmit={async () => {
            await api.post(`/api/groups/${group.code}/statements`, draft);
            setDraft({ title: '', body: '' });
            reload();
            return t('drafted');
          }}
        >
          <h2 id="draft-statement-h">{t('draft')}</h2>
          <Field label={t('statementTitle')} name="title" value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} required />
          <TextArea label={t('statementBody')} name="body" value={draft.body} onChange={(e) => setDraft({ ...draft, body: e.target.value })} required />
          <button type="submit">{t('save')}</button>
        </Form>
      )}
    </>
  );
}
