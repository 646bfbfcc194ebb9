// Shapes of capacity building: needs, offers, matches, agreed assistance and the regional needs analysis.
import { z } from 'zod';
import { check } from '../../i18n/validation.js';
import { isoDate } from '../accounts/schemas.js';

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export const NEED_STATUSES = ['open', 'in_progress', 'met', 'withdrawn'] as const;
export const ASSISTANCE_STATUSES = ['agreed', 'in_progress', 'completed', 'cancelled'] as const;
const text = (max: number) => z.string().trim().max(max);
const code = z.string().regex(/^[A-Z]{2,6}$/, check.memberCode);
const language = z.string().regex(/^[a-z]{2,3}$/, check.languageCode);

export const needBody = z.strictObject({
  state: code,
  title: text(300).min(3, check.whatNeeded),
  description: text(4000).default(''),
  helpKind: z.string().max(60),
  topic: z.string().trim().max(40).optional(),
  priority: z.enum(PRIORITIES),
  languages: z.array(language).max(10).default([]),
  wantedFrom: isoDate.optional(),
  wantedUntil: isoDate.optional(),
  source: z.enum(['manual', 'assessment', 'survey']).default('manual'),
  sourceRef: text(200).optional(),
});
export type NeedInput = z.infer<typeof needBody>;
export const needUpdateBody = z.strictObject({
  priority: z.enum(PRIORITIES).optional(),
  status: z.enum(NEED_STATUSES).optional(),
  description: text(4000).optional(),
});

export const offerBody = z.strictObject({
  provider: code,
  title: text(300).min(3, check.whatOffered),
  description: text(4000).default(''),
  helpKinds: z.array(z.string().max(60)).min(1, check.kindOfHelp).max(10),
  topics: z.array(z.string().max(40)).max(30).default([]),
  subregions: z.array(text(100)).max(10).default([]),
  languages: z.array(language).max(10).default([]),
  availableFrom: isoDate.optional(),
  availableUntil: isoDate.optional(),
});
export type OfferInput = z.infer<typeof offerBody>;

export const assistanceBody = z.strictObject({ needId: z.string().uuid(), offerId: z.string().uuid(), agreedOn: isoDate });
export const progressBody = z.strictObject({ status: z.enum(ASSISTANCE_STATUSES), note: text(2000).min(1, check.whatHappened), on: isoDate });
export const idParams = z.strictObject({ id: z.string().uuid(check.id) });
export const needsQuery = z.strictObject({ state: code.optional(), status: z.enum(NEED_STATUSES).optional(), helpKind: z.string().max(60).optional() });
export const suggestionsQuery = z.strictObject({ state: code });

export const needSchema = z.object({
  id: z.string(),
  state: z.string(),
  stateName: z.string(),
  subregion: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  helpKind: z.string(),
  topic: z.string().nullable(),
  priority: z.enum(PRIORITIES),
  languages: z.array(z.string()),
  wantedFrom: z.string().nullable(),
  wantedUntil: z.string().nullable(),
  source: z.string(),
  sourceRef: z.string().nullable(),
  status: z.enum(NEED_STATUSES),
  demo: z.boolean(),
  createdAt: z.date(),
  /** What the reader may do with it (access/capacity.ts). */
  can: z.object({ edit: z.boolean() }).optional(),
});
export type Need = z.infer<typeof needSchema>;
export const offerSchema = z.object({
  id: z.string(),
  provider: z.string(),
  providerName: z.string(),
  title: z.string(),
  description: z.string(),
  helpKinds: z.array(z.string()),
  topics: z.array(z.string()),
  subregions: z.array(z.string()),
  languages: z.array(z.string()),
  availableFrom: z.string().nullable(),
  availableUntil: z.string().nullable(),
  status: z.string(),
  demo: z.boolean(),
  createdAt: z.date(),
  can: z.object({ edit: z.boolean() }).optional(),
});
export type Offer = z.infer<typeof offerSchema>;
export const assistanceSchema = z.object({
  id: z.string(),
  needId: z.string(),
  offerId: z.string(),
  needTitle: z.string(),
  offerTitle: z.string(),
  state: z.string(),
  provider: z.string(),
  status: z.enum(ASSISTANCE_STATUSES),
  agreedOn: z.string(),
  completedOn: z.string().nullable(),
  progress: z.array(z.object({ on: z.string(), note: z.string(), status: z.string(), by: z.string().nullable() })),
  demo: z.boolean(),
  can: z.object({ progress: z.boolean() }).optional(),
});
export type Assistance = z.infer<typeof assistanceSchema>;
export const matchSchema = z.object({
  offer: offerSchema,
  score: z.number(),
  reasons: z.array(z.object({ criterion: z.enum(['help_kind', 'topic', 'region', 'language', 'timing']), fit: z.number(), note: z.string() })),
});
export const suggestionSchema = z.object({
  source: z.enum(['assessment', 'survey']),
  sourceRef: z.string(),
  title: z.string(),
  helpKind: z.string(),
  topic: z.string().nullable(),
  priority: z.enum(PRIORITIES),
  reason: z.string(),
  alreadyRecorded: z.boolean(),
});
export const analysisSchema = z.object({
  source: z.string(),
  totalNeeds: z.number(),
  openNeeds: z.number(),
  offers: z.number(),
  byHelpKind: z.array(
    z.object({ helpKind: z.string(), label: z.string(), needs: z.number(), high: z.number(), offers: z.number(), states: z.array(z.string()) }),
  ),
  bySubregion: z.array(z.object({ subregion: z.string(), needs: z.number(), high: z.number(), met: z.number() })),
  assistance: z.object({ agreed: z.number(), inProgress: z.number(), completed: z.number() }),
  uncovered: z.array(z.string()),
  demo: z.boolean(),
});

export const helpKindsResponse = z.object({ helpKinds: z.array(z.object({ id: z.string(), label: z.string() })) });
export const needsResponse = z.object({ needs: z.array(needSchema) });
export const suggestionsResponse = z.object({ state: z.string(), suggestions: z.array(suggestionSchema) });
export const matchesResponse = z.object({ need: needSchema, matches: z.array(matchSchema), assistance: z.array(assistanceSchema) });
export const offersResponse = z.object({ offers: z.array(offerSchema) });
export const assistanceResponse = z.object({ assistance: z.array(assistanceSchema) });
