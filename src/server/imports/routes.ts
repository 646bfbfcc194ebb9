// Any import job the caller started (a flows return, a survey evidence file, a network file), by its id.
import { z } from 'zod';
import { endpoints } from '../http/endpoint.js';
import { langOf } from '../i18n/request.js';
import { localised } from '../i18n/text.js';
import type { ModuleRoutes } from '../modules/module.js';
import { importView } from './schemas.js';

export const importsRoutes: ModuleRoutes = {
  register(app, { services }) {
    endpoints(app, ['imports']).get(
      '/api/imports/:importId',
      {
        access: 'signed_in',
        summary: 'An import you started: status (running, completed, failed, interrupted), progress, counts, per-line errors and notices',
        params: z.strictObject({ importId: z.uuid() }),
        response: importView,
      },
      async ({ actor, params, req }) => localised(await services.imports.get(actor, params.importId), langOf(req)),
    );
  },
};
