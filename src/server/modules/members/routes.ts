// Members directory API.

import { z } from 'zod';
import { Permission } from '../../access/permissions.js';
import type { ModuleRoutes } from '../module.js';
import { memberCode, memberDetailResponse, membersQuery, membersResponse } from './schemas.js';

export const membersRoutes: ModuleRoutes = {
  register(app, { services }) {
    const tags = ['members'];
    app.get(
      '/api/members',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'The Bali Process membership: search, filter by kind, status and sub-region',
          querystring: membersQuery,
          response: { 200: membersResponse },
        },
      },
      async (req) => services.members.directory(req.query),
    );

    app.get(
      '/api/members/:code',
      {
        config: { access: { permission: Permission.MembersRead } },
        schema: {
          tags,
          summary: 'One member with its agencies and groups',
          params: z.strictObject({ code: memberCode }),
          response: { 200: memberDetailResponse },
        },
      },
      async (req) => services.members.detail(req.params.code),
    );
  },
};
