// Audit view API for administrators.

import { z } from 'zod';
import { Permission } from '../../access/permissions.js';
import { isoDate } from '../accounts/schemas.js';
import type { ModuleRoutes } from '../module.js';

const query = z.strictObject({
  actor: z.string().trim().max(254).optional(),
  action: z.string().trim().max(100).optional(),
  targetType: z.string().trim().max(50).optional(),
  targetId: z.string().trim().max(100).optional(),
  outcome: z.enum(['ok', 'denied', 'invalid', 'not_found', 'conflict', 'failed']).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const entry = z.object({
  id: z.number(),
  at: z.date(),
  actor: z.string().nullable(),
  actorState: z.string().nullable(),
  ip: z.string().nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  outcome: z.string(),
  detail: z.record(z.string(), z.unknown()),
});

export const auditRoutes: ModuleRoutes = {
  register(app, { services }) {
    const tags = ['audit'];
    app.get(
      '/api/audit',
      {
        config: { access: { permission: Permission.AuditRead } },
        schema: {
          tags,
          summary: 'The audit trail, newest first, filtered',
          querystring: query,
          response: { 200: z.object({ entries: z.array(entry), nextBefore: z.number().nullable() }) },
        },
      },
      async (req) => services.auditTrail.list(req.query),
    );

    app.get(
      '/api/audit/verify',
      {
        config: { access: { permission: Permission.AuditRead } },
        schema: {
          tags,
          summary: 'Recompute the hash chain and name the first broken entry',
          response: { 200: z.object({ ok: z.boolean(), entries: z.number(), brokenAt: z.number().optional(), reason: z.string().optional() }) },
        },
      },
      async () => services.auditTrail.verify(),
    );
  },
};
