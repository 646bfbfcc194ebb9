// Audit view API for administrators.

import { z } from 'zod';
import { Permission } from '../../access/permissions.js';
import { endpoints } from '../../http/endpoint.js';
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
    const api = endpoints(app, ['audit']);
    const read = { permission: Permission.AuditRead };

    api.get(
      '/api/audit',
      {
        access: read,
        summary: 'The audit trail, newest first, filtered',
        query,
        response: z.object({ entries: z.array(entry), nextBefore: z.number().nullable() }),
      },
      ({ query }) => services.auditTrail.list(query),
    );

    api.get(
      '/api/audit/verify',
      {
        access: read,
        summary: 'Recompute the hash chain and name the first broken entry',
        response: z.object({ ok: z.boolean(), entries: z.number(), brokenAt: z.number().optional(), reason: z.string().optional() }),
      },
      () => services.auditTrail.verify(),
    );
  },
};
