// User administration: the RSO admin for everyone, a focal point for their own state's accounts. What the reader may do
// with each account (`can`) and may give one (roles, clearances) comes from the server; the page knows no role rules.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Permission } from '../../server/access/permissions';
import type { accountSchema, grantsResponse, organisationsResponse } from '../../server/modules/accounts/schemas';
import { api, query } from '../api';
import { usePermission } from '../app/session';
import { ActionButton, Form } from '../components/form';
import { filterProblems } from '../components/form-errors';
import { DemoBadge, ErrorMessage, Field, formatDate, Loading, Notice, Page, Select, useApi } from '../components/ui';
import { AddOrganisation } from './AddOrganisation';
import { EditAccount } from './EditAccount';

type Organisations = z.infer<typeof organisationsResponse>;
type Account = z.infer<typeof accountSchema>;
type Grants = z.infer<typeof grantsResponse>;

function CreateUser({ grants, onCreated }: { grants: Grants; onCreated: (password: string | null) => void }) {
  const { t } = useTranslation();
  const orgs = useApi(() => api.get<Organisations>('/api/organisations'), []);
  const [clearance, setClearance] = useState('none');

  async function submit(data: FormData) {
    const res = await api.post<{ temporaryPassword: string | null }>('/api/users', {
      email: data.get('email'),
      name: data.get('name'),
      organisationId: data.get('organisationId'),
      roles: [data.get('roles')],
      clearance,
      clearanceExpires: clearance === 'none' ? null : data.get('clearanceExpires') || null,
    });
    onCreated(res.temporaryPassword);
  }

  // The organisation is required and its list comes from the server: the form shows once there is one to choose, so
  // that nobody (person or walk) fills it in and sends it while the list is still empty.
  if (!orgs.data) return orgs.error ? <ErrorMessage error={orgs.error} /> : <Loading />;
  return (
    <Form className="card form-grid" onSubmit={submit} aria-labelledby="create-h">
      <h2 id="create-h">{t('users.create')}</h2>
      <Field label={t('users.email')} name="email" type="email" required autoComplete="off" />
      <Field label={t('users.name')} name="name" required autoComplete="off" />
      <Select
        label={t('users.organisation')}
        name="organisationId"
        required
        options={orgs.data.organisations.map((o) => ({ value: o.id, label: `${o.memberCode ?? 'RSO'} · ${o.name}` }))}
      />
      <Select label={t('users.roles')} name="roles" options={grants.roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
      <Select
        label={t('users.clearance')}
        name="clearance"
        value={clearance}
        onChange={(e) => setClearance(e.target.value)}
        options={grants.clearances.map((c) => ({ value: c, label: t(`clearance.${c}`) }))}
      />
      {clearance !== 'none' && <Field label={t('users.expires')} help={t('users.vouch')} name="clearanceExpires" type="date" required />}
      <button type="submit" className="primary">
        {t('users.create')}
      </button>
    </Form>
  );
}

/** One account and the steps the reader may take with it; each one that locks a person out asks first. */
function UserRow({ user, onChanged, onEdit }: { user: Account; onChanged: (message: string | null) => void; onEdit: () => void }) {
  const { t, i18n } = useTranslation();
  const name = user.name;
  return (
    <tr>
      <td>
        {user.name} <DemoBadge demo={user.demo} />
        {user.disabled && <span className="badge"> {t('users.disabled')}</span>}
        <br />
        <small>{user.email}</small>
      </td>
      <td>
        {user.state ?? 'RSO'} · {user.organisation.name}
      </td>
      <td>{user.roles.map((r) => t(`roles.${r}`)).join(', ')}</td>
      <td>
        {t(`clearance.${user.clearance}`)}
        {user.clearanceExpires && <> · {formatDate(user.clearanceExpires, i18n.language)}</>}
      </td>
      <td className="row-actions">
        {user.can.edit && (
          <button type="button" aria-label={t('users.editOne', { name })} onClick={onEdit}>
            {t('users.edit')}
          </button>
        )}
        {user.disabled
          ? user.can.edit && (
              <ActionButton
                onDone={onChanged}
                onAction={async () => {
                  await api.patch(`/api/users/${user.id}`, { disabled: false });
                  return t('users.enabledDone', { name });
                }}
              >
                {t('users.enable')}
              </ActionButton>
            )
          : user.can.disable && (
              <ActionButton
                className="danger"
                onDone={onChanged}
                confirm={{ title: t('users.disableTitle', { name }), body: t('users.disableBody'), confirm: t('users.disableConfirm'), danger: true }}
                onAction={async () => {
                  await api.patch(`/api/users/${user.id}`, { disabled: true });
                  return t('users.disabledDone', { name });
                }}
              >
                {t('users.disable')}
              </ActionButton>
            )}
        {user.can.resetPassword && (
          <ActionButton
            onDone={onChanged}
            confirm={{
              title: t('users.resetPasswordTitle', { name }),
              body: t('users.resetPasswordBody'),
              confirm: t('users.resetPasswordConfirm'),
              danger: true,
            }}
            onAction={async () =>
              t('users.passwordResetDone', {
                name,
                password: (await api.post<{ temporaryPassword: string }>(`/api/users/${user.id}/reset-password`)).temporaryPassword,
              })
            }
          >
            {t('users.resetPassword')}
          </ActionButton>
        )}
        {user.can.resetMfa && (
          <ActionButton
            onDone={onChanged}
            confirm={{ title: t('users.resetMfaTitle', { name }), body: t('users.resetMfaBody'), confirm: t('users.resetMfaConfirm'), danger: true }}
            onAction={async () => {
              await api.post(`/api/users/${user.id}/reset-mfa`);
              return t('users.mfaResetDone', { name });
            }}
          >
            {t('users.resetMfa')}
          </ActionButton>
        )}
      </td>
    </tr>
  );
}

export default function Users() {
  const { t } = useTranslation();
  const addsOrganisations = usePermission(Permission.OrganisationsManage);
  const [q, setQ] = useState('');
  const [includeDisabled, setIncludeDisabled] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [created, setCreated] = useState(0);
  const grants = useApi(() => api.get<Grants>('/api/users/grants'), []);
  const { data, error, loading, reload } = useApi(
    () => api.get<{ users: Account[]; total: number }>(`/api/users${query({ q, includeDisabled: includeDisabled ? 'true' : undefined })}`),
    [q, includeDisabled],
  );
  // The box holds what the server accepts (usersQuery q: 100); a refusal it still sends is said beside the box.
  const refused = filterProblems(error, ['q']);
  const [editing, setEditing] = useState<string | null>(null);
  const changed = (m: string | null) => {
    setMessage(m);
    setEditing(null);
    reload();
  };
  const edited = data?.users.find((u) => u.id === editing);
  return (
    <Page title={t('users.title')} intro={t('users.intro')}>
      {message && <Notice>{message}</Notice>}
      {addsOrganisations && (
        <AddOrganisation
          onAdded={(name) => {
            // The account form lists organisations when it mounts: a fresh one offers the agency just added.
            setCreated((n) => n + 1);
            changed(t('users.organisationAdded', { name }));
          }}
        />
      )}
      {grants.data && grants.data.roles.length > 0 && (
        <CreateUser
          key={created}
          grants={grants.data}
          onCreated={(password) => {
            setCreated((n) => n + 1);
            changed(t('users.created', { password: password ?? '—' }));
          }}
        />
      )}
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <Field label={t('app.search')} name="q" type="search" maxLength={100} value={q} onChange={(e) => setQ(e.target.value)} error={refused.beside.q} />
        <div className="field checkbox">
          <input id="incl-disabled" type="checkbox" checked={includeDisabled} onChange={(e) => setIncludeDisabled(e.target.checked)} />
          <label htmlFor="incl-disabled">{t('users.includeDisabled')}</label>
        </div>
      </form>
      <ErrorMessage error={refused.rest} />
      {loading && !data ? (
        <Loading />
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t('users.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('users.name')}</th>
              <th scope="col">{t('users.organisation')}</th>
              <th scope="col">{t('users.roles')}</th>
              <th scope="col">{t('users.clearance')}</th>
              <th scope="col">{t('app.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {data?.users.map((u) => (
              <UserRow key={u.id} user={u} onChanged={changed} onEdit={() => setEditing(u.id)} />
            ))}
          </tbody>
        </table>
      )}
      {edited && grants.data && <EditAccount key={edited.id} user={edited} grants={grants.data} onDone={changed} onCancel={() => setEditing(null)} />}
    </Page>
  );
}
