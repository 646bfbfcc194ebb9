// Request and response shapes of the sign-in API.
import { z } from 'zod';
import { PERMISSIONS } from '../access/permissions.js';
import { check } from '../i18n/validation.js';
import { userViewSchema } from './view.js';

export const LOCALES = ['en', 'id', 'th'] as const;

export const loginBody = z.strictObject({
  email: z.string().trim().email().max(254),
  password: z.string().min(1).max(256),
  totp: z
    .string()
    .regex(/^\d{6}$/, check.sixDigits)
    .optional(),
});

export const signedInResponse = z.object({
  user: userViewSchema,
  csrfToken: z.string(),
  mfaEnrolmentRequired: z.boolean(),
  /** The permissions the access module allows this user today (none until MFA enrolment is done): the app reads these, never roles. */
  permissions: z.array(z.enum(PERMISSIONS)),
  /** Ids of the web features (src/web/features/<id>) this user may open, from each module's web metadata. */
  features: z.array(z.string()),
});

export const enrolmentResponse = z.object({ secret: z.string(), otpauthUrl: z.string(), qrSvg: z.string() });
export const totpBody = z.strictObject({ totp: z.string().regex(/^\d{6}$/, check.sixDigits) });
export const passwordBody = z.strictObject({ currentPassword: z.string().min(1).max(256), newPassword: z.string().min(1).max(256) });
export const localeBody = z.strictObject({ locale: z.enum(LOCALES) });
export const okResponse = z.object({ ok: z.literal(true) });
export const sessionsResponse = z.object({
  sessions: z.array(z.object({ createdAt: z.date(), lastSeenAt: z.date(), ip: z.string().nullable(), userAgent: z.string().nullable(), current: z.boolean() })),
});
