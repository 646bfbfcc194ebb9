// Shapes of plans of action: strategies, actions, progress reports, the coordinator's dashboard and reminders.
import { z } from 'zod';
import { check } from '../../i18n/validation.js';
import { isoDate } from '../accounts/schemas.js';
import { memberCode } from '../members/schemas.js';

export const PROGRESS_STATUSES = ['not_started', 'in_progress', 'completed', 'blocked'] as const;

export const strategySchema = z.object({ id: z.string(), number: z.number(), text: z.string() });

export const actionSchema = z.object({
  id: z.string(),
  planId: z.string(),
  strategyId: z.string().nullable(),
  strategyNumber: z.number().nullable(),
  text: z.string(),
  allStates: z.boolean(),
  actingStates: z.array(z.string()),
  coordinators: z.array(z.string()),
  toBeConfirmed: z.boolean(),
  startsOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  origin: z.string(),
  originRef: z.string().nullable(),
  demo: z.boolean(),
  /** What the reader may do with it (access/plans.ts); the app reads this instead of roles. */
  can: z.object({ report: z.boolean() }).optional(),
});
export type Action = z.infer<typeof actionSchema>;

export const planSchema = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  place: z.string(),
  adoptedOn: z.string().nullable(),
  reportTo: z.string(),
  reportDueOn: z.string().nullable(),
  source: z.string(),
  reference: z.boolean(),
  demo: z.boolean(),
  strategies: z.array(strategySchema),
  actions: z.array(actionSchema),
  can: z.object({ edit: z.boolean(), addAction: z.boolean() }).optional(),
});
export type Plan = z.infer<typeof planSchema>;
export const plansResponse = z.object({ plans: z.array(planSchema) });

export const planBody = z.strictObject({
  id: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{2,80}$/, check.groupCode)
    .optional(),
  title: z.string().trim().min(1).max(400),
  body: z.string().trim().max(200).optional(),
  place: z.string().trim().max(200).optional(),
  adoptedOn: isoDate.nullable().optional(),
  reportTo: z.string().trim().max(200).optional(),
  reportDueOn: isoDate.nullable().optional(),
});
export type PlanInput = z.infer<typeof planBody>;
export const planPatch = z.strictObject({
  title: z.string().trim().min(1).max(400).optional(),
  reportTo: z.string().trim().max(200).optional(),
  reportDueOn: isoDate.nullable().optional(),
});

export const actionBody = z.strictObject({
  strategyId: z.string().max(120).nullable().optional(),
  text: z.string().trim().min(1).max(4000),
  actingStates: z.union([z.literal('all'), z.array(memberCode).max(100)]),
  coordinators: z.array(memberCode).max(20).optional(),
  startsOn: isoDate.nullable().optional(),
  dueOn: isoDate.nullable().optional(),
});
export type ActionInput = z.infer<typeof actionBody>;

export const progressBody = z.strictObject({
  status: z.enum(PROGRESS_STATUSES),
  narrative: z.string().trim().min(1).max(8000),
  evidence: z.string().trim().max(4000).optional(),
  capacityNeeds: z.array(z.string().trim().min(1).max(60)).max(20).optional(),
  capacityNote: z.string().trim().max(4000).optional(),
});
export type ProgressInput = z.infer<typeof progressBody>;

export const progressSchema = z.object({
  id: z.string(),
  actionId: z.string(),
  state: z.string(),
  status: z.enum(PROGRESS_STATUSES),
  narrative: z.string(),
  evidence: z.string(),
  capacityNeeds: z.array(z.string()),
  capacityNote: z.string(),
  reportedAt: z.date(),
  demo: z.boolean(),
});
export type Progress = z.infer<typeof progressSchema>;
export const progressResponse = z.object({ reports: z.array(progressSchema) });

export const dashboardResponse = z.object({
  plan: z.object({ id: z.string(), title: z.string(), reportDueOn: z.string().nullable() }),
  actions: z.array(
    z.object({
      action: actionSchema,
      reported: z.number(),
      acting: z.number(),
      states: z.array(
        z.object({
          state: z.string(),
          name: z.string(),
          latest: z.object({ status: z.enum(PROGRESS_STATUSES), reportedAt: z.date(), demo: z.boolean() }).nullable(),
          overdue: z.boolean(),
        }),
      ),
    }),
  ),
});

export const remindersResponse = z.object({
  reminders: z.array(
    z.object({
      planId: z.string(),
      planTitle: z.string(),
      actionId: z.string(),
      actionText: z.string(),
      strategyNumber: z.number().nullable(),
      state: z.string(),
      dueOn: z.string(),
      reason: z.enum(['not_reported', 'not_completed']),
    }),
  ),
});

export const planParams = z.strictObject({ id: z.string().regex(/^[a-z0-9-]{2,80}$/) });
export const actionParams = z.strictObject({ id: z.string().min(1).max(120) });
export const capacityKindsResponse = z.object({ kinds: z.array(z.object({ id: z.string(), label: z.string() })) });

export const chairReportQuery = z.strictObject({ format: z.enum(['pdf', 'md']).optional(), coordinator: memberCode.optional() });
