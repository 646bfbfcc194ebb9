// Any import job the caller started (a flows return, a survey evidence file, a network file), by its id.
import { z } from 'zod';
import { actorOf } from '../http/context.js';
import type { ModuleRoutes } from '../modules/module.js';
import { importView } from './schemas.js';

export const importsRoutes: ModuleRoutes = {
  register(app, { services }) {
    app.get(
      '/api/imports/:importId',
      {
        config: { access: 'signed_in' },
        schema: {
          tags: ['imports'],
          summary: 'An import you started: status (running, completed, failed, interrupted), progress, counts, per-line errors and notices',
          params: z.strictObject({ importId: z.uuid() }),
          response: { 200: importView },
        },
      },
      async (req) => services.imports.get(actorOf(req), req.params.importId),
    );
  },
};
