// Request and response shapes of the matching API: the scorer, proposals shown side by side, decisions in bulk.
import { z } from 'zod';
import { check } from '../../i18n/validation.js';
import { reasonCodes } from './matching/reasons.js';

/** FtM schemata whose records can be compared by name (and documents, birth date, nationality). */
export const scorableSchemas = ['Person', 'LegalEntity', 'Organization', 'Company', 'PublicBody', 'Vessel', 'UserAccount'] as const;

const name = z.string().trim().min(1).max(300);

export const scoreRecordInput = z.strictObject({
  schema: z.enum(scorableSchemas),
  names: z.array(name).min(1).max(50),
  birthDate: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD')
    .optional(),
  nationality: z
    .string()
    .regex(/^[A-Za-z]{2,3}$/, check.countryCode)
    .optional(),
  documents: z
    .array(
      z.strictObject({
        type: z.string().trim().min(1).max(40),
        number: z.string().trim().min(1).max(60),
        country: z
          .string()
          .regex(/^[A-Za-z]{2,3}$/, check.countryCode)
          .optional(),
      }),
    )
    .max(20)
    .optional(),
});

export const scoreInput = z.strictObject({ a: scoreRecordInput, b: scoreRecordInput });

export const matchReasonOut = z.object({
  code: z.enum(reasonCodes),
  weight: z.number(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  text: z.string(),
});

export const scoreOut = z.object({
  score: z.number(),
  match: z.boolean(),
  threshold: z.number(),
  reasons: z.array(matchReasonOut),
});

const matchSide = z.object({
  id: z.string(),
  caption: z.string(),
  kind: z.string(),
  schema: z.string(),
  sourceState: z.string().nullable(),
  names: z.array(z.string()),
  birthDate: z.string().nullable(),
  nationality: z.string().nullable(),
  identifiers: z.array(z.string()),
});

export const matchOut = z.object({
  id: z.number(),
  score: z.number(),
  status: z.enum(['proposed', 'confirmed', 'rejected', 'unmerged']),
  /** English texts (older proposals have only these). */
  reasons: z.array(z.string()),
  /** Coded reasons the app translates. */
  explanation: z.array(matchReasonOut),
  a: matchSide,
  b: matchSide,
  decidedAt: z.date().nullable(),
});

export const matchesQuery = z.strictObject({
  status: z.enum(['proposed', 'confirmed', 'rejected', 'unmerged']).optional(),
  minScore: z.coerce.number().min(0).max(1).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});

export const decideInput = z.strictObject({
  ids: z.array(z.number().int().positive()).min(1).max(200),
  decision: z.enum(['confirm', 'reject']),
});
