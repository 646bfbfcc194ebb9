// The shape of an account as the API shows it: never a hash or a secret.
import { z } from 'zod';
import { CLEARANCES, effectiveClearance, ROLES, requiresMfa } from '../access/subject.js';
import type { UserRow } from './store.js';

export const userViewSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  organisation: z.object({ id: z.string(), name: z.string(), kind: z.string() }),
  state: z.string().nullable(),
  roles: z.array(z.enum(ROLES)),
  clearance: z.enum(CLEARANCES),
  clearanceExpires: z.string().nullable(),
  clearanceInForce: z.enum(CLEARANCES),
  clearanceVouchedBy: z.string().nullable(),
  mfaEnabled: z.boolean(),
  mfaRequired: z.boolean(),
  mustChangePassword: z.boolean(),
  locale: z.string().nullable(),
  disabled: z.boolean(),
  demo: z.boolean(),
});
export type UserView = z.infer<typeof userViewSchema>;

export function userView(u: UserRow): UserView {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    organisation: { id: u.organisation_id, name: u.organisation_name, kind: u.organisation_kind },
    state: u.member_code,
    roles: u.roles,
    clearance: u.clearance,
    clearanceExpires: u.clearance_expires,
    clearanceInForce: effectiveClearance({ clearance: u.clearance, clearanceExpires: u.clearance_expires }),
    clearanceVouchedBy: u.clearance_vouched_by,
    mfaEnabled: u.totp_secret !== null,
    mfaRequired: requiresMfa(u),
    mustChangePassword: u.must_change_password,
    locale: u.locale,
    disabled: u.disabled_at !== null,
    demo: u.demo,
  };
}
