// Who in my state (or organisation) is designated to answer verification requests and to work referral and return
// cases; the focal point designates and withdraws.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { designationsResponse } from '../../../server/modules/identity/schemas';
import { api } from '../../api';
import { ActionButton, Form } from '../../components/form';
import { ErrorMessage, formatDate, Loading, Notice, Select, useApi } from '../../components/ui';

type Designations = z.infer<typeof designationsResponse>;

export function DesignationsPage() {
  const { t, i18n } = useTranslation('verifications');
  const list = useApi(() => api.get<Designations>('/api/identity/designations'), []);
  const [choice, setChoice] = useState({ userId: '', duty: 'verification' });
  const [notice, setNotice] = useState<string | null>(null);
  if (!list.data) return list.error ? <ErrorMessage error={list.error} /> : <Loading />;
  const d = list.data;
  const candidates = d.candidates.filter((c) => c.designable.includes(choice.duty as 'verification' | 'victims'));
  // What a step did is said above the table; a refusal beside the form or the button that asked for it.
  const act = async (fn: () => Promise<unknown>, done: string) => {
    await fn();
    list.reload();
    return done;
  };
  const designate = () =>
    act(() => api.post('/api/identity/designations', { userId: choice.userId || candidates[0]?.userId, duty: choice.duty }), t('officers.designated'));
  return (
    <>
      <h2>{t('officers.title', { state: d.memberCode })}</h2>
      <p>{t('officers.intro')}</p>
      <p>{d.myDuties.length ? t('officers.mine', { duties: d.myDuties.map((x) => t(`duties.${x}`)).join(', ') }) : t('officers.mineNone')}</p>
      {notice && <Notice>{notice}</Notice>}
      <table className="table">
        <caption>{t('officers.title', { state: d.memberCode })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('officers.name')}</th>
            <th scope="col">{t('officers.agency')}</th>
            <th scope="col">{t('officers.duty')}</th>
            <th scope="col">{t('officers.since')}</th>
            {d.mayDesignate && <th scope="col">{t('officers.action')}</th>}
          </tr>
        </thead>
        <tbody>
          {d.designations.map((x) => (
            <tr key={`${x.userId}-${x.duty}`}>
              <td>
                {x.name} ({x.email})
              </td>
              <td>{x.agency}</td>
              <td>{t(`duties.${x.duty}`)}</td>
              <td>{formatDate(x.designatedAt, i18n.language)}</td>
              {d.mayDesignate && (
                <td>
                  <ActionButton
                    className="danger"
                    onDone={setNotice}
                    confirm={{
                      title: t('officers.revokeAsk', { name: x.name, duty: t(`duties.${x.duty}`) }),
                      body: t('officers.revokeBody', { state: d.memberCode }),
                      confirm: t('officers.revoke', { name: x.name, duty: t(`duties.${x.duty}`) }),
                      danger: true,
                    }}
                    onAction={() => act(() => api.delete(`/api/identity/designations/${x.userId}/${x.duty}`), t('officers.revoked'))}
                  >
                    {t('officers.revoke', { name: x.name, duty: t(`duties.${x.duty}`) })}
                  </ActionButton>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {d.mayDesignate && (
        <Form onSubmit={designate} onDone={setNotice} className="form-grid" aria-label={t('officers.designate')}>
          <Select
            label={t('officers.duty')}
            name="duty"
            value={choice.duty}
            onChange={(e) => setChoice({ userId: '', duty: e.target.value })}
            options={(['verification', 'victims'] as const).map((x) => ({ value: x, label: t(`duties.${x}`) }))}
          />
          <Select
            label={t('officers.person')}
            name="userId"
            value={choice.userId}
            onChange={(e) => setChoice({ ...choice, userId: e.target.value })}
            options={candidates.map((c) => ({ value: c.userId, label: `${c.name} (${c.agency})` }))}
          />
          <button type="submit" disabled={!candidates.length}>
            {t('officers.designate')}
          </button>
        </Form>
      )}
    </>
  );
}
