// Shapes of the admin view of the job runner: duties with their next run, recent runs, and re-runs.
import { z } from 'zod';
import { check } from '../i18n/validation.js';

export const jobStates = ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'] as const;
const jobName = z
  .string()
  .regex(/^[a-z][a-z0-9_]*\.[a-z][a-z0-9_.]*$/, check.jobName)
  .max(100);

export const jobSchema = z.object({
  name: z.string(),
  description: z.string(),
  schedule: z.string().nullable(),
  nextRunAt: z.date().nullable(),
  lastRunAt: z.date().nullable(),
  counts: z.object({ waiting: z.number(), active: z.number(), failed: z.number(), completed: z.number() }),
  lastFailure: z.object({ id: z.string(), at: z.date().nullable(), message: z.string() }).nullable(),
});
export const jobsResponse = z.object({
  runner: z.object({ running: z.boolean(), lastPassAt: z.date().nullable(), problem: z.string().nullable() }),
  jobs: z.array(jobSchema),
});
export const runSchema = z.object({
  id: z.string(),
  name: z.string(),
  state: z.enum(jobStates),
  retryCount: z.number(),
  retryLimit: z.number(),
  createdAt: z.date(),
  startAfter: z.date(),
  startedAt: z.date().nullable(),
  completedAt: z.date().nullable(),
  message: z.string().nullable(),
  summary: z.record(z.string(), z.unknown()).nullable(),
});
export const runsQuery = z.strictObject({ name: jobName.optional(), state: z.enum(jobStates).optional() });
export const runsResponse = z.object({ runs: z.array(runSchema) });
export const nameParams = z.strictObject({ name: jobName });
export const runParams = z.strictObject({ id: z.string().uuid() });
export const enqueuedResponse = z.object({ jobId: z.string() });
export const okResponse = z.object({ ok: z.literal(true) });
