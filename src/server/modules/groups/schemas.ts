// Request and response shapes of working groups, co-chairs, meetings, reports and statements.
import { z } from 'zod';
import { CLEARANCES } from '../../access/subject.js';
import { check } from '../../i18n/validation.js';
import { isoDate } from '../accounts/schemas.js';

const memberCode = z
  .string()
  .trim()
  .regex(/^[A-Z]{2,6}$/, check.memberCode);
export const groupCode = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{2,40}$/, check.groupCode);
const year = z.number().int().min(2000).max(2200);
const text = (max: number) => z.string().trim().min(1).max(max);

export const groupParams = z.strictObject({ code: groupCode });
export const groupMemberParams = z.strictObject({ code: groupCode, member: memberCode });
export const groupIdParams = z.strictObject({ code: groupCode, id: z.string().uuid() });

export const createGroupBody = z.strictObject({
  code: groupCode,
  name: text(200),
  description: z.string().trim().max(2000).default(''),
  termsOfReference: z.string().trim().max(50_000).default(''),
  requiredClearance: z.enum(CLEARANCES).default('none'),
  coChairMaxYears: z.number().int().min(1).max(10).default(2),
  establishedOn: isoDate.nullable().default(null),
  memberStates: z.array(memberCode).max(100).default([]),
});
export const updateGroupBody = z.strictObject({
  name: text(200).optional(),
  description: z.string().trim().max(2000).optional(),
  termsOfReference: z.string().trim().max(50_000).optional(),
  requiredClearance: z.enum(CLEARANCES).optional(),
});
export const addMemberBody = z.strictObject({ memberCode, joinedOn: isoDate.nullable().default(null) });

export const nominationBody = z.strictObject({ memberCode, forYear: year, note: z.string().trim().max(2000).default('') });
export const rosterBody = z.strictObject({
  years: z
    .array(
      z.strictObject({
        year,
        coChairs: z
          .array(z.strictObject({ memberCode, extensionAgreed: z.string().trim().max(500).nullable().default(null) }))
          .min(1)
          .max(4),
      }),
    )
    .min(1)
    .max(10),
});
export const decideBody = z.strictObject({ meeting: text(300), decidedOn: isoDate });
export const suggestionQuery = z.strictObject({
  fromYear: z.coerce.number().int().min(2000).max(2200).optional(),
  years: z.coerce.number().int().min(1).max(10).default(3),
});

const coChairYear = z.object({
  year: z.number(),
  coChairs: z.array(z.object({ memberCode: z.string(), extensionAgreed: z.string().nullable() })),
  decidedAt: z.string().nullable(),
  decidedOn: z.string().nullable(),
});
export const groupSummary = z.object({
  code: z.string(),
  name: z.string(),
  description: z.string(),
  requiredClearance: z.enum(CLEARANCES),
  memberStates: z.array(z.string()),
  coChairs: z.array(z.string()),
  demo: z.boolean(),
  /** Whether the caller may read the group's restricted material (the clearance rule is enforced by the server). */
  canReadMaterial: z.boolean(),
  /** What the caller may do with the group (access/groups.ts); the app reads this instead of roles. */
  can: z.object({
    readMaterial: z.boolean(),
    manage: z.boolean(),
    convene: z.boolean(),
    nominate: z.boolean(),
    proposeRoster: z.boolean(),
    draftStatement: z.boolean(),
    approveStatement: z.boolean(),
    publishStatement: z.boolean(),
  }),
});
export const groupsResponse = z.object({ groups: z.array(groupSummary), total: z.number() });
export const groupDetail = groupSummary.extend({
  termsOfReference: z.string(),
  coChairMaxYears: z.number(),
  establishedOn: z.string().nullable(),
});
export const rosterSchema = z.object({
  id: z.string(),
  status: z.string(),
  decidedAt: z.string().nullable(),
  decidedOn: z.string().nullable(),
  demo: z.boolean(),
  createdAt: z.date(),
  years: z.array(z.object({ year: z.number(), coChairs: z.array(z.object({ memberCode: z.string(), extensionAgreed: z.string().nullable() })) })),
});
export const coChairsResponse = z.object({
  currentYear: z.number(),
  current: z.array(z.string()),
  maxYears: z.number(),
  rules: z.array(z.object({ rule: z.string(), text: z.string() })),
  history: z.array(coChairYear),
  rosters: z.array(rosterSchema),
  nominations: z.array(z.object({ id: z.string(), memberCode: z.string(), forYear: z.number(), note: z.string(), demo: z.boolean() })),
});
export const suggestionResponse = z.object({
  years: z.array(z.object({ year: z.number(), coChairs: z.array(z.object({ memberCode: z.string(), continuing: z.boolean(), nominated: z.boolean() })) })),
});
export const createdResponse = z.object({ id: z.string() });

export type CreateGroupInput = z.infer<typeof createGroupBody>;
export type RosterInput = z.infer<typeof rosterBody>;

export const statementView = z.object({
  id: z.string(),
  groupCode: z.string(),
  title: z.string(),
  body: z.string(),
  status: z.string(),
  approvedState: z.string().nullable(),
  approvedAt: z.date().nullable(),
  publishedAt: z.date().nullable(),
  demo: z.boolean(),
  createdAt: z.date(),
});
export const statementBody = z.strictObject({ title: z.string().trim().min(1).max(300), body: z.string().trim().min(1).max(20_000) });
export const statementsResponse = z.object({ statements: z.array(statementView) });
