// Request and response shapes of working-group meetings.
import { z } from 'zod';
import { check } from '../../../i18n/validation.js';
import { isoDate } from '../../accounts/schemas.js';
import { groupParams } from '../schemas.js';

const memberCode = z
  .string()
  .trim()
  .regex(/^[A-Z]{2,6}$/, check.memberCode);
const text = (max: number) => z.string().trim().min(1).max(max);

export const meetingParams = z.strictObject({ id: z.string().uuid() });

export const meetingBody = z.strictObject({
  title: text(300),
  startsOn: isoDate,
  location: z.string().trim().max(300).default(''),
  chathamHouse: z.boolean().default(false),
  agenda: z
    .array(z.strictObject({ title: text(300), lead: z.string().trim().max(200).nullable().default(null) }))
    .max(50)
    .default([]),
});
export type MeetingInput = z.infer<typeof meetingBody>;

export const participantBody = z.strictObject({ userId: z.string().uuid(), invited: z.boolean().default(false), attended: z.boolean().default(true) });
export const noteBody = z.strictObject({
  body: text(20_000),
  agendaItem: z.number().int().min(0).nullable().default(null),
  speaker: z.string().trim().max(200).nullable().default(null),
  speakerAffiliation: z.string().trim().max(200).nullable().default(null),
});
export type NoteInput = z.infer<typeof noteBody>;
export const documentBody = z.strictObject({ title: text(300), body: z.string().trim().max(100_000).default('') });
export const decisionBody = z.strictObject({ text: text(5000) });
export const actionBody = z.strictObject({
  description: text(2000),
  responsibleStates: z.array(memberCode).max(50).default([]),
  dueOn: isoDate.nullable().default(null),
});
export type ActionInput = z.infer<typeof actionBody>;
export const actionStatusBody = z.strictObject({ status: z.enum(['open', 'done', 'dropped']) });

export const meetingsResponse = z.object({
  meetings: z.array(z.object({ id: z.string(), title: z.string(), startsOn: z.string(), location: z.string(), chathamHouse: z.boolean(), demo: z.boolean() })),
  canReadMaterial: z.boolean(),
  canConvene: z.boolean(),
});

// Speaker and affiliation are optional keys: absent (not null) for readers who may not know who spoke.
const noteView = z.object({
  id: z.string(),
  agendaItem: z.number().nullable(),
  body: z.string(),
  demo: z.boolean(),
  createdAt: z.date(),
  speaker: z.string().nullable().optional(),
  speakerAffiliation: z.string().nullable().optional(),
});
export const meetingResponse = z.object({
  id: z.string(),
  groupCode: z.string(),
  groupName: z.string(),
  title: z.string(),
  startsOn: z.string(),
  location: z.string(),
  chathamHouse: z.boolean(),
  agenda: z.array(z.object({ title: z.string(), lead: z.string().nullable().optional() })),
  demo: z.boolean(),
  youAttended: z.boolean(),
  youLead: z.boolean(),
  participantCount: z.number(),
  /** What the caller may do in this meeting (access/groups.ts). */
  can: z.object({ addParticipant: z.boolean(), addNote: z.boolean(), addDocument: z.boolean(), addDecision: z.boolean(), addAction: z.boolean() }),
  participants: z
    .array(
      z.object({
        userId: z.string(),
        name: z.string(),
        memberCode: z.string().nullable(),
        organisation: z.string(),
        invited: z.boolean(),
        attended: z.boolean(),
      }),
    )
    .nullable(),
  notes: z.array(noteView),
  documents: z.array(z.object({ id: z.string(), title: z.string(), body: z.string(), demo: z.boolean() })),
  decisions: z.array(z.object({ id: z.string(), text: z.string(), demo: z.boolean() })),
  actions: z.array(
    z.object({
      id: z.string(),
      description: z.string(),
      responsibleStates: z.array(z.string()),
      dueOn: z.string().nullable(),
      status: z.string(),
      planActionId: z.string().nullable(),
      demo: z.boolean(),
    }),
  ),
});

/** The annual written report to the Steering Group. */
export const reportParams = z.strictObject({ code: groupParams.shape.code, year: z.coerce.number().int().min(2000).max(2200) });
export const reportResponse = z.object({
  groupCode: z.string(),
  groupName: z.string(),
  year: z.number(),
  coChairs: z.array(z.string()),
  memberStates: z.array(z.string()),
  meetings: z.array(
    z.object({
      title: z.string(),
      startsOn: z.string(),
      location: z.string(),
      chathamHouse: z.boolean(),
      agenda: z.array(z.string()),
      decisions: z.array(z.string()),
      documents: z.array(z.string()),
      noteCount: z.number(),
      participantCount: z.number(),
    }),
  ),
  actions: z.array(
    z.object({
      description: z.string(),
      responsibleStates: z.array(z.string()),
      dueOn: z.string().nullable(),
      status: z.string(),
      overdue: z.boolean(),
      meeting: z.string(),
    }),
  ),
  actionTotals: z.object({ total: z.number(), open: z.number(), done: z.number(), dropped: z.number(), overdue: z.number() }),
  statements: z.array(z.object({ title: z.string(), publishedAt: z.date() })),
  generatedAt: z.date(),
  demo: z.boolean(),
});
