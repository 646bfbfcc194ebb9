// Shapes of victim referral and return cases: minimal personal data, consent, protection, referral, travel documents,
// return and reception.
import { z } from 'zod';
import { isoDate } from '../accounts/schemas.js';
import { arrangementSchema } from '../identity/arrangements.js';
import { memberCode } from '../members/schemas.js';
import { partialDate } from '../verifications/schemas.js';

export const CASE_KINDS = ['victim', 'migrant'] as const;
export const CASE_STATUSES = ['identified', 'referred', 'documents_issued', 'return_scheduled', 'returned', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CONSENT_SCOPES = ['home_state', 'organisation'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];
export const PROTECTION_MEASURES = [
  'shelter',
  'medical_care',
  'psychosocial_support',
  'legal_assistance',
  'interpreter',
  'guardian',
  'reflection_period',
  'protection_order',
  'witness_protection',
  'temporary_residence',
  'risk_assessment',
] as const;
export const TRAVEL_DOCUMENT_TYPES = ['passport', 'emergency_travel_document', 'laissez_passer', 'certificate_of_identity'] as const;
export const CLASSIFICATIONS = ['restricted', 'confidential', 'secret'] as const;

/** Only what a return needs: the name as written, birth as known, sex, whether a minor, the languages to inform them in. */
export const personBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  birthDate: partialDate.optional(),
  sex: z.enum(['female', 'male', 'other', 'unknown']).optional(),
  minor: z.boolean().default(false),
  languages: z.array(z.string().trim().min(1).max(60)).max(5).optional(),
});
export const personSchema = z.object({
  name: z.string(),
  latin: z.string(),
  birthDate: z.string().nullable(),
  sex: z.string().nullable(),
  minor: z.boolean(),
  languages: z.array(z.string()),
});
export type CasePerson = z.infer<typeof personSchema>;

export const consentBody = z.strictObject({
  scope: z.enum(CONSENT_SCOPES),
  givenOn: isoDate,
  givenBy: z.enum(['person', 'guardian']).default('person'),
  /** The language the person was informed in, in their own words if need be. */
  informedIn: z.string().trim().min(1).max(60),
  note: z.string().trim().max(2000).optional(),
});

export const createBody = z.strictObject({
  kind: z.enum(CASE_KINDS).default('victim'),
  homeState: memberCode.optional(),
  person: personBody.optional(),
  /** Start a return from a confirmed verification: the person and home state come from it. */
  verificationId: z.string().uuid().optional(),
  identifiedOn: isoDate,
  classification: z.enum(CLASSIFICATIONS).default('restricted'),
  protection: z.array(z.enum(PROTECTION_MEASURES)).max(PROTECTION_MEASURES.length).optional(),
  protectionNotes: z.string().trim().max(4000).optional(),
  retentionMonths: z.number().int().min(6).max(120).default(24),
  consents: z.array(consentBody).max(2).optional(),
});
export type CreateInput = z.infer<typeof createBody>;

export const protectionBody = z.strictObject({
  measures: z.array(z.enum(PROTECTION_MEASURES)).max(PROTECTION_MEASURES.length),
  notes: z.string().trim().max(4000).default(''),
});
export const referralBody = z.strictObject({ organisation: memberCode, referredOn: isoDate });
export const travelDocumentBody = z.strictObject({
  type: z.enum(TRAVEL_DOCUMENT_TYPES),
  number: z.string().trim().min(1).max(64),
  issuedOn: isoDate,
  validUntil: isoDate.optional(),
  /** The mission that issued it, e.g. "Embassy of Sri Lanka, Jakarta". */
  mission: z.string().trim().min(1).max(200),
});
export const returnPlanBody = z.strictObject({
  returnOn: isoDate.nullable().optional(),
  escort: z.string().trim().max(1000).optional(),
  reception: z.string().trim().max(1000).optional(),
});
export const returnedBody = z.strictObject({ returnedOn: isoDate, note: z.string().trim().max(2000).optional() });
export const receivedBody = z.strictObject({ receivedOn: isoDate, note: z.string().trim().max(2000).optional() });
export const noteBody = z.strictObject({ note: z.string().trim().min(1).max(4000) });
export const withdrawBody = z.strictObject({ withdrawnOn: isoDate, note: z.string().trim().max(2000).optional() });

export const listQuery = z.strictObject({
  status: z.enum(CASE_STATUSES).optional(),
  side: z.enum(['host', 'home', 'organisation']).optional(),
  page: z.coerce.number().int().min(1).max(10_000).optional(),
});

const side = z.enum(['host', 'home', 'organisation']);
export const summarySchema = z.object({
  id: z.string(),
  reference: z.string(),
  kind: z.enum(CASE_KINDS),
  hostState: z.string(),
  homeState: z.string(),
  referredTo: z.string().nullable(),
  status: z.enum(CASE_STATUSES),
  personName: z.string(),
  identifiedOn: z.string(),
  returnOn: z.string().nullable(),
  side,
  demo: z.boolean(),
  createdAt: z.date(),
});
export const listResponse = z.object({ cases: z.array(summarySchema), page: z.number(), hasMore: z.boolean() });

export const consentSchema = z.object({
  id: z.string(),
  scope: z.enum(CONSENT_SCOPES),
  givenOn: z.string(),
  givenBy: z.enum(['person', 'guardian']),
  informedIn: z.string(),
  withdrawnOn: z.string().nullable(),
  note: z.string(),
  inForce: z.boolean(),
});
export const eventSchema = z.object({ at: z.date(), actorState: z.string().nullable(), actorName: z.string().nullable(), kind: z.string(), note: z.string() });

export const caseSchema = summarySchema.extend({
  person: personSchema,
  classification: z.enum(CLASSIFICATIONS),
  protection: z.array(z.enum(PROTECTION_MEASURES)),
  protectionNotes: z.string(),
  referredOn: z.string().nullable(),
  travelDocument: travelDocumentBody.nullable(),
  escort: z.string(),
  reception: z.string(),
  returnedOn: z.string().nullable(),
  receivedOn: z.string().nullable(),
  verificationId: z.string().nullable(),
  /** The return arrangement (agreement with a return scope) the case relies on; null says none exists. */
  arrangement: arrangementSchema,
  retentionMonths: z.number(),
  retentionUntil: z.string(),
  shareHome: z.boolean(),
  shareOrg: z.boolean(),
  consents: z.array(consentSchema),
  events: z.array(eventSchema),
  abilities: z.object({
    consent: z.boolean(),
    protect: z.boolean(),
    refer: z.boolean(),
    issueTravelDocument: z.boolean(),
    planReturn: z.boolean(),
    escort: z.boolean(),
    reception: z.boolean(),
    markReturned: z.boolean(),
    confirmReception: z.boolean(),
    close: z.boolean(),
    note: z.boolean(),
  }),
});
export type CaseView = z.infer<typeof caseSchema>;

export const idParams = z.strictObject({ id: z.string().uuid() });
export const consentParams = z.strictObject({ id: z.string().uuid(), consentId: z.string().uuid() });
