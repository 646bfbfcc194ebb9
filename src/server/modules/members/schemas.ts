// Shapes of the members directory.
import { z } from 'zod';
import { check } from '../../i18n/validation.js';

export const memberSchema = z.object({
  code: z.string(),
  name: z.string(),
  iso2: z.string().nullable(),
  kind: z.enum(['state', 'territory', 'organisation']),
  status: z.enum(['member', 'observer']),
  subregion: z.string().nullable(),
  source: z.string(),
});
export type Member = z.infer<typeof memberSchema>;

export const memberCode = z
  .string()
  .trim()
  .regex(/^[A-Z]{3}$|^[A-Z]{2,6}$/, check.memberCode);

export const membersQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  kind: z.enum(['state', 'territory', 'organisation']).optional(),
  status: z.enum(['member', 'observer']).optional(),
  subregion: z.string().trim().max(100).optional(),
});

export const membersResponse = z.object({
  members: z.array(memberSchema),
  total: z.number(),
  subregions: z.array(z.string()),
});

export const memberDetailResponse = z.object({
  member: memberSchema,
  organisations: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string(), demo: z.boolean() })),
  groups: z.array(z.object({ code: z.string(), name: z.string() })),
});
