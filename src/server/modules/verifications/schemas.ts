// Shapes of identity and nationality verification requests: the person as claimed, the request, answers, the thread,
// files, and the time-to-answer dashboard.
import { z } from 'zod';
import { check } from '../../i18n/validation.js';
import { isoDate } from '../accounts/schemas.js';
import { DOCUMENT_TYPES } from '../documents/schemas.js';
import { arrangementSchema } from '../identity/arrangements.js';
import { memberCode } from '../members/schemas.js';
import { matchReasonOut } from '../networks/matching-schemas.js';
import { FILE_KINDS } from './attachments.js';

export const URGENCIES = ['routine', 'urgent', 'immediate'] as const;
export const ANSWERS = ['confirmed', 'not_confirmed', 'more_information_needed', 'cannot_determine'] as const;
export type Answer = (typeof ANSWERS)[number];
export const STATUSES = ['open', 'more_information_needed', 'answered', 'withdrawn'] as const;
export const CLASSIFICATIONS = ['restricted', 'confidential', 'secret'] as const;
export const NAME_KINDS = ['primary', 'alias', 'birth', 'father', 'mother'] as const;

/** A name as written in its own script (Sinhala, Arabic, Thai, Burmese ...); the Latin transliteration is computed. */
const personName = z.strictObject({
  name: z.string().trim().min(1).max(200),
  kind: z.enum(NAME_KINDS).default('primary'),
});

/** A date of birth as known: a year, a year and month, or a whole date. */
export const partialDate = z
  .string()
  .trim()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, check.partialDate);

export const personBody = z.strictObject({
  names: z.array(personName).min(1).max(20),
  birthDate: partialDate.optional(),
  birthPlace: z.string().trim().max(200).optional(),
  sex: z.enum(['female', 'male', 'other', 'unknown']).optional(),
  /** The nationality the person claims (ISO3); the requested state by default. */
  claimedNationality: z
    .string()
    .trim()
    .regex(/^[A-Z]{3}$/, check.stateCode)
    .optional(),
  documents: z
    .array(z.strictObject({ type: z.enum(DOCUMENT_TYPES), number: z.string().trim().min(1).max(64), issuingState: z.string().trim().min(1).max(8) }))
    .max(10)
    .optional(),
  languages: z.array(z.string().trim().min(1).max(60)).max(10).optional(),
  lastAddress: z.string().trim().max(500).optional(),
  notes: z.string().trim().max(4000).optional(),
});
export type PersonInput = z.infer<typeof personBody>;

export const personSchema = z.object({
  names: z.array(z.object({ name: z.string(), kind: z.enum(NAME_KINDS), script: z.string(), latin: z.string() })),
  birthDate: z.string().nullable(),
  birthPlace: z.string().nullable(),
  sex: z.string().nullable(),
  claimedNationality: z.string(),
  documents: z.array(z.object({ type: z.enum(DOCUMENT_TYPES), number: z.string(), issuingState: z.string() })),
  languages: z.array(z.string()),
  lastAddress: z.string().nullable(),
  notes: z.string().nullable(),
});
export type Person = z.infer<typeof personSchema>;

export const createBody = z.strictObject({
  toState: memberCode,
  person: personBody,
  reason: z.string().trim().min(1).max(4000),
  urgency: z.enum(URGENCIES).default('routine'),
  dueOn: isoDate,
  classification: z.enum(CLASSIFICATIONS).default('restricted'),
});
export type CreateInput = z.infer<typeof createBody>;

export const answerBody = z.strictObject({
  answer: z.enum(ANSWERS),
  /** The evidence the answer rests on, or (more information needed) what is missing. */
  evidence: z.string().trim().min(1).max(10_000),
});
export const messageBody = z.strictObject({ body: z.string().trim().min(1).max(10_000) });
export const fileBody = z.strictObject({
  kind: z.enum(FILE_KINDS),
  filename: z.string().trim().min(1).max(200),
  contentBase64: z.string().min(1).max(14_000_000),
});

export const listQuery = z.strictObject({
  direction: z.enum(['incoming', 'outgoing']).optional(),
  status: z.enum(STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(10_000).optional(),
});

export const summarySchema = z.object({
  id: z.string(),
  reference: z.string(),
  fromState: z.string(),
  toState: z.string(),
  personName: z.string(),
  urgency: z.enum(URGENCIES),
  dueOn: z.string(),
  status: z.enum(STATUSES),
  answer: z.enum(ANSWERS).nullable(),
  overdue: z.boolean(),
  classification: z.enum(CLASSIFICATIONS),
  demo: z.boolean(),
  createdAt: z.date(),
});
export const listResponse = z.object({ requests: z.array(summarySchema), page: z.number(), hasMore: z.boolean() });

export const messageSchema = z.object({
  id: z.string(),
  authorState: z.string(),
  authorName: z.string().nullable(),
  kind: z.enum(['message', 'answer']),
  answer: z.enum(ANSWERS).nullable(),
  body: z.string(),
  at: z.date(),
});
export const fileSchema = z.object({
  id: z.string(),
  kind: z.enum(FILE_KINDS),
  filename: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number(),
  sha256: z.string(),
  addedState: z.string(),
  at: z.date(),
});

export const requestSchema = summarySchema.extend({
  person: personSchema,
  reason: z.string(),
  answeredAt: z.date().nullable(),
  firstResponseAt: z.date().nullable(),
  /** The arrangement (agreement with a verification or return scope) the request relies on; null says none exists. */
  arrangement: arrangementSchema,
  returnCaseId: z.string().nullable(),
  messages: z.array(messageSchema),
  files: z.array(fileSchema),
  /** What the caller may do, decided by the server (the app only reads it). */
  abilities: z.object({ answer: z.boolean(), addInformation: z.boolean(), withdraw: z.boolean(), startReturn: z.boolean(), attach: z.boolean() }),
});
export type VerificationView = z.infer<typeof requestSchema>;

export const idParams = z.strictObject({ id: z.string().uuid() });
export const fileParams = z.strictObject({ id: z.string().uuid(), fileId: z.string().uuid() });

export const dashboardQuery = z.strictObject({
  from: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, check.month)
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, check.month)
    .optional(),
});
const cell = z.object({
  state: z.string(),
  stateName: z.string(),
  month: z.string(),
  /** Null when the cell counts fewer requests than the minimum (withheld, so that no single request can be told). */
  requests: z.number().nullable(),
  answered: z.number().nullable(),
  answeredOnTime: z.number().nullable(),
  open: z.number().nullable(),
  overdue: z.number().nullable(),
  medianDays: z.number().nullable(),
  withheld: z.boolean(),
});
export const dashboardResponse = z.object({
  from: z.string(),
  to: z.string(),
  minCell: z.number(),
  cells: z.array(cell),
  totals: z.array(cell.omit({ month: true })),
});

export const resemblancesResponse = z.object({
  /** False when the viewer has no access to the networks catalogue (nothing was searched). */
  searched: z.boolean(),
  threshold: z.number(),
  resemblances: z.array(
    z.object({
      entityId: z.string(),
      caption: z.string(),
      ownerState: z.string().nullable(),
      classification: z.string(),
      birthDate: z.string().nullable(),
      nationality: z.string().nullable(),
      score: z.number(),
      /** The scorer's coded reasons with their parameters, which the app says in the reader's words (`text` is English). */
      reasons: z.array(matchReasonOut.omit({ weight: true })),
    }),
  ),
});
