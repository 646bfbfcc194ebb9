// Shapes of flows returns (crossings, incidents, profiles), their analysis, rates and data quality.
import { z } from 'zod';
import { check } from '../../i18n/validation.js';

export const AGE_BANDS = ['0-17', '18-25', '26-35', '36-50', '51+', 'unknown'] as const;
export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export const MEANS = ['sea', 'air', 'land'] as const;
export const VESSEL_TYPES = ['fishing_boat', 'cargo_ship', 'speedboat', 'yacht', 'ferry', 'other'] as const;

const iso3 = z.string().regex(/^[A-Z]{3}$/, check.stateCode);
const count = z.number().int(check.wholeNumber).min(0, check.notNegative).max(10_000_000, check.implausiblyLarge);
export const periodText = z.string().regex(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/, check.period);
export const monthText = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, check.month);
export const currencyCode = z.string().regex(/^[A-Z]{3}$/, check.currencyCode);

export const crossingLine = z.strictObject({ direction: z.enum(['entry', 'exit']), citizenship: iso3, count });
export type CrossingLine = z.infer<typeof crossingLine>;

export const incidentLine = z.strictObject({
  origin: iso3,
  transit: z.array(iso3).max(8).default([]),
  destination: iso3,
  means: z.enum(MEANS),
  vesselType: z.enum(VESSEL_TYPES).nullable().default(null),
  fraudulentDocuments: z.boolean().default(false),
  visaMisuse: z.boolean().default(false),
  fee: z
    .strictObject({ amount: z.number().positive('must be more than zero').max(1e9), currency: currencyCode })
    .nullable()
    .default(null),
  groupSize: z.number().int(check.wholeNumber).min(1, check.atLeastOne).max(100_000),
  deaths: count.default(0),
  injuries: count.default(0),
});
export type IncidentLine = z.infer<typeof incidentLine>;

export const profileLine = z.strictObject({
  profile: z.enum(['migrant', 'smuggler']),
  ageBand: z.enum(AGE_BANDS),
  sex: z.enum(SEXES),
  nationality: iso3,
  count,
});
export type ProfileLine = z.infer<typeof profileLine>;

export const declaredTotals = z.strictObject({
  entries: count.optional(),
  exits: count.optional(),
  smuggledMigrants: count.optional(),
  incidents: count.optional(),
});

export const returnLines = z.strictObject({
  crossings: z.array(crossingLine).max(5_000).default([]),
  incidents: z.array(incidentLine).max(20_000).default([]),
  profiles: z.array(profileLine).max(5_000).default([]),
  totals: declaredTotals.optional(),
});
export type ReturnLines = z.infer<typeof returnLines>;

export const submissionBody = returnLines.extend({
  period: periodText,
  /** true closes the period for the state (focal point or officer); false adds to the national desk's draft. */
  submit: z.boolean().default(false),
});
export type SubmissionBody = z.infer<typeof submissionBody>;

export const uploadBody = z.strictObject({
  period: periodText,
  format: z.enum(['csv', 'xlsx']),
  contentBase64: z.string().min(1).max(1_200_000),
  submit: z.boolean().default(false),
});

export const submissionSummary = z.object({
  id: z.string(),
  state: z.string(),
  period: z.string(),
  status: z.enum(['draft', 'submitted']),
  submittedAt: z.date().nullable(),
  late: z.boolean(),
  demo: z.boolean(),
  crossings: z.number(),
  incidents: z.number(),
  profiles: z.number(),
  contributors: z.number(),
});
export type SubmissionSummary = z.infer<typeof submissionSummary>;

export const submissionResult = z.object({
  /** An uploaded file is an import job (GET /api/imports/{importId}); a JSON contribution is not. */
  importId: z.string().optional(),
  submission: submissionSummary,
  added: z.object({ crossings: z.number(), incidents: z.number(), profiles: z.number() }),
  outliers: z.number(),
});

export const rangeQuery = z.strictObject({ from: monthText, to: monthText });
export const aggregatesQuery = rangeQuery.extend({ groupBy: z.enum(['route', 'means', 'nationality']) });

const n = z.number().nullable();
const withheldMonths = z.object({ incidents: z.number(), migrants: z.number(), deaths: z.number(), injuries: z.number() });
export const aggregatesResponse = z.object({
  from: z.string(),
  to: z.string(),
  groupBy: z.enum(['route', 'means', 'nationality']),
  minCellSize: z.number(),
  /** Synthetic demo returns feed these figures. */
  demo: z.boolean(),
  reciprocity: z.object({
    level: z.enum(['contributions', 'partial', 'suppressed_only']),
    openMonths: z.array(z.string()),
    closedMonths: z.array(z.string()),
    reason: z.string(),
  }),
  /** Per key, the sum of what the viewer may see of each cell; `withheld` counts the months a figure leaves out. */
  rows: z.array(z.object({ key: z.string(), incidents: n, migrants: z.number(), deaths: n, injuries: n, feeMeanUsd: n, withheld: withheldMonths })),
  /** The rows added up, and how many key-months each total leaves out. */
  totals: z.object({ incidents: n, migrants: z.number(), deaths: n, injuries: n, withheld: withheldMonths }),
  /** Per key and month; null where nothing of the cell may be shown, `partial` where a part of it is left out. */
  series: z.array(z.object({ key: z.string(), month: z.string(), incidents: n, migrants: n, suppressed: z.boolean(), partial: z.boolean() })),
  /** Per state and key, totals over the months the caller may see (reciprocity) and its own state's; persons counts of another state under the minimum left out. */
  contributions: z.array(
    z.object({
      state: z.string(),
      key: z.string(),
      months: z.number(),
      incidents: n,
      migrants: z.number(),
      deaths: n,
      injuries: n,
      withheld: z.object({ migrants: z.number(), deaths: z.number(), injuries: z.number() }),
    }),
  ),
});
export type AggregatesResponse = z.infer<typeof aggregatesResponse>;

export const victimsResponse = z.object({
  from: z.string(),
  to: z.string(),
  minCellSize: z.number(),
  series: z.array(
    z.object({ stage: z.enum(['identified', 'referred', 'returned']), month: z.string(), nationality: z.string(), count: n, withheld: z.boolean() }),
  ),
  byNationality: z.array(z.object({ nationality: z.string(), identified: z.number(), referred: z.number(), returned: z.number(), withheldCells: z.number() })),
  /** The nationalities added up; withheldCells counts the stage-months left out. */
  totals: z.object({ identified: z.number(), referred: z.number(), returned: z.number(), withheldCells: z.number() }),
  demo: z.boolean(),
});

export const feesQuery = rangeQuery.extend({
  route: z
    .string()
    .regex(/^[A-Z]{3}(>[A-Z]{3}){1,9}$/, check.routeCodes)
    .optional(),
});
export const feesResponse = z.object({
  minCellSize: z.number(),
  routes: z.array(z.object({ route: z.string(), n: z.number(), p10: n, p25: n, median: n, p75: n, p90: n, suppressed: z.boolean() })),
  overTime: z.array(z.object({ route: z.string(), quarter: z.string(), n: z.number(), median: n, suppressed: z.boolean() })),
});

export const emergingQuery = z.strictObject({ to: monthText, months: z.coerce.number().int().min(1).max(24).default(3) });
export const emergingResponse = z.object({
  current: z.object({ from: z.string(), to: z.string() }),
  previous: z.object({ from: z.string(), to: z.string() }),
  routes: z.array(z.object({ route: z.string(), current: z.number(), previous: z.number(), change: z.number(), changePercent: n })),
});

export const summaryQuery = z.strictObject({ quarter: z.string().regex(/^\d{4}-Q[1-4]$/, check.quarter) });
export const summaryResponse = z.object({ quarter: z.string(), sentences: z.array(z.string()), statesSubmitted: z.number() });

export const qualityResponse = z.object({
  from: z.string(),
  to: z.string(),
  states: z.array(
    z.object({
      state: z.string(),
      expected: z.number(),
      submitted: z.number(),
      late: z.number(),
      completeness: z.number(),
      months: z.array(z.object({ month: z.string(), status: z.enum(['submitted', 'late', 'draft', 'missing']) })),
    }),
  ),
});

export const outlierSchema = z.object({
  id: z.string(),
  period: z.string(),
  field: z.string(),
  value: z.number(),
  expected: z.string(),
  status: z.enum(['open', 'confirmed']),
  note: z.string().nullable(),
});
export const outlierConfirmBody = z.strictObject({ note: z.string().trim().min(3, check.whyRight).max(1000) });

export const rateSchema = z.object({ currency: z.string(), month: z.string(), usdPerUnit: z.number(), demo: z.boolean() });
export const rateBody = z.strictObject({ currency: currencyCode, month: monthText, usdPerUnit: z.number().positive('must be more than zero').max(1e6) });
export const policySchema = z.strictObject({ minCellSize: z.number().int().min(2).max(100), windowMonths: z.number().int().min(0).max(24) });
