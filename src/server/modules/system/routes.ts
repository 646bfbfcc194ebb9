// Health and instance facts: what a load balancer and the app shell ask first.
import { z } from 'zod';
import { sql } from '../../db/index.js';
import type { PortalModule } from '../module.js';

export const systemModule: PortalModule = {
  name: 'system',
  register(app, { db }) {
    app.get('/api/health', {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Liveness and database kind',
        response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']), demo: z.boolean(), version: z.string() }) },
      },
    }, async () => {
      const row = await db.one<{ demo: boolean }>(sql`SELECT EXISTS (SELECT 1 FROM settings WHERE key = 'demo_seeded') AS demo`);
      return { status: 'ok' as const, database: db.kind, demo: row?.demo ?? false, version: '0.1.0' };
    });
  },
};
