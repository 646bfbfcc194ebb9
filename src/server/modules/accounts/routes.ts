// User and organisation administration API: admins everywhere, focal points for their own state.
import { Permission } from '../../access/permissions.js';
import { endpoints } from '../../http/endpoint.js';
import type { ModuleRoutes } from '../module.js';
import {
  accountSchema,
  createdOrganisationResponse,
  createdUserResponse,
  createOrganisationBody,
  createUserBody,
  grantsResponse,
  okResponse,
  organisationsResponse,
  passwordResetResponse,
  updateUserBody,
  userIdParams,
  usersQuery,
  usersResponse,
} from './schemas.js';

export const accountsRoutes: ModuleRoutes = {
  register(app, { services }) {
    const api = endpoints(app, ['accounts']);
    const read = { permission: Permission.UsersRead };
    const manage = { permission: Permission.UsersManage };
    const { accounts } = services;

    api.get(
      '/api/users',
      {
        access: read,
        summary: 'Accounts you administer (all for the RSO admin, your state for a focal point)',
        query: usersQuery,
        response: usersResponse,
      },
      ({ actor, query }) => accounts.list(actor, { ...query, includeDisabled: query.includeDisabled === 'true' }),
    );

    api.get(
      '/api/users/grants',
      { access: manage, summary: 'The roles you may grant and the clearances you may vouch for', response: grantsResponse },
      ({ actor }) => accounts.grants(actor),
    );

    api.post(
      '/api/users',
      {
        access: manage,
        summary: 'Create an account; without a password a temporary one is returned',
        body: createUserBody,
        response: createdUserResponse,
        status: 201,
      },
      ({ actor, body }) => accounts.create(actor, body),
    );

    api.patch(
      '/api/users/:id',
      {
        access: manage,
        summary: 'Change roles, clearance (vouching for it), name, or disable',
        params: userIdParams,
        body: updateUserBody,
        response: accountSchema,
      },
      ({ actor, params, body }) => accounts.update(actor, params.id, body),
    );

    api.post(
      '/api/users/:id/reset-password',
      { access: manage, summary: 'Issue a temporary password and end the account’s sessions', params: userIdParams, response: passwordResetResponse },
      ({ actor, params }) => accounts.resetPassword(actor, params.id),
    );

    api.post(
      '/api/users/:id/reset-mfa',
      { access: manage, summary: 'Clear the second factor so the user enrols again', params: userIdParams, response: okResponse },
      async ({ actor, params }) => {
        await accounts.resetMfa(actor, params.id);
        return { ok: true as const };
      },
    );

    api.get('/api/organisations', { access: read, summary: 'Organisations you may add accounts to', response: organisationsResponse }, ({ actor }) =>
      accounts.organisations(actor),
    );

    api.post(
      '/api/organisations',
      {
        access: { permission: Permission.OrganisationsManage },
        summary: 'Add an agency of a member state or an international organisation',
        body: createOrganisationBody,
        response: createdOrganisationResponse,
        status: 201,
      },
      ({ actor, body }) => accounts.createOrganisation(actor, body),
    );
  },
};
