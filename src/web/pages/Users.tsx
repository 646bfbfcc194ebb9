// User administration: the RSO admin for everyone, a focal point for their own state's accounts.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { UserView } from '../../server/auth/view';
import type { organisationsResponse } from '../../server/modules/accounts/schemas';
import { api, query } from '../api';
import { hasRole, useUser } from '../app/session';
import { DemoBadge, ErrorMessage, Field, formatDate, Loading, Notice, Page, Select, useApi } from '../components/ui';
import { AddOrganisation } from './AddOrganisation';

const ALL_ROLES = ['admin', 'focal_point', 'officer', 'analyst', 'policy', 'coordinator', 'observer'] as const;
const FOCAL_POINT_ROLES = ['officer', 'analyst', 'policy', 'coordinator', 'observer'] as const;
const CLEARANCES = ['none', 'restricted', 'confidential', 'secret'] as const;

type Organisations = z.infer<typeof organisationsResponse>;

function CreateUser({ onCreated }: { onCreated: (password: string | null) => void }) {
  const { t } = useTranslation();
  const me = useUser();
  const orgs = useApi(() => api.get<Organisations>('/api/organisations'), []);
  const roles = hasRole(me, 'admin') ? ALL_ROLES : FOCAL_POINT_ROLES;
  const [form, setForm] = useState({ email: '', name: '', organisationId: '', role: roles[0] as string, clearance: 'none', clearanceExpires: '' });
  const [error, setError] = useState<unknown>(null);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      const res = await api.post<{ temporaryPassword: string | null }>('/api/users', {
        email: form.email, name: form.name, organisationId: form.organisationId || orgs.data?.organisations[0]?.id, roles: [form.role],
        clearance: form.clearance, clearanceExpires: form.clearance === 'none' ? null : form.clearanceExpires || null,
      });
      onCreated(res.temporaryPassword);
    } catch (err) {
      setError(err);
    }
  }

  return (
    <form className="card form-grid" onSubmit={submit} aria-labelledby="create-h">
      <h2 id="create-h">{t('users.create')}</h2>
      <Field label={t('users.email')} type="email" required value={form.email} onChange={set('email')} />
      <Field label={t('users.name')} required value={form.name} onChange={set('name')} />
      <Select label={t('users.organisation')} value={form.organisationId} onChange={set('organisationId')}
        options={(orgs.data?.organisations ?? []).map((o) => ({ value: o.id, label: `${o.memberCode ?? 'RSO'} · ${o.name}` }))} />
      <Select label={t('users.roles')} value={form.role} onChange={set('role')} options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
      <Select label={t('users.clearance')} value={form.clearance} onChange={set('clearance')} options={CLEARANCES.map((c) => ({ value: c, label: t(`clearance.${c}`) }))} />
      {form.clearance !== 'none' && <Field label={t('users.expires')} help={t('users.vouch')} type="date" value={form.clearanceExpires} onChange={set('clearanceExpires')} />}
      <ErrorMessage error={error} />
      <button type="submit" className="primary">{t('users.create')}</button>
    </form>
  );
}

function UserRow({ user, onChanged }: { user: UserView; onChanged: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const act = async (fn: () => Promise<string>) => {
    setError(null);
    try { onChanged(await fn()); } catch (err) { setError(err); }
  };
  return (
    <tr>
      <td>{user.name} <DemoBadge demo={user.demo} />{user.disabled && <span className="badge"> {t('users.disabled')}</span>}<br /><small>{user.email}</small></td>
      <td>{user.state ?? 'RSO'} · {user.organisation.name}</td>
      <td>{user.roles.map((r) => t(`roles.${r}`)).join(', ')}</td>
      <td>{t(`clearance.${user.clearance}`)}{user.clearanceExpires && <> · {formatDate(user.clearanceExpires, i18n.language)}</>}</td>
      <td className="row-actions">
        <button type="button" onClick={() => act(async () => { await api.patch(`/api/users/${user.id}`, { disabled: !user.disabled }); return t('app.saved'); })}>
          {user.disabled ? t('users.enable') : t('users.disable')}
        </button>
        <button type="button" onClick={() => act(async () => t('users.temporaryPassword', { password: (await api.post<{ temporaryPassword: string }>(`/api/users/${user.id}/reset-password`)).temporaryPassword }))}>{t('users.resetPassword')}</button>
        <button type="button" onClick={() => act(async () => { await api.post(`/api/users/${user.id}/reset-mfa`); return t('users.mfaReset'); })}>{t('users.resetMfa')}</button>
        <ErrorMessage error={error} />
      </td>
    </tr>
  );
}

export default function Users() {
  const { t } = useTranslation();
  const me = useUser();
  const [q, setQ] = useState('');
  const [includeDisabled, setIncludeDisabled] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const { data, error, loading, reload } = useApi(() => api.get<{ users: UserView[]; total: number }>(`/api/users${query({ q, includeDisabled: includeDisabled ? 'true' : undefined })}`), [q, includeDisabled]);
  const changed = (m: string) => { setMessage(m); reload(); };
  return (
    <Page title={t('users.title')} intro={t('users.intro')}>
      {message && <Notice>{message}</Notice>}
      {hasRole(me, 'admin') && <AddOrganisation onAdded={(name) => changed(t('users.organisationAdded', { name }))} />}
      <CreateUser key={message ?? ''} onCreated={(password) => changed(t('users.created', { password: password ?? '—' }))} />
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <Field label={t('app.search')} type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        <div className="field checkbox">
          <input id="incl-disabled" type="checkbox" checked={includeDisabled} onChange={(e) => setIncludeDisabled(e.target.checked)} />
          <label htmlFor="incl-disabled">{t('users.includeDisabled')}</label>
        </div>
      </form>
      <ErrorMessage error={error} />
      {loading && !data ? <Loading /> : (
        <table className="table">
          <caption className="visually-hidden">{t('users.title')}</caption>
          <thead><tr><th scope="col">{t('users.name')}</th><th scope="col">{t('users.organisation')}</th><th scope="col">{t('users.roles')}</th><th scope="col">{t('users.clearance')}</th><th scope="col">{t('app.actions')}</th></tr></thead>
          <tbody>{data?.users.map((u) => <UserRow key={u.id} user={u} onChanged={changed} />)}</tbody>
        </table>
      )}
    </Page>
  );
}
