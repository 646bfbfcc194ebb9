// Shapes of the document checks: recording a document, uploading a list, checking one document or a batch, and the
// answers (hit or no hit per line, with only what the checker may read).
import { z } from 'zod';
import { check } from '../../i18n/validation.js';
import { isoDate } from '../accounts/schemas.js';

export const DOCUMENT_TYPES = ['passport', 'identity_card', 'visa', 'travel_document', 'seafarer_document', 'residence_permit', 'other'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
export const DOCUMENT_STATUSES = ['lost', 'stolen', 'revoked', 'fraudulent', 'counterfeit'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];
export const RECORD_CLASSIFICATIONS = ['restricted', 'confidential', 'secret'] as const;
export const LIST_MODES = ['clear', 'hashed'] as const;
export type ListMode = (typeof LIST_MODES)[number];

/** The most a single check may carry: a passenger manifest. */
export const MAX_BATCH = 500;

const rawNumber = z.string().max(64);
const rawState = z.string().trim().min(1).max(8);

/** One document as a state records it: the clear number, or (keeping a hashed list) only its keyed hash. */
export const documentBody = z.strictObject({
  number: rawNumber.optional(),
  numberHash: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[0-9a-f]{64}$/, check.hexDigest)
    .optional(),
  issuingState: rawState,
  type: z.enum(DOCUMENT_TYPES),
  status: z.enum(DOCUMENT_STATUSES),
  issuedOn: isoDate.nullable().optional(),
  expiresOn: isoDate.nullable().optional(),
  reportedOn: isoDate.nullable().optional(),
  notes: z.string().trim().max(2000).optional(),
  classification: z.enum(RECORD_CLASSIFICATIONS).optional(),
});
export type DocumentInput = z.infer<typeof documentBody>;

export const importBody = z.strictObject({ documents: z.array(documentBody).min(1).max(5_000) });
export const uploadBody = z.strictObject({
  format: z.enum(['csv', 'xlsx']),
  /** Up to ~15 MB of file (a list of 300,000 documents as CSV). */
  contentBase64: z.string().min(1).max(20_000_000),
});

export const recordSchema = z.object({
  id: z.string(),
  ownerState: z.string(),
  issuingState: z.string(),
  type: z.enum(DOCUMENT_TYPES),
  /** Null for a record kept as a keyed hash only. */
  number: z.string().nullable(),
  hashed: z.boolean(),
  /** A hashed record under a key other than today's regional key no longer answers checks. */
  staleKey: z.boolean(),
  status: z.enum(DOCUMENT_STATUSES),
  issuedOn: z.string().nullable(),
  expiresOn: z.string().nullable(),
  reportedOn: z.string().nullable(),
  notes: z.string(),
  classification: z.enum(RECORD_CLASSIFICATIONS),
  withdrawnAt: z.date().nullable(),
  demo: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type DocumentRecord = z.infer<typeof recordSchema>;

export const importResult = z.object({ created: z.number(), updated: z.number(), hashed: z.number() });

export const listQuery = z.strictObject({
  q: z.string().trim().max(64).optional(),
  status: z.enum(DOCUMENT_STATUSES).optional(),
  includeWithdrawn: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).max(10_000).optional(),
});
export const listResponse = z.object({ records: z.array(recordSchema), page: z.number(), hasMore: z.boolean() });

const checkLine = z.strictObject({ number: rawNumber, issuingState: rawState, type: z.enum(DOCUMENT_TYPES).optional() });

/**
 * Exactly one of: documents (structured lines), mrz (each a whole TD1 or TD3 zone, lines separated by line breaks
 * or run together), text (a pasted manifest: one document per line, "number, issuing state[, type]", or MRZ lines),
 * file (a CSV or XLSX manifest with number, issuing_state and optional type columns).
 */
export const checkBody = z
  .strictObject({
    documents: z.array(checkLine).min(1).max(MAX_BATCH).optional(),
    mrz: z.array(z.string().min(1).max(200)).min(1).max(MAX_BATCH).optional(),
    text: z
      .string()
      .min(1)
      .max(MAX_BATCH * 140)
      .optional(),
    file: z.strictObject({ format: z.enum(['csv', 'xlsx']), contentBase64: z.string().min(1).max(2_000_000) }).optional(),
  })
  .refine((b) => [b.documents, b.mrz, b.text, b.file].filter((x) => x !== undefined).length === 1, {
    message: check.oneManifest,
    path: ['documents'],
  });
export type CheckBody = z.infer<typeof checkBody>;

export const checkDigitSchema = z.object({ field: z.string(), expected: z.string(), found: z.string(), ok: z.boolean() });

export const contactSchema = z.object({
  name: z.string(),
  position: z.string(),
  agency: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  secureChannel: z.string().nullable(),
});

export const hitSchema = z.object({
  status: z.enum(DOCUMENT_STATUSES),
  recordedBy: z.string(),
  recordedByName: z.string(),
  type: z.enum(DOCUMENT_TYPES),
  /** The recording state's contact point for document fraud, to confirm the hit with. */
  contact: contactSchema.nullable(),
  /** The whole record, only when the checker may read it (their own state's, or released to them, at their clearance). */
  record: recordSchema.nullable(),
});

export const resultSchema = z.object({
  index: z.number(),
  /** The line of the pasted text or file the result answers (1-based), when the input had lines. */
  line: z.number().optional(),
  hit: z.boolean(),
  status: z.enum(DOCUMENT_STATUSES).optional(),
  recordedBy: z.string().optional(),
  number: z.string().optional(),
  issuingState: z.string().optional(),
  type: z.enum(DOCUMENT_TYPES).optional(),
  hits: z.array(hitSchema).optional(),
  mrz: z
    .object({
      format: z.enum(['TD1', 'TD3']),
      valid: z.boolean(),
      checkDigits: z.array(checkDigitSchema),
      surname: z.string(),
      givenNames: z.string(),
      nationality: z.string(),
      birthDate: z.string(),
      expiryDate: z.string(),
    })
    .optional(),
  /** Why the line could not be checked (a number that is not one, an MRZ of the wrong shape). */
  problem: z.string().optional(),
});
export type CheckResult = z.infer<typeof resultSchema>;
export const checkResponse = z.object({ checkId: z.string(), checkedAt: z.date(), lines: z.number(), hits: z.number(), results: z.array(resultSchema) });

export const idParams = z.strictObject({ id: z.string().uuid() });

export const checksOfOursQuery = z.strictObject({ page: z.coerce.number().int().min(1).max(10_000).optional(), recordId: z.string().uuid().optional() });
export const checksOfOursResponse = z.object({
  hits: z.array(
    z.object({
      at: z.date(),
      recordId: z.string(),
      number: z.string().nullable(),
      issuingState: z.string(),
      status: z.enum(DOCUMENT_STATUSES),
      checkerState: z.string().nullable(),
      checkerEmail: z.string().nullable(),
      checkerName: z.string().nullable(),
      checkerAgency: z.string().nullable(),
    }),
  ),
  page: z.number(),
  hasMore: z.boolean(),
});

export const myChecksResponse = z.object({
  checks: z.array(z.object({ id: z.string(), at: z.date(), source: z.string(), lines: z.number(), hits: z.number() })),
});

export const settingsSchema = z.object({
  state: z.string(),
  mode: z.enum(LIST_MODES),
  keyConfigured: z.boolean(),
  keyId: z.string().nullable(),
  staleRecords: z.number(),
});
export const settingsBody = z.strictObject({ mode: z.enum(LIST_MODES) });
