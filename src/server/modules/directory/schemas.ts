// Shapes of the directory: national committees, contact points, liaison officers.
import { z } from 'zod';
import { isoDate } from '../accounts/schemas.js';
import { memberCode } from '../members/schemas.js';

export const ENTRY_KINDS = ['committees', 'contact-points', 'liaison-officers'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

const text = (max: number) => z.string().trim().max(max);
const email = z.string().trim().email().max(254).nullable().optional();
const phone = z.string().trim().max(60).nullable().optional();

export const committeeBody = z.strictObject({
  state: memberCode,
  name: text(300).min(1),
  mandate: text(4000).optional(),
});
export const committeePatch = committeeBody.omit({ state: true }).partial();

export const contactPointBody = z.strictObject({
  state: memberCode,
  topic: z.string().trim().min(1).max(60),
  name: text(200).min(1),
  position: text(200).optional(),
  agency: text(300).optional(),
  email,
  phone,
  secureChannel: text(300).nullable().optional(),
  committeeId: z.string().uuid().nullable().optional(),
});
export type ContactPointInput = z.infer<typeof contactPointBody>;
export const contactPointPatch = contactPointBody.omit({ state: true }).partial();

export const liaisonOfficerBody = z.strictObject({
  homeState: memberCode,
  hostState: memberCode,
  agency: text(300).min(1),
  name: text(200).min(1),
  position: text(200).optional(),
  email,
  phone,
  postedFrom: isoDate,
  postedUntil: isoDate.nullable().optional(),
});
export type LiaisonOfficerInput = z.infer<typeof liaisonOfficerBody>;
export const liaisonOfficerPatch = liaisonOfficerBody.omit({ homeState: true }).partial();

/** What the actor may do with the entry (access/directory.ts): the app reads this instead of roles. */
export const directoryEntryAbilities = z.object({ edit: z.boolean(), confirm: z.boolean(), remove: z.boolean() });
const kept = { confirmedAt: z.date(), stale: z.boolean(), demo: z.boolean(), can: directoryEntryAbilities.optional() };

export const committeeSchema = z.object({ id: z.string(), state: z.string(), name: z.string(), mandate: z.string(), ...kept });
export type Committee = z.infer<typeof committeeSchema>;

export const contactPointSchema = z.object({
  id: z.string(),
  state: z.string(),
  topic: z.string(),
  name: z.string(),
  position: z.string(),
  agency: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  secureChannel: z.string().nullable(),
  committeeId: z.string().nullable(),
  ...kept,
});
export type ContactPoint = z.infer<typeof contactPointSchema>;

export const liaisonOfficerSchema = z.object({
  id: z.string(),
  homeState: z.string(),
  hostState: z.string(),
  agency: z.string(),
  name: z.string(),
  position: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  postedFrom: z.string(),
  postedUntil: z.string().nullable(),
  ...kept,
});
export type LiaisonOfficer = z.infer<typeof liaisonOfficerSchema>;

export const directoryQuery = z.strictObject({
  state: memberCode.optional(),
  topic: z.string().trim().max(60).optional(),
  q: z.string().trim().max(100).optional(),
});

export const directoryResponse = z.object({
  committees: z.array(committeeSchema),
  contactPoints: z.array(contactPointSchema),
  liaisonOfficers: z.array(liaisonOfficerSchema),
  agencies: z.array(z.object({ id: z.string(), name: z.string(), state: z.string(), demo: z.boolean() })),
});

export const staleResponse = z.object({
  entries: z.array(z.object({ kind: z.enum(ENTRY_KINDS), id: z.string(), state: z.string(), label: z.string(), confirmedAt: z.date() })),
});

export const entryParams = z.strictObject({ kind: z.enum(ENTRY_KINDS), id: z.string().uuid() });
export const idParams = z.strictObject({ id: z.string().uuid() });
export const okResponse = z.object({ ok: z.literal(true) });
export const topicsResponse = z.object({ topics: z.array(z.object({ id: z.string(), label: z.string() })) });
