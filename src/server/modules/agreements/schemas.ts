// Shapes of agreements: parties, scope, dates and status; the check the intelligence exchange makes; the matrix.
import { z } from 'zod';
import { check } from '../../i18n/validation.js';
import { isoDate } from '../accounts/schemas.js';
import { memberCode } from '../members/schemas.js';

export const AGREEMENT_TYPES = ['mou', 'treaty', 'arrangement'] as const;
export const AGREEMENT_STATUSES = ['draft', 'signed', 'in_force', 'expired', 'terminated'] as const;

const partyBody = z.strictObject({
  state: memberCode,
  focalPointId: z.string().uuid().nullable().optional(),
  signatoryName: z.string().trim().max(200).optional(),
  signatoryTitle: z.string().trim().max(200).optional(),
});

export const agreementBody = z.strictObject({
  title: z.string().trim().min(1).max(400),
  type: z.enum(AGREEMENT_TYPES),
  scope: z.array(z.string().trim().min(1).max(60)).min(1).max(20),
  status: z.enum(AGREEMENT_STATUSES),
  signedOn: isoDate.nullable().optional(),
  effectiveOn: isoDate.nullable().optional(),
  expiresOn: isoDate.nullable().optional(),
  terminatedOn: isoDate.nullable().optional(),
  placeOfSignature: z.string().trim().max(200).optional(),
  notes: z.string().trim().max(4000).optional(),
  parties: z.array(partyBody).min(2).max(50),
});
export type AgreementInput = z.infer<typeof agreementBody>;
export const agreementPatch = agreementBody.partial();
export type AgreementPatch = z.infer<typeof agreementPatch>;

export const partySchema = z.object({
  state: z.string(),
  stateName: z.string(),
  focalPointId: z.string().nullable(),
  focalPoint: z
    .object({ name: z.string(), position: z.string(), agency: z.string(), email: z.string().nullable(), secureChannel: z.string().nullable() })
    .nullable(),
  signatoryName: z.string(),
  signatoryTitle: z.string(),
});

export const agreementSchema = z.object({
  id: z.string(),
  title: z.string(),
  type: z.enum(AGREEMENT_TYPES),
  kind: z.enum(['bilateral', 'multilateral']),
  scope: z.array(z.string()),
  status: z.enum(AGREEMENT_STATUSES),
  signedOn: z.string().nullable(),
  effectiveOn: z.string().nullable(),
  expiresOn: z.string().nullable(),
  terminatedOn: z.string().nullable(),
  placeOfSignature: z.string(),
  notes: z.string(),
  demo: z.boolean(),
  parties: z.array(partySchema),
  /** What the reader may do with it (access/agreements.ts); absent only in the agreement check, which has no reader. */
  can: z.object({ edit: z.boolean() }).optional(),
});
export type Agreement = z.infer<typeof agreementSchema>;

export const agreementsQuery = z.strictObject({
  state: memberCode.optional(),
  status: z.enum(AGREEMENT_STATUSES).optional(),
});
export const agreementsResponse = z.object({ agreements: z.array(agreementSchema) });

export const checkQuery = z.strictObject({
  a: memberCode,
  b: memberCode,
  category: z.string().trim().min(1).max(60),
  date: isoDate.optional(),
});
export const checkResponse = z.object({ covered: z.boolean(), agreement: agreementSchema.nullable() });
export type CheckResult = z.infer<typeof checkResponse>;

export const matrixQuery = z.strictObject({ date: isoDate.optional(), category: z.string().trim().min(1).max(60).optional() });
export const matrixResponse = z.object({
  date: z.string(),
  states: z.array(z.object({ code: z.string(), name: z.string() })),
  pairs: z.array(
    z.object({
      a: z.string(),
      b: z.string(),
      agreements: z.array(z.object({ id: z.string(), title: z.string(), scope: z.array(z.string()), demo: z.boolean() })),
    }),
  ),
});

export const scopesResponse = z.object({
  scopes: z.array(z.object({ id: z.string(), label: z.string(), kind: z.string(), covers: z.array(z.string()) })),
  intelligenceCategories: z.array(z.object({ id: z.string(), label: z.string() })),
});

export const mouQuery = z.strictObject({
  states: z
    .string()
    .trim()
    .regex(/^[A-Z]{2,6}(,[A-Z]{2,6})+$/, check.memberCodes),
  scope: z.string().trim().max(600).optional(),
  effectiveOn: isoDate.optional(),
  years: z.coerce.number().int().min(1).max(50).optional(),
  place: z.string().trim().max(200).optional(),
  format: z.enum(['md', 'pdf']).optional(),
});
export const mouFormatQuery = z.strictObject({ format: z.enum(['md', 'pdf']).optional() });
export const idParams = z.strictObject({ id: z.string().uuid() });
