// Designations API: who in the caller's state (or organisation) answers verification requests and works cases.

import { Permission } from '../../access/permissions.js';
import { endpoints } from '../../http/endpoint.js';
import type { ModuleRoutes } from '../module.js';
import { designationBody, designationParams, designationsResponse } from './schemas.js';

export const identityRoutes: ModuleRoutes = {
  register(app, { services }) {
    const api = endpoints(app, ['identity']);
    const write = { permission: Permission.IdentityDesignationsWrite };
    const designations = services.designations;

    api.get(
      '/api/identity/designations',
      {
        access: { permission: Permission.IdentityDesignationsRead },
        summary: "Who in the caller's state or organisation is designated to answer verification requests and to work referral and return cases",
        response: designationsResponse,
      },
      ({ actor }) => designations.list(actor),
    );

    api.post(
      '/api/identity/designations',
      { access: write, summary: 'Designate an officer of the state for a duty (focal point)', body: designationBody, response: designationsResponse },
      ({ actor, body }) => designations.designate(actor, body.userId, body.duty),
    );

    api.delete(
      '/api/identity/designations/:userId/:duty',
      { access: write, summary: 'Withdraw a designation (focal point)', params: designationParams, response: designationsResponse },
      ({ actor, params }) => designations.revoke(actor, params.userId, params.duty),
    );
  },
};
