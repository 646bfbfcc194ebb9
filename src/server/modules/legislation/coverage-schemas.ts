// Request and response shapes of coverage, trends, comparison, cooperation readiness and exports.
import { z } from 'zod';
import { CONDUCTS, catalogueVersion, iso3, iso3List, isoDate, STATUSES, TREATIES } from './schemas.js';
import { treatyActionSchema, treatyStatusSchema } from './treaty-schemas.js';

const byStatus = <T extends z.ZodType>(t: T) => z.object(Object.fromEntries(STATUSES.map((s) => [s, t])) as Record<(typeof STATUSES)[number], T>);
const answer = z.enum(['yes', 'no', 'unknown']);

export const coverageQuery = z.strictObject({ asOf: isoDate.optional(), version: catalogueVersion.optional() });
export const indicatorSchema = z.object({
  id: z.string(),
  wording: z.string(),
  reportedInSeed: z.number().nullable(),
  computable: z.boolean(),
  count: z.number().nullable(),
  states: z.array(z.string()),
  sentence: z.string(),
  demo: z.boolean(),
  needs: z.array(z.string()),
  /** The same figure read from the real treaty data (only for the sentences about treaties). */
  treaty: z
    .object({
      instruments: z.array(z.enum(TREATIES)),
      count: z.number().nullable(),
      states: z.array(z.string()),
      approximateStates: z.array(z.string()),
      asOf: z.string(),
      snapshot: z.string().nullable(),
      complete: z.boolean(),
      sentence: z.string(),
    })
    .nullable(),
});
/** Parties on the as-of date; `complete` is false after the snapshot date, when later actions may be missing from the data. */
export const treatyPartiesSchema = z.object({
  instrument: z.enum(TREATIES),
  dataArrived: z.boolean(),
  count: z.number().nullable(),
  states: z.array(z.string()),
  approximateStates: z.array(z.string()),
  snapshot: z.string().nullable(),
  complete: z.boolean(),
  notRecordedSeparately: z.array(z.string()),
});
export const coverageResponse = z.object({
  asOf: z.string(),
  catalogueVersion: z.number(),
  demo: z.boolean(),
  stateCount: z.number(),
  states: z.array(z.object({ code: z.string(), name: z.string() })),
  standards: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      group: z.string(),
      counts: byStatus(z.number()),
      states: byStatus(z.array(z.string())),
      demoStates: z.array(z.string()),
    }),
  ),
  indicators: z.array(indicatorSchema),
  treaties: z.array(treatyPartiesSchema),
});

export const trendQuery = z.strictObject({
  from: isoDate,
  to: isoDate,
  points: z.coerce.number().int().min(2).max(60).default(12),
  version: catalogueVersion.optional(),
});
export const trendResponse = z.object({
  from: z.string(),
  to: z.string(),
  series: z.array(
    z.object({
      date: z.string(),
      indicators: z.record(z.string(), z.number().nullable()),
      treaties: z.record(z.string(), z.number().nullable()),
      met: z.record(z.string(), z.number()),
    }),
  ),
});

export const compareQuery = z.strictObject({
  states: iso3List,
  asOf: isoDate.optional(),
  route: z.enum(['true', 'false']).optional(),
  version: catalogueVersion.optional(),
});
export const compareResponse = z.object({
  asOf: z.string(),
  catalogueVersion: z.number(),
  states: z.array(z.string()),
  route: z.boolean(),
  demo: z.boolean(),
  matrix: z.array(
    z.object({
      standardId: z.string(),
      title: z.string(),
      group: z.string(),
      cells: z.array(z.object({ state: z.string(), status: z.enum(STATUSES), demo: z.boolean() })),
    }),
  ),
  scores: z.array(z.object({ state: z.string(), position: z.number(), score: z.number(), max: z.number(), met: z.number(), unknown: z.number() })),
  loopholes: z.array(
    z.object({
      standardId: z.string(),
      title: z.string(),
      metIn: z.array(z.string()),
      missingIn: z.array(z.string()),
      weakIn: z.array(z.string()),
      unknownIn: z.array(z.string()),
    }),
  ),
  weakestLink: z.object({ state: z.string(), score: z.number(), max: z.number(), unknown: z.number() }).nullable(),
});

export const cooperationQuery = z.strictObject({ from: iso3, to: iso3, conduct: z.enum(CONDUCTS), asOf: isoDate.optional() });
const evidenceSchema = z.object({
  state: z.string(),
  standardId: z.string(),
  status: z.enum(STATUSES),
  assessmentId: z.string().nullable(),
  validFrom: z.string().nullable(),
});
export const cooperationInstrumentSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  parties: z.array(z.string()),
  covers: z.array(z.string()),
  signedOn: z.string().nullable(),
  inForceFrom: z.string().nullable(),
  terminatedOn: z.string().nullable(),
  source: z.string(),
  demo: z.boolean(),
});
const mechanismSchema = z.object({
  available: answer,
  basis: z.object({
    answer,
    bilateral: z.array(cooperationInstrumentSchema),
    untoc: answer,
    treaties: z.array(
      z.object({
        state: z.string(),
        instrument: z.string(),
        party: answer,
        status: treatyStatusSchema.shape.status,
        approximate: z.boolean(),
        basis: treatyActionSchema.nullable(),
        snapshot: z.string().nullable(),
      }),
    ),
  }),
  domesticLaw: evidenceSchema,
  obstacles: z.array(z.object({ code: z.string(), message: z.string(), evidence: z.unknown() })),
});
export const cooperationResponse = z.object({
  asOf: z.string(),
  from: z.string(),
  to: z.string(),
  conduct: z.enum(CONDUCTS),
  demo: z.boolean(),
  dualCriminality: z.object({ answer, evidence: z.array(evidenceSchema) }),
  extradition: mechanismSchema,
  mla: mechanismSchema,
});
export const matrixQuery = z.strictObject({ conduct: z.enum(CONDUCTS), asOf: isoDate.optional() });
export const matrixResponse = z.object({
  asOf: z.string(),
  conduct: z.enum(CONDUCTS),
  states: z.array(z.string()),
  cells: z.array(z.array(z.object({ extradition: answer, mla: answer }).nullable())),
});
export const cooperationInstrumentsQuery = z.strictObject({ state: iso3.optional() });
export const cooperationInstrumentBody = z.strictObject({
  kind: z.enum(['extradition_treaty', 'mla_treaty', 'arrangement']),
  title: z.string().trim().min(3).max(500),
  parties: z.array(iso3).min(2).max(50),
  covers: z
    .array(z.enum(['extradition', 'mla']))
    .min(1)
    .max(2),
  signedOn: isoDate.nullable().optional(),
  inForceFrom: isoDate.nullable().optional(),
  terminatedOn: isoDate.nullable().optional(),
  source: z.string().trim().max(500).optional(),
});

export const EXPORTS = ['assessments.csv', 'coverage.csv', 'assessments.xlsx', 'coverage.xlsx', 'report.pdf'] as const;
export const exportParams = z.strictObject({ file: z.enum(EXPORTS) });
export const exportQuery = coverageQuery;
