// Response shapes of the legislation API, inferred from the server's zod schemas (one source of truth).
import type { z } from 'zod';
import type {
  compareResponse,
  cooperationResponse,
  coverageResponse,
  matrixResponse,
  trendResponse,
} from '../../../server/modules/legislation/coverage-schemas';
import type { assessmentSchema, instrumentsResponse, standardsResponse, stateLegislationResponse } from '../../../server/modules/legislation/schemas';
import type {
  referenceImportSchema,
  referenceImportsResponse,
  treatiesResponse,
  treatyActionSchema,
  treatyOverviewResponse,
  treatyRecordsResponse,
  treatyStatusSchema,
} from '../../../server/modules/legislation/treaty-schemas';

export type Coverage = z.infer<typeof coverageResponse>;
export type Trend = z.infer<typeof trendResponse>;
export type Compare = z.infer<typeof compareResponse>;
export type Cooperation = z.infer<typeof cooperationResponse>;
export type CooperationMatrix = z.infer<typeof matrixResponse>;
export type Instruments = z.infer<typeof instrumentsResponse>;
export type StateLegislation = z.infer<typeof stateLegislationResponse>;
export type Standards = z.infer<typeof standardsResponse>;
export type Treaties = z.infer<typeof treatiesResponse>;
export type TreatyOverview = z.infer<typeof treatyOverviewResponse>;
export type TreatyStatus = z.infer<typeof treatyStatusSchema>;
export type TreatyAction = z.infer<typeof treatyActionSchema>;
export type TreatyRecords = z.infer<typeof treatyRecordsResponse>;
export type ReferenceImport = z.infer<typeof referenceImportSchema>;
export type ReferenceImports = z.infer<typeof referenceImportsResponse>;
export type Snapshot = NonNullable<Treaties['snapshot']>;
export type Assessment = z.infer<typeof assessmentSchema>;
export const STATUSES = ['met', 'partly', 'in_drafting', 'not_met', 'unknown'] as const;
/** Colour-blind-safe sequential colours for the five statuses; the legend always names them too. */
export const STATUS_COLOURS: Record<string, string> = { met: '#1b6ca8', partly: '#6aa6d3', in_drafting: '#f0b74d', not_met: '#c75a3a', unknown: '#d9d9d9' };
