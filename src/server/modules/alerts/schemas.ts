// Shapes of regional alerts, acknowledgement dashboards and watch-lists.
import { z } from 'zod';
import { isoDate } from '../accounts/schemas.js';
import { memberCode } from '../members/schemas.js';

export const ALERT_TYPES = ['wanted_person', 'locate_person', 'modus_operandi', 'fraudulent_document', 'vessel_or_route', 'missing_or_at_risk_victim'] as const;

export const alertBody = z.strictObject({
  type: z.enum(ALERT_TYPES),
  title: z.string().trim().min(1).max(300),
  body: z.string().trim().min(1).max(20_000),
  audience: z.enum(['all', 'states', 'groups']),
  states: z.array(memberCode).max(60).optional(),
  groups: z
    .array(z.string().regex(/^[a-z0-9-]{2,40}$/))
    .max(20)
    .optional(),
  classification: z.enum(['members', 'restricted', 'confidential', 'secret']),
  expiresOn: isoDate.nullable().optional(),
});
export type AlertInput = z.infer<typeof alertBody>;

export const alertsQuery = z.strictObject({ expired: z.enum(['include']).optional() });
export const idParams = z.strictObject({ id: z.string().uuid() });

const alertView = z.object({
  id: z.string(),
  reference: z.string(),
  type: z.string(),
  title: z.string(),
  body: z.string(),
  audience: z.string(),
  ownerState: z.string(),
  classification: z.string(),
  states: z.array(z.string()),
  groups: z.array(z.string()),
  expiresOn: z.string().nullable(),
  expired: z.boolean(),
  demo: z.boolean(),
  createdAt: z.date(),
  acknowledged: z.boolean(),
});
export const alertSchema = alertView.extend({
  isIssuer: z.boolean(),
  /** What the reader may do with it (access/intel.ts). */
  can: z.object({ acknowledge: z.boolean(), followAcknowledgements: z.boolean() }),
});
export const alertsResponse = z.object({ alerts: z.array(alertView) });
export const dashboardResponse = z.object({
  alertId: z.string(),
  reference: z.string(),
  acknowledged: z.number(),
  pending: z.array(z.string()),
  states: z.array(z.object({ state: z.string(), acknowledgedAt: z.date().nullable() })),
});

export const watchlistBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  entries: z
    .array(z.strictObject({ kind: z.enum(['name', 'document', 'vessel', 'phone']), value: z.string().trim().min(1).max(200) }))
    .min(1)
    .max(500),
});
const watchlistSchema = z.object({
  id: z.string(),
  name: z.string(),
  demo: z.boolean(),
  createdAt: z.date(),
  entries: z.array(z.object({ id: z.string(), kind: z.string(), value: z.string() })),
});
export const watchlistResponse = watchlistSchema;
export const watchlistsResponse = z.object({ watchlists: z.array(watchlistSchema) });
export const matchesResponse = z.object({
  matches: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      entryValue: z.string(),
      recordedBy: z.string().nullable(),
      score: z.number(),
      createdAt: z.date(),
      entity: z.object({ id: z.string(), kind: z.string(), caption: z.string() }).nullable(),
      message: z.string(),
    }),
  ),
});
export const okResponse = z.object({ ok: z.literal(true) });
