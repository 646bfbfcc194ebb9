// User and organisation administration API: admins everywhere, focal points for their own state.
import { Permission } from '../../access/permissions.js';
import { actorOf } from '../../http/context.js';
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
    const tags = ['accounts'];
    const read = { permission: Permission.UsersRead };
    const manage = { permission: Permission.UsersManage };

    app.get(
      '/api/users',
      {
        config: { access: read },
        schema: {
          tags,
          summary: 'Accounts you administer (all for the RSO admin, your state for a focal point)',
          querystring: usersQuery,
          response: { 200: usersResponse },
        },
      },
      async (req) => services.accounts.list(actorOf(req), { ...req.query, includeDisabled: req.query.includeDisabled === 'true' }),
    );

    app.get(
      '/api/users/grants',
      {
        config: { access: manage },
        schema: { tags, summary: 'The roles you may grant and the clearances you may vouch for', response: { 200: grantsResponse } },
      },
      async (req) => services.accounts.grants(actorOf(req)),
    );

    app.post(
      '/api/users',
      {
        config: { access: manage },
        schema: {
          tags,
          summary: 'Create an account; without a password a temporary one is returned',
          body: createUserBody,
          response: { 201: createdUserResponse },
        },
      },
      async (req, reply) => reply.status(201).send(await services.accounts.create(actorOf(req), req.body)),
    );

    app.patch(
      '/api/users/:id',
      {
        config: { access: manage },
        schema: {
          tags,
          summary: 'Change roles, clearance (vouching for it), name, or disable',
          params: userIdParams,
          body: updateUserBody,
          response: { 200: accountSchema },
        },
      },
      async (req) => services.accounts.update(actorOf(req), req.params.id, req.body),
    );

    app.post(
      '/api/users/:id/reset-password',
      {
        config: { access: manage },
        schema: { tags, summary: 'Issue a temporary password and end the account’s sessions', params: userIdParams, response: { 200: passwordResetResponse } },
      },
      async (req) => services.accounts.resetPassword(actorOf(req), req.params.id),
    );

    app.post(
      '/api/users/:id/reset-mfa',
      {
        config: { access: manage },
        schema: { tags, summary: 'Clear the second factor so the user enrols again', params: userIdParams, response: { 200: okResponse } },
      },
      async (req) => {
        await services.accounts.resetMfa(actorOf(req), req.params.id);
        return { ok: true as const };
      },
    );

    app.get(
      '/api/organisations',
      {
        config: { access: read },
        schema: { tags, summary: 'Organisations you may add accounts to', response: { 200: organisationsResponse } },
      },
      async (req) => services.accounts.organisations(actorOf(req)),
    );

    app.post(
      '/api/organisations',
      {
        config: { access: { permission: Permission.OrganisationsManage } },
        schema: {
          tags,
          summary: 'Add an agency of a member state or an international organisation',
          body: createOrganisationBody,
          response: { 201: createdOrganisationResponse },
        },
      },
      async (req, reply) => reply.status(201).send(await services.accounts.createOrganisation(actorOf(req), req.body)),
    );
  },
};
