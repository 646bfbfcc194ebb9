// Shapes of notifications, deliveries and a state's webhook.
import { z } from 'zod';
import { memberCode } from '../members/schemas.js';

export const notificationSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  readAt: z.date().nullable(),
  createdAt: z.date(),
});
export const notificationsResponse = z.object({ notifications: z.array(notificationSchema) });
export const deliverySchema = z.object({
  id: z.string(),
  channel: z.enum(['email', 'webhook']),
  target: z.string(),
  state: z.string().nullable(),
  subject: z.string(),
  status: z.enum(['pending', 'sent', 'failed']),
  attempts: z.number(),
  nextAttemptAt: z.date(),
  lastError: z.string().nullable(),
  sentAt: z.date().nullable(),
  createdAt: z.date(),
});
export const deliveriesResponse = z.object({ deliveries: z.array(deliverySchema) });
export const idParams = z.strictObject({ id: z.string().uuid() });
export const stateParams = z.strictObject({ state: memberCode });
export const webhookBody = z.strictObject({ url: z.string().trim().min(1).max(500) });
export const webhookSecretResponse = z.object({ state: z.string(), url: z.string(), secret: z.string() });
export const webhookResponse = z.object({ state: z.string(), url: z.string().nullable(), updatedAt: z.date().nullable() });
export const okResponse = z.object({ ok: z.literal(true) });
