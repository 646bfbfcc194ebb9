// Changing an account: its name, organisation, roles and clearance (renewing the clearance's expiry). Only what was
// changed is sent, so that an administrator who keeps a clearance they could not vouch for today does not re-vouch it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { accountSchema, grantsResponse, organisationsResponse } from '../../server/modules/accounts/schemas';
import { api } from '../api';
import { Form } from '../components/form';
import { CheckGroup, Field, Select, useApi } from '../components/ui';

type Account = z.infer<typeof accountSchema>;
type Grants = z.infer<typeof grantsResponse>;
type Organisations = z.infer<typeof organisationsResponse>;

export function EditAccount({ user, grants, onDone, onCancel }: { user: Account; grants: Grants; onDone: (said: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const orgs = useApi(() => api.get<Organisations>('/api/organisations'), []);
  const [clearance, setClearance] = useState<string>(user.clearance);
  const headingId = `edit-${user.id}-h`;
  // The account's own roles and clearance stay offered even when the reader could not give them today.
  const roles = [...new Set([...grants.roles, ...user.roles])];
  const clearances = [...new Set([...grants.clearances, user.clearance])];
  const organisations = orgs.data?.organisations ?? [];
  const inOrgs = organisations.some((o) => o.id === user.organisation.id);

  async function save(f: FormData) {
    const patch: Record<string, unknown> = {};
    const name = String(f.get('name') ?? '').trim();
    if (name !== user.name) patch.name = name;
    const organisationId = String(f.get('organisationId') ?? '');
    if (organisationId && organisationId !== user.organisation.id) patch.organisationId = organisationId;
    const chosen = f.getAll('roles').map(String);
    // Sent only when the set of roles changed (a comparison of values, not a decision about the reader).
    const held = new Set<string>(user.roles);
    if (chosen.length !== held.size || chosen.some((r) => !held.has(r))) patch.roles = chosen;
    const expires = String(f.get('clearanceExpires') ?? '') || null;
    if (clearance !== user.clearance || (clearance !== 'none' && expires !== user.clearanceExpires)) {
      patch.clearance = clearance;
      patch.clearanceExpires = clearance === 'none' ? null : expires;
    }
    if (Object.keys(patch).length > 0) await api.patch(`/api/users/${user.id}`, patch);
    const said = t('users.saved', { name: name || user.name });
    onDone(said);
    return said;
  }

  return (
    <Form onSubmit={save} className="card form-grid" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('users.editTitle', { name: user.name })}</h2>
      <Field label={t('users.name')} name="name" required defaultValue={user.name} autoComplete="off" />
      {orgs.data && (
        <Select
          label={t('users.organisation')}
          name="organisationId"
          defaultValue={user.organisation.id}
          options={[
            ...(inOrgs ? [] : [{ value: user.organisation.id, label: `${user.state ?? 'RSO'} · ${user.organisation.name}` }]),
            ...organisations.map((o) => ({ value: o.id, label: `${o.memberCode ?? 'RSO'} · ${o.name}` })),
          ]}
        />
      )}
      <CheckGroup
        legend={t('users.roles')}
        name="roles"
        required
        defaultValue={user.roles}
        options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
      />
      <Select
        label={t('users.clearance')}
        name="clearance"
        value={clearance}
        onChange={(e) => setClearance(e.target.value)}
        options={clearances.map((c) => ({ value: c, label: t(`clearance.${c}`) }))}
      />
      {clearance !== 'none' && (
        <Field label={t('users.expires')} help={t('users.vouch')} name="clearanceExpires" type="date" required defaultValue={user.clearanceExpires ?? ''} />
      )}
      <div>
        <button type="submit" className="primary">
          {t('users.saveChanges')}
        </button>{' '}
        <button type="button" onClick={onCancel}>
          {t('users.cancel')}
        </button>
      </div>
    </Form>
  );
}
