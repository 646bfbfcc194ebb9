// Request and response shapes of legislation benchmarking (catalogue, treaties, instruments, assessments).
import { z } from 'zod';
import { check } from '../../i18n/validation.js';
import { isoDate } from '../accounts/schemas.js';

export { isoDate };
export const STATUSES = ['met', 'partly', 'in_drafting', 'not_met', 'unknown'] as const;
export type AssessmentStatus = (typeof STATUSES)[number];
export const WORKFLOWS = ['draft', 'submitted', 'validated', 'returned'] as const;
export const INSTRUMENT_KINDS = ['act', 'amendment', 'bill'] as const;
export const INSTRUMENT_STATUSES = ['bill', 'in_force', 'amended', 'repealed'] as const;
export const LAW_TOPICS = ['trafficking', 'smuggling', 'both', 'mla', 'extradition', 'proceeds', 'other'] as const;
export const TREATIES = ['UNTOC', 'TIP', 'SOM'] as const;
export type Treaty = (typeof TREATIES)[number];
export const CONDUCTS = ['smuggling', 'trafficking'] as const;
export type Conduct = (typeof CONDUCTS)[number];

export const iso3 = z
  .string()
  .trim()
  .regex(/^[A-Z]{3}$/, check.stateCode);
export const iso3List = z
  .string()
  .trim()
  .transform((s, ctx) => {
    const codes = s
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean);
    const bad = codes.filter((c) => !/^[A-Z]{3}$/.test(c));
    if (bad.length) ctx.addIssue({ code: 'custom', message: check.notStateCodes, params: { codes: bad.join(', ') } });
    return codes;
  });
export const standardId = z
  .string()
  .trim()
  .regex(/^[A-Z]{2,5}-\d{1,3}$/, check.standardId);
export const catalogueVersion = z.coerce.number().int().positive();
const text = (max: number) => z.string().trim().max(max);

export const untocRef = z.object({ instrument: z.string(), article: z.string(), note: z.string().optional() });
export const standardSchema = z.object({
  id: z.string(),
  catalogueVersion: z.number(),
  group: z.string(),
  title: z.string(),
  text: z.string(),
  /** Where the standard comes from: a seed document by number (data/README.md cites each by title, date and meeting). */
  seed: z.object({ doc: z.string(), section: z.string().optional(), passage: z.string().optional() }),
  untoc: z.array(untocRef),
  parent: z.string().nullable(),
  indicatorTags: z.array(z.string()),
  assessable: z.boolean(),
});
export type Standard = z.infer<typeof standardSchema>;
export const standardsQuery = z.strictObject({ version: catalogueVersion.optional() });
export const standardsResponse = z.object({
  catalogue: z.string(),
  version: z.number(),
  versions: z.array(z.number()),
  source: z.string(),
  groups: z.array(z.object({ id: z.string(), label: z.string() })),
  standards: z.array(standardSchema),
});

export const catalogueBody = z
  .object({
    catalogue: z.string().min(1),
    version: z.number().int().positive(),
    source: z.string().min(1),
    about: z.string().optional(),
    groups: z.array(z.object({ id: z.string(), label: z.string() }).loose()),
    standards: z
      .array(
        z
          .object({
            id: standardId,
            group: z.string(),
            title: z.string(),
            text: z.string(),
            seed: z.object({ doc: z.string().regex(/^\d{3}$/, 'a seed document number such as "002"') }).loose(),
            untoc: z.array(untocRef).default([]),
            parent: z.string().optional(),
            indicator: z.array(z.string()).optional(),
            assessable: z.boolean().optional(),
          })
          .loose(),
      )
      .min(1),
    indicators: z
      .array(z.object({ id: z.string(), wording: z.string(), reported_in_seed: z.number().optional(), computation: z.record(z.string(), z.unknown()) }).loose())
      .default([]),
  })
  .loose();
export type CatalogueInput = z.infer<typeof catalogueBody>;

export const instrumentBody = z.strictObject({
  state: iso3,
  kind: z.enum(INSTRUMENT_KINDS),
  title: text(500).min(2),
  citation: text(300).default(''),
  year: z.number().int().min(1800).max(2200).nullable().optional(),
  status: z.enum(INSTRUMENT_STATUSES),
  topic: z.enum(LAW_TOPICS).nullable().optional(),
  introducedOn: isoDate.nullable().optional(),
  inForceFrom: isoDate.nullable().optional(),
  repealedOn: isoDate.nullable().optional(),
  amends: z.string().uuid().nullable().optional(),
  source: text(500).nullable().optional(),
});
export type InstrumentInput = z.infer<typeof instrumentBody>;
export const instrumentUpdateBody = instrumentBody.omit({ state: true }).partial();
export type InstrumentUpdate = z.infer<typeof instrumentUpdateBody>;

export const provisionBody = z.strictObject({
  section: text(100).min(1),
  heading: text(300).default(''),
  summary: text(4000).default(''),
  catalogueVersion: z.number().int().positive().optional(),
  standards: z.array(standardId).max(40).default([]),
});
export type ProvisionInput = z.infer<typeof provisionBody>;

export const provisionSchema = z.object({
  id: z.string(),
  instrumentId: z.string(),
  section: z.string(),
  heading: z.string(),
  summary: z.string(),
  standards: z.array(z.object({ catalogueVersion: z.number(), standardId: z.string() })),
});
export const instrumentSchema = z.object({
  id: z.string(),
  state: z.string(),
  kind: z.enum(INSTRUMENT_KINDS),
  title: z.string(),
  citation: z.string(),
  year: z.number().nullable(),
  status: z.enum(INSTRUMENT_STATUSES),
  topic: z.string().nullable(),
  introducedOn: z.string().nullable(),
  inForceFrom: z.string().nullable(),
  repealedOn: z.string().nullable(),
  amends: z.string().nullable(),
  source: z.string().nullable(),
  demo: z.boolean(),
  provisions: z.array(provisionSchema),
  /** Laws taken from the reference file (laws.csv): "reference, to be confirmed by the focal point" until confirmed. */
  reference: z
    .object({
      file: z.literal('laws.csv'),
      confirmed: z.boolean(),
      confirmedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
      confirmedAt: z.date().nullable(),
      /** The file's row as last imported; where the state corrected the law, the difference shows. */
      values: z.object({ title: z.string(), year: z.number().nullable(), citation: z.string(), topic: z.string(), source: z.string() }),
      /** Set when a newer version of the file no longer lists it (kept because the state confirmed or built on it). */
      removedAt: z.date().nullable(),
    })
    .nullable(),
  /** What the reader may do with it (access/legislation.ts). */
  can: z.object({ edit: z.boolean(), confirm: z.boolean() }).optional(),
});
export type Instrument = z.infer<typeof instrumentSchema>;
export const instrumentsQuery = z.strictObject({ state: iso3 });
export const instrumentsResponse = z.object({ state: z.string(), instruments: z.array(instrumentSchema) });
export const idParams = z.strictObject({ id: z.string().uuid(check.id) });

export const assessmentBody = z.strictObject({
  state: iso3,
  standardId,
  catalogueVersion: z.number().int().positive().optional(),
  status: z.enum(STATUSES),
  validFrom: isoDate,
  comment: text(4000).default(''),
  evidence: z.array(z.string().uuid()).max(50).default([]),
});
export type AssessmentInput = z.infer<typeof assessmentBody>;
export const assessmentRevisionBody = z.strictObject({
  status: z.enum(STATUSES).optional(),
  validFrom: isoDate.optional(),
  comment: text(4000).optional(),
  evidence: z.array(z.string().uuid()).max(50).optional(),
});
export type AssessmentRevision = z.infer<typeof assessmentRevisionBody>;
export const returnBody = z.strictObject({ reason: text(2000).min(3, check.returnReason) });

export const assessmentVersionSchema = z.object({
  version: z.number(),
  status: z.enum(STATUSES),
  validFrom: z.string(),
  comment: z.string(),
  evidence: z.array(z.string()),
  workflow: z.enum(WORKFLOWS),
  reason: z.string().nullable(),
  actorId: z.string().nullable(),
  actorState: z.string().nullable(),
  recordedAt: z.date(),
});
export const assessmentSchema = z.object({
  id: z.string(),
  state: z.string(),
  standardId: z.string(),
  catalogueVersion: z.number(),
  status: z.enum(STATUSES),
  validFrom: z.string(),
  comment: z.string(),
  evidence: z.array(z.string()),
  workflow: z.enum(WORKFLOWS),
  reason: z.string().nullable(),
  version: z.number(),
  recordedAt: z.date(),
  demo: z.boolean(),
  /** What the reader may do with it (access/legislation.ts). */
  can: z.object({ revise: z.boolean(), submit: z.boolean(), validate: z.boolean() }).optional(),
});
export type Assessment = z.infer<typeof assessmentSchema>;
export const assessmentDetailResponse = assessmentSchema.extend({ versions: z.array(assessmentVersionSchema) });
export const assessmentsQuery = z.strictObject({
  state: iso3.optional(),
  workflow: z.enum(WORKFLOWS).optional(),
  standardId: standardId.optional(),
});
export const assessmentsResponse = z.object({ assessments: z.array(assessmentSchema) });

export const stateAssessmentsQuery = z.strictObject({ asOf: isoDate.optional(), version: catalogueVersion.optional() });
export const stateLegislationResponse = z.object({
  state: z.string(),
  asOf: z.string(),
  catalogueVersion: z.number(),
  inForce: z.array(
    z.object({ standardId: z.string(), status: z.enum(STATUSES), assessmentId: z.string().nullable(), validFrom: z.string().nullable(), demo: z.boolean() }),
  ),
  open: z.array(assessmentSchema),
});
