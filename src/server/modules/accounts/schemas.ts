// Shapes of user and organisation administration.
import { z } from 'zod';
import { CLEARANCES, ROLES } from '../../access/subject.js';
import { userViewSchema } from '../../auth/view.js';
import { check } from '../../i18n/validation.js';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, check.date)
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), check.realDate);

export { isoDate };

export const createUserBody = z.strictObject({
  email: z.string().trim().email().max(254),
  name: z.string().trim().min(1).max(200),
  organisationId: z.string().uuid(),
  roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length),
  clearance: z.enum(CLEARANCES).default('none'),
  clearanceExpires: isoDate.nullable().optional(),
  password: z.string().min(1).max(256).optional(),
});
export type CreateUserInput = z.infer<typeof createUserBody>;

export const updateUserBody = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  /** Moves the account to another organisation (of a state the administrator runs). */
  organisationId: z.string().uuid().optional(),
  roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length).optional(),
  clearance: z.enum(CLEARANCES).optional(),
  clearanceExpires: isoDate.nullable().optional(),
  disabled: z.boolean().optional(),
});
export type UpdateUserInput = z.infer<typeof updateUserBody>;

export const usersQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  state: z.string().trim().max(10).optional(),
  role: z.enum(ROLES).optional(),
  includeDisabled: z.enum(['true', 'false']).optional(),
});

export const userIdParams = z.strictObject({ id: z.string().uuid() });

/** What the actor may do with this account (computed by access/accounts.ts; the app reads it instead of roles). */
export const accountAbilitiesSchema = z.object({ edit: z.boolean(), resetPassword: z.boolean(), resetMfa: z.boolean(), disable: z.boolean() });
export const accountSchema = userViewSchema.extend({ can: accountAbilitiesSchema });

/** What the reader may give an account: the app offers these instead of knowing the roles' rules. */
export const grantsResponse = z.object({ roles: z.array(z.enum(ROLES)), clearances: z.array(z.enum(CLEARANCES)) });

export const usersResponse = z.object({ users: z.array(accountSchema), total: z.number() });
export const createdUserResponse = z.object({ user: accountSchema, temporaryPassword: z.string().nullable() });
export const passwordResetResponse = z.object({ temporaryPassword: z.string() });
export const okResponse = z.object({ ok: z.literal(true) });
export const createdOrganisationResponse = z.object({ id: z.string() });

export const organisationSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  memberCode: z.string().nullable(),
  demo: z.boolean(),
  users: z.number(),
});
export const organisationsResponse = z.object({ organisations: z.array(organisationSchema) });
export const createOrganisationBody = z.strictObject({
  name: z.string().trim().min(2).max(200),
  kind: z.enum(['state_agency', 'international_org']),
  memberCode: z.string().trim().min(2).max(10),
});
