// The RSO admin adds an agency of a member state or an international organisation, to which accounts then belong.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { membersResponse } from '../../server/modules/members/schemas';
import { api } from '../api';
import { ErrorMessage, Field, Select, useApi } from '../components/ui';

export function AddOrganisation({ onAdded }: { onAdded: (name: string) => void }) {
  const { t } = useTranslation();
  const members = useApi(() => api.get<z.infer<typeof membersResponse>>('/api/members'), []);
  const [name, setName] = useState('');
  const [memberCode, setMemberCode] = useState('');
  const [error, setError] = useState<unknown>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const member = members.data?.members.find((m) => m.code === memberCode);
    try {
      await api.post('/api/organisations', { name, memberCode, kind: member?.kind === 'organisation' ? 'international_org' : 'state_agency' });
      onAdded(name);
      setName('');
    } catch (err) {
      setError(err);
    }
  }

  return (
    <form className="card form-grid" onSubmit={submit} aria-labelledby="org-h">
      <h2 id="org-h">{t('users.addOrganisation')}</h2>
      <Field label={t('users.organisationName')} required value={name} onChange={(e) => setName(e.target.value)} />
      <Select label={t('users.member')} value={memberCode} onChange={(e) => setMemberCode(e.target.value)}
        options={[{ value: '', label: '—' }, ...(members.data?.members ?? []).map((m) => ({ value: m.code, label: `${m.code} · ${m.name}` }))]} />
      <ErrorMessage error={error} />
      <button type="submit" className="primary">{t('users.addOrganisation')}</button>
    </form>
  );
}
