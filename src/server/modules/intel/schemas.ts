// Shapes of the intelligence exchange: reports, releases, consents, acknowledgements, requests for information, search.
import { z } from 'zod';
import { HANDLING_CODES } from '../../access/records.js';
import { check } from '../../i18n/validation.js';
import { isoDate } from '../accounts/schemas.js';
import { memberCode } from '../members/schemas.js';
import { ATTACHMENT_TYPES } from './attachments.js';
import { CREDIBILITIES, RELIABILITIES } from './grading.js';

export const INTEL_CLASSIFICATIONS = ['members', 'restricted', 'confidential', 'secret'] as const;
const groupCode = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{2,40}$/, check.groupCode);

export const reportBody = z.strictObject({
  title: z.string().trim().min(1).max(300),
  body: z.string().trim().min(1).max(50_000),
  category: z.string().trim().min(1).max(60),
  reliability: z.enum(RELIABILITIES),
  credibility: z.enum(CREDIBILITIES),
  classification: z.enum(INTEL_CLASSIFICATIONS),
  handlingCodes: z.array(z.enum(HANDLING_CODES)).max(3).optional(),
  releasableOnlyTo: z
    .array(z.union([memberCode, groupCode]))
    .max(60)
    .optional(),
  entityIds: z.array(z.string().trim().min(1).max(200)).max(100).optional(),
});
export type ReportInput = z.infer<typeof reportBody>;

export const releaseBody = z.strictObject({
  states: z.array(memberCode).max(60).default([]),
  groups: z.array(groupCode).max(20).default([]),
});
export type ReleaseInput = z.infer<typeof releaseBody>;

export const consentBody = z.strictObject({
  states: z.array(memberCode).max(60).default([]),
  groups: z.array(groupCode).max(20).default([]),
  reason: z.string().trim().max(2000).default(''),
});
export const consentDecisionBody = z.strictObject({ grant: z.boolean() });

export const attachmentBody = z.strictObject({
  filename: z.string().trim().min(1).max(200),
  mediaType: z.enum(ATTACHMENT_TYPES),
  contentBase64: z.string().min(1).max(7_100_000),
});

export const rfiBody = z.strictObject({
  question: z.string().trim().min(1).max(10_000),
  deadline: isoDate,
});
export const rfiMessageBody = z.strictObject({ body: z.string().trim().min(1).max(10_000) });

export const idParams = z.strictObject({ id: z.string().uuid() });
export const attachmentParams = z.strictObject({ id: z.string().uuid(), attachmentId: z.string().uuid() });

export const searchQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  category: z.string().trim().max(60).optional(),
  classification: z.enum(INTEL_CLASSIFICATIONS).optional(),
  originator: memberCode.optional(),
  grading: z
    .string()
    .regex(/^[A-F][1-6]$/)
    .optional(),
  page: z.coerce.number().int().min(1).max(500).default(1),
});
export type SearchFilter = z.infer<typeof searchQuery>;

const gradingSchema = z.object({
  admiralty: z.string(),
  fourByFour: z.string(),
  reliability: z.object({ code: z.string(), label: z.string() }),
  credibility: z.object({ code: z.string(), label: z.string() }),
});

export const reportSummary = z.object({
  id: z.string(),
  reference: z.string(),
  title: z.string(),
  category: z.string(),
  classification: z.string(),
  ownerState: z.string(),
  grading: gradingSchema,
  handlingCodes: z.array(z.string()),
  demo: z.boolean(),
  createdAt: z.date(),
});
export type ReportSummary = z.infer<typeof reportSummary>;

export const reportSchema = reportSummary.extend({
  body: z.string(),
  releasableStates: z.array(z.string()),
  releasableGroups: z.array(z.string()),
  releasableOnlyTo: z.array(z.string()),
  entities: z.array(z.object({ id: z.string(), kind: z.string(), caption: z.string() })),
  attachments: z.array(z.object({ id: z.string(), filename: z.string(), mediaType: z.string(), sizeBytes: z.number(), sha256: z.string() })),
  acknowledgedBy: z.array(z.object({ state: z.string(), at: z.date() })),
  releases: z.array(z.object({ recipientKind: z.string(), recipient: z.string(), agreementIds: z.array(z.string()), releasedAt: z.date() })),
  mayRelease: z.boolean(),
  needsConsent: z.boolean(),
  isOriginator: z.boolean(),
  /** What the reader may do with it (access/intel.ts); the app reads this instead of roles. */
  can: z.object({
    release: z.boolean(),
    requestConsent: z.boolean(),
    followReaders: z.boolean(),
    attach: z.boolean(),
    acknowledge: z.boolean(),
    askForInformation: z.boolean(),
  }),
});
export type Report = z.infer<typeof reportSchema>;

const facet = z.array(z.object({ value: z.string(), count: z.number() }));
export const searchResponse = z.object({
  reports: z.array(reportSummary),
  page: z.number(),
  hasMore: z.boolean(),
  facets: z.object({ category: facet, classification: facet, originator: facet, grading: facet }),
});

export const inboxResponse = z.object({
  reports: z.array(reportSummary.extend({ acknowledged: z.boolean(), releasedAt: z.date() })),
  rfis: z.array(z.lazy(() => rfiSchema)),
  consents: z.array(z.lazy(() => consentSchema)),
});

export const releaseResponse = z.object({
  released: z.array(z.object({ recipientKind: z.string(), recipient: z.string(), agreementIds: z.array(z.string()) })),
});

export const consentSchema = z.object({
  id: z.string(),
  reportId: z.string(),
  reference: z.string(),
  requestingState: z.string(),
  states: z.array(z.string()),
  groups: z.array(z.string()),
  reason: z.string(),
  status: z.string(),
  createdAt: z.date(),
  decidedAt: z.date().nullable(),
});
export const consentsResponse = z.object({ consents: z.array(consentSchema) });

export const rfiSchema = z.object({
  id: z.string(),
  reportId: z.string(),
  reference: z.string(),
  fromState: z.string(),
  toState: z.string(),
  question: z.string(),
  deadline: z.string(),
  status: z.string(),
  overdue: z.boolean(),
  createdAt: z.date(),
  messages: z.array(z.object({ id: z.string(), authorState: z.string().nullable(), body: z.string(), at: z.date() })),
});
export const rfisResponse = z.object({ rfis: z.array(rfiSchema) });

export const readersResponse = z.object({
  readers: z.array(z.object({ state: z.string().nullable(), email: z.string().nullable(), at: z.date() })),
  byState: z.array(z.object({ state: z.string().nullable(), reads: z.number() })),
});

export const gradingScaleResponse = z.object({
  admiralty: z.object({
    reliability: z.array(z.object({ code: z.string(), label: z.string(), fourByFour: z.string() })),
    credibility: z.array(z.object({ code: z.string(), label: z.string(), fourByFour: z.string() })),
  }),
  fourByFour: z.object({ source: z.record(z.string(), z.string()), information: z.record(z.string(), z.string()) }),
  categories: z.array(z.object({ id: z.string(), label: z.string() })),
});
export const okResponse = z.object({ ok: z.literal(true) });
