// Designations API: who in the caller's state (or organisation) answers verification requests and works cases.

import { Permission } from '../../access/permissions.js';
import { actorOf } from '../../http/context.js';
import type { ModuleRoutes } from '../module.js';
import { designationBody, designationParams, designationsResponse } from './schemas.js';

export const identityRoutes: ModuleRoutes = {
  register(app, { services }) {
    const tags = ['identity'];
    const designations = services.designations;

    app.get(
      '/api/identity/designations',
      {
        config: { access: { permission: Permission.IdentityDesignationsRead } },
        schema: {
          tags,
          summary: "Who in the caller's state or organisation is designated to answer verification requests and to work referral and return cases",
          response: { 200: designationsResponse },
        },
      },
      async (req) => designations.list(actorOf(req)),
    );

    app.post(
      '/api/identity/designations',
      {
        config: { access: { permission: Permission.IdentityDesignationsWrite } },
        schema: { tags, summary: 'Designate an officer of the state for a duty (focal point)', body: designationBody, response: { 200: designationsResponse } },
      },
      async (req) => designations.designate(actorOf(req), req.body.userId, req.body.duty),
    );

    app.delete(
      '/api/identity/designations/:userId/:duty',
      {
        config: { access: { permission: Permission.IdentityDesignationsWrite } },
        schema: { tags, summary: 'Withdraw a designation (focal point)', params: designationParams, response: { 200: designationsResponse } },
      },
      async (req) => designations.revoke(actorOf(req), req.params.userId, req.params.duty),
    );
  },
};
