// Members directory API.

import { z } from 'zod';
import { Permission } from '../../access/permissions.js';
import { endpoints } from '../../http/endpoint.js';
import type { ModuleRoutes } from '../module.js';
import { memberCode, memberDetailResponse, membersQuery, membersResponse } from './schemas.js';

export const membersRoutes: ModuleRoutes = {
  register(app, { services }) {
    const api = endpoints(app, ['members']);

    api.get(
      '/api/members',
      {
        access: 'public',
        summary: 'The Bali Process membership: search, filter by kind, status and sub-region',
        query: membersQuery,
        response: membersResponse,
      },
      ({ query }) => services.members.directory(query),
    );

    api.get(
      '/api/members/:code',
      {
        access: { permission: Permission.MembersRead },
        summary: 'One member with its agencies and groups',
        params: z.strictObject({ code: memberCode }),
        response: memberDetailResponse,
      },
      ({ params }) => services.members.detail(params.code),
    );
  },
};
