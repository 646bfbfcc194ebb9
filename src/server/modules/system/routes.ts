// Health and instance facts: what a load balancer and the app shell ask first.
import { z } from 'zod';
import { endpoints } from '../../http/endpoint.js';
import type { ModuleRoutes } from '../module.js';

export const systemRoutes: ModuleRoutes = {
  register(app, { services }) {
    endpoints(app, ['system']).get(
      '/api/health',
      {
        access: 'public',
        summary: 'Liveness and database kind',
        response: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']), demo: z.boolean(), version: z.string() }),
      },
      () => services.system.health(),
    );
  },
};
