// Response shapes of the surveys API, inferred from the server's zod schemas (one source of truth), and the question kinds.
import type { z } from 'zod';
import type { responseSchema, resultsSchema, sectionOut, surveyBody, surveyDetailSchema, surveysResponse } from '../../../server/modules/surveys/schemas';

export type SurveyList = z.infer<typeof surveysResponse>;
export type SurveySummary = SurveyList['surveys'][number];
export type SurveyDetail = z.infer<typeof surveyDetailSchema>;
export type SurveyResponse = z.infer<typeof responseSchema>;
export type SurveyResults = z.infer<typeof resultsSchema>;
export type SurveyInput = z.input<typeof surveyBody>;
export type SectionView = z.infer<typeof sectionOut>;
export type QuestionView = SectionView['questions'][number];

export const KINDS = ['yes_no_partly', 'choice', 'number', 'date', 'text', 'citation', 'file'] as const;
export type Kind = (typeof KINDS)[number];
export const YES_NO_PARTLY = ['yes', 'no', 'partly'] as const;
