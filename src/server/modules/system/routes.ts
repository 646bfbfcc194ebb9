// Health and instance facts: what a load balancer and the app shell ask first.
import { z } from 'zod';
import type { ModuleRoutes } from '../module.js';

export const systemRoutes: ModuleRoutes = {
  register(app, { services }) {
    app.get(
      '/api/health',
      {
        config: { access: 'public' },
        schema: {
          tags: ['system'],
          summary: 'Liveness and database kind',
          response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']), demo: z.boolean(), version: z.string() }) },
        },
      },
      async () => services.system.health(),
    );
  },
};
