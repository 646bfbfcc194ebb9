// The RSO admin adds an agency of a member state or an international organisation, to which accounts then belong.
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { membersResponse } from '../../server/modules/members/schemas';
import { api } from '../api';
import { Form } from '../components/form';
import { Field, Select, useApi } from '../components/ui';

export function AddOrganisation({ onAdded }: { onAdded: (name: string) => void }) {
  const { t } = useTranslation();
  const members = useApi(() => api.get<z.infer<typeof membersResponse>>('/api/members'), []);

  async function submit(data: FormData) {
    const name = String(data.get('name') ?? '');
    const memberCode = String(data.get('memberCode') ?? '');
    const member = members.data?.members.find((m) => m.code === memberCode);
    await api.post('/api/organisations', { name, memberCode, kind: member?.kind === 'organisation' ? 'international_org' : 'state_agency' });
    onAdded(name);
  }

  return (
    <Form className="card form-grid" onSubmit={submit} resetOnSuccess aria-labelledby="org-h">
      <h2 id="org-h">{t('users.addOrganisation')}</h2>
      <Field label={t('users.organisationName')} name="name" required />
      <Select
        label={t('users.member')}
        name="memberCode"
        required
        options={[{ value: '', label: '—' }, ...(members.data?.members ?? []).map((m) => ({ value: m.code, label: `${m.code} · ${m.name}` }))]}
      />
      <button type="submit" className="primary">
        {t('users.addOrganisation')}
      </button>
    </Form>
  );
}
