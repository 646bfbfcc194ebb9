// Request and response shapes of treaty status, focal points' newer treaty records, and re-imports of the reference files.
import { z } from 'zod';
import { check } from '../../i18n/validation.js';
import { REFERENCE_FILES, TREATY_ACTIONS } from './reference-files.js';
import { iso3, isoDate, TREATIES } from './schemas.js';

const who = z.object({ id: z.string(), name: z.string(), state: z.string().nullable() });
/** Every action carries the snapshot date of the reference file: the day up to which it is complete for every member. */
export const treatyActionSchema = z.discriminatedUnion('origin', [
  z.object({ origin: z.literal('reference'), action: z.string(), date: z.string(), source: z.string(), snapshot: z.string().nullable() }),
  z.object({
    origin: z.literal('later'),
    action: z.literal('party_reported'),
    when: z.string(),
    precision: z.enum(['month', 'year', 'unknown']),
    what: z.string(),
    source: z.string(),
    snapshot: z.string().nullable(),
  }),
  z.object({
    origin: z.literal('focal_point'),
    id: z.string(),
    action: z.string(),
    date: z.string().optional(),
    when: z.string().optional(),
    precision: z.enum(['day', 'month', 'year']),
    source: z.string(),
    note: z.string(),
    snapshot: z.string().nullable(),
    workflow: z.enum(['submitted', 'validated', 'returned']),
    reason: z.string().nullable(),
    enteredBy: who,
    enteredAt: z.date(),
    reviewedBy: who.omit({ state: true }).nullable(),
    reviewedAt: z.date().nullable(),
  }),
]);
export type TreatyActionOut = z.infer<typeof treatyActionSchema>;

export const treatyStatusSchema = z.object({
  instrument: z.enum(TREATIES),
  title: z.string(),
  status: z.enum(['party', 'signatory', 'no_action_recorded', 'not_recorded_separately', 'unknown']),
  approximate: z.boolean(),
  basis: treatyActionSchema.nullable(),
  signature: z.string().nullable(),
  consent: z.object({ action: z.string(), date: z.string() }).nullable(),
  source: z.string().nullable(),
  snapshot: z.string().nullable(),
  note: z.enum(['through_china', 'france_new_caledonia']).nullable(),
  actions: z.array(treatyActionSchema),
  pending: z.array(treatyActionSchema),
});
export const snapshotSchema = z.object({ date: z.string(), label: z.string(), source: z.string() });

export const treatyQuery = z.strictObject({ state: iso3 });
export const treatiesResponse = z.object({
  state: z.string(),
  name: z.string(),
  dataArrived: z.boolean(),
  snapshot: snapshotSchema.nullable(),
  treaties: z.array(treatyStatusSchema),
});
export const treatyOverviewResponse = z.object({
  dataArrived: z.boolean(),
  snapshot: snapshotSchema.nullable(),
  states: z.array(z.object({ state: z.string(), name: z.string(), treaties: z.array(treatyStatusSchema.omit({ pending: true })) })),
  sources: z.array(z.object({ source: z.string(), rows: z.number() })),
});

/** YYYY-MM-DD when the day is known, YYYY-MM or YYYY when only the month or year is. */
export const treatyWhen = z
  .string()
  .trim()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/, check.treatyDate)
  .refine((w) => w.length < 10 || isoDate.safeParse(w).success, check.realDate);
export const treatyRecordBody = z.strictObject({
  state: iso3,
  instrument: z.enum(TREATIES),
  action: z.enum(TREATY_ACTIONS),
  when: treatyWhen,
  source: z.string().trim().min(3, check.source).max(1000),
  note: z.string().trim().max(2000).default(''),
});
export type TreatyRecordInput = z.infer<typeof treatyRecordBody>;
export const treatyRecordsQuery = z.strictObject({ state: iso3.optional(), workflow: z.enum(['submitted', 'validated', 'returned']).optional() });
export const treatyRecordsResponse = z.object({ records: z.array(treatyActionSchema.options[2].extend({ state: z.string(), instrument: z.enum(TREATIES) })) });
export const treatyReturnBody = z.strictObject({ reason: z.string().trim().min(3, check.returnReason).max(2000) });

const diffRow = z.object({
  key: z.string(),
  state: z.string(),
  before: z.record(z.string(), z.unknown()).optional(),
  after: z.record(z.string(), z.unknown()).optional(),
  fields: z.array(z.string()).optional(),
});
const keptRow = z.object({ key: z.string(), state: z.string(), title: z.string(), change: z.enum(['changed', 'removed', 'now_in_file']), why: z.string() });
export const referenceImportBody = z.strictObject({
  file: z.enum(REFERENCE_FILES),
  csv: z.string().min(1, check.fileContent).max(4_000_000),
  snapshot: isoDate.optional(),
  snapshotLabel: z.string().trim().min(3).max(200).optional(),
  snapshotSource: z.string().trim().min(3).max(1000).optional(),
});
export const referenceImportSchema = z.object({
  id: z.string().nullable(),
  file: z.enum(REFERENCE_FILES),
  origin: z.enum(['shipped', 'admin']),
  rows: z.number(),
  snapshot: z.string().nullable(),
  added: z.array(diffRow),
  removed: z.array(diffRow),
  changed: z.array(diffRow),
  unchanged: z.number(),
  kept: z.array(keptRow),
  importedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  importedAt: z.date().nullable(),
  applied: z.boolean(),
});
export type ReferenceImportOut = z.infer<typeof referenceImportSchema>;
export const referenceImportsResponse = z.object({
  files: z.array(z.object({ file: z.enum(REFERENCE_FILES), rows: z.number(), sha256: z.string(), loadedAt: z.date(), snapshot: z.string().nullable() })),
  imports: z.array(referenceImportSchema),
});
