// Shapes of surveys: the questionnaire (sections and questions), sending, answers, review, consent and results.
import { z } from 'zod';
import { check } from '../../i18n/validation.js';
import { isoDate } from '../accounts/schemas.js';

export const QUESTION_KINDS = ['yes_no_partly', 'choice', 'number', 'date', 'text', 'citation', 'file'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export const YES_NO_PARTLY = ['yes', 'no', 'partly'] as const;
export const SURVEY_STATUSES = ['draft', 'open', 'closed'] as const;
export const RESPONSE_STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

const text = (max: number) => z.string().trim().max(max);
const slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, check.shortId);
export const memberCodeParam = z.string().regex(/^[A-Z]{2,6}$/, check.memberCode);

export const questionSchema = z.strictObject({
  id: slug,
  kind: z.enum(QUESTION_KINDS),
  text: text(2000).min(3, check.writeQuestion),
  help: text(2000).default(''),
  required: z.boolean().default(false),
  options: z.array(text(200).min(1)).max(30).optional(),
  standardId: z.string().trim().max(40).optional(),
});
export type Question = z.infer<typeof questionSchema>;

export const sectionSchema = z.strictObject({
  id: slug,
  title: text(300).min(1, check.sectionTitle),
  questions: z.array(questionSchema).min(1, check.sectionQuestions).max(100),
});
export type Section = z.infer<typeof sectionSchema>;

export const surveyBody = z.strictObject({
  title: text(300).min(3, check.surveyTitle),
  description: text(4000).default(''),
  coordinatorStates: z.array(memberCodeParam).max(10).default([]),
  planRef: text(100).optional(),
  sections: z.array(sectionSchema).min(1, check.surveySections).max(30),
});
export type SurveyInput = z.infer<typeof surveyBody>;

export const questionnaireBody = z.strictObject({ sections: surveyBody.shape.sections });

export const sendBody = z.strictObject({
  audience: z.enum(['all', 'chosen']),
  states: z.array(memberCodeParam).max(60).default([]),
  deadline: isoDate,
});

export const idParams = z.strictObject({ id: z.string().uuid(check.id) });
export const responseParams = z.strictObject({ id: z.string().uuid(check.id), state: memberCodeParam });
export const answerParams = responseParams.extend({ questionId: slug });
export const fileParams = responseParams.extend({ fileId: z.string().uuid(check.id) });

export const citationAnswer = z.strictObject({
  instrument: text(300).min(1, check.instrumentName),
  section: text(100).default(''),
  provisionId: z.string().uuid().optional(),
});
export const answerValue = z.union([z.string(), z.number(), z.array(z.string()), citationAnswer, z.null()]);
export type AnswerValue = z.infer<typeof answerValue>;

export const answersBody = z.strictObject({ answers: z.record(z.string(), answerValue) });
export const returnBody = z.strictObject({ comment: text(2000).min(3, check.whatToChange) });
export const consentBody = z.strictObject({ consent: z.boolean() });
export const delegateBody = z.strictObject({ userId: z.string().uuid() });
export const toAssessmentBody = z.strictObject({ validFrom: isoDate.optional(), status: z.enum(['met', 'partly', 'in_drafting', 'not_met']).optional() });
export const fileQuery = z.strictObject({
  question: slug,
  filename: text(200)
    .min(1)
    .regex(/^[^/\\]+$/, check.fileName),
});
export const exportQuery = z.strictObject({ format: z.enum(['csv', 'xlsx']) });

const questionOut = z.object({
  id: z.string(),
  kind: z.enum(QUESTION_KINDS),
  text: z.string(),
  help: z.string(),
  required: z.boolean(),
  options: z.array(z.string()).optional(),
  standardId: z.string().optional(),
});
export const sectionOut = z.object({ id: z.string(), title: z.string(), questions: z.array(questionOut) });

export const surveySummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  status: z.enum(SURVEY_STATUSES),
  version: z.number(),
  coordinatorStates: z.array(z.string()),
  planRef: z.string().nullable(),
  recipients: z.array(z.string()),
  deadline: z.string().nullable(),
  sentAt: z.date().nullable(),
  publishedAt: z.date().nullable(),
  demo: z.boolean(),
  canManage: z.boolean(),
  /** What the reader may do with the survey (access/surveys.ts); the app reads this instead of roles. */
  can: z.object({ manage: z.boolean(), send: z.boolean(), close: z.boolean(), publish: z.boolean(), answer: z.boolean() }),
  myResponse: z
    .object({
      state: z.string(),
      status: z.enum([...RESPONSE_STATUSES, 'not_started']),
      consent: z.boolean().nullable(),
      /** consent: the reader decides whether these answers are published (access/surveys.ts decidesPublicationOf). */
      can: z.object({ consent: z.boolean() }),
    })
    .nullable(),
  reminders: z.array(z.object({ kind: z.string(), sentAt: z.date() })),
});
export const surveysResponse = z.object({ surveys: z.array(surveySummarySchema) });

export const surveyDetailSchema = surveySummarySchema.extend({
  sections: z.array(sectionOut),
  versions: z.array(z.object({ version: z.number(), createdAt: z.date() })),
  progress: z.array(
    z.object({
      state: z.string(),
      name: z.string(),
      status: z.enum([...RESPONSE_STATUSES, 'not_started']),
      consent: z.boolean().nullable(),
      submittedAt: z.date().nullable(),
    }),
  ),
});

export const fileSchema = z.object({
  id: z.string(),
  questionId: z.string(),
  filename: z.string(),
  contentType: z.string(),
  size: z.number(),
  uploadedAt: z.date(),
});
export const responseSchema = z.object({
  id: z.string().nullable(),
  surveyId: z.string(),
  state: z.string(),
  version: z.number(),
  status: z.enum([...RESPONSE_STATUSES, 'not_started']),
  answers: z.record(z.string(), z.unknown()),
  reviewComment: z.string().nullable(),
  consent: z.boolean().nullable(),
  submittedAt: z.date().nullable(),
  updatedAt: z.date().nullable(),
  files: z.array(fileSchema),
  demo: z.boolean(),
  canEdit: z.boolean(),
  canSubmit: z.boolean(),
  can: z.object({ edit: z.boolean(), submit: z.boolean(), consent: z.boolean(), delegate: z.boolean(), review: z.boolean() }),
  delegates: z.array(z.object({ userId: z.string(), name: z.string() })),
});

const countRow = z.object({ option: z.string(), count: z.number() });
export const resultsSchema = z.object({
  surveyId: z.string(),
  title: z.string(),
  version: z.number(),
  publishedAt: z.date().nullable(),
  demo: z.boolean(),
  states: z.array(
    z.object({ state: z.string(), name: z.string(), subregion: z.string().nullable(), publication: z.enum(['published', 'not_published', 'no_answer']) }),
  ),
  questions: z.array(
    z.object({
      id: z.string(),
      sectionTitle: z.string(),
      text: z.string(),
      kind: z.enum(QUESTION_KINDS),
      standardId: z.string().nullable(),
      answered: z.number(),
      counts: z.array(countRow),
      number: z.object({ min: z.number(), max: z.number(), mean: z.number() }).nullable(),
      bySubregion: z.array(z.object({ subregion: z.string(), counts: z.array(countRow) })),
    }),
  ),
  answers: z.array(z.object({ state: z.string(), values: z.record(z.string(), z.string()) })),
});
export type SurveyResults = z.infer<typeof resultsSchema>;

export const remindersRunResponse = z.object({
  sent: z.array(z.object({ surveyId: z.string(), state: z.string(), kind: z.string(), emailed: z.number() })),
  email: z.boolean(),
});
export const versionResponse = z.object({ id: z.string(), version: z.number() });
export const sentResponse = z.object({ id: z.string(), recipients: z.array(z.string()), deadline: z.string() });
export const publishedResponse = z.object({ id: z.string(), published: z.array(z.string()), notPublished: z.array(z.string()) });
export const consentResponse = z.object({ id: z.string(), state: z.string(), consent: z.boolean() });
export const delegatesResponse = z.object({ delegates: z.array(z.object({ userId: z.string(), name: z.string() })) });
export const toAssessmentResponse = z.object({ assessmentId: z.string(), standardId: z.string(), status: z.string(), evidence: z.array(z.string()) });
export const okResponse = z.object({ id: z.string() }).passthrough();
