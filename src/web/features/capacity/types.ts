// Response shapes of the capacity-building API, inferred from the server's zod schemas, and the help-kind lookup.
import type { z } from 'zod';
import type { analysisSchema, assistanceSchema, matchSchema, needSchema, offerSchema, suggestionSchema } from '../../../server/modules/capacity/schemas';

export type Need = z.infer<typeof needSchema>;
export type Offer = z.infer<typeof offerSchema>;
export type Assistance = z.infer<typeof assistanceSchema>;
export type Match = z.infer<typeof matchSchema>;
export type Suggestion = z.infer<typeof suggestionSchema>;
export type Analysis = z.infer<typeof analysisSchema>;
export interface HelpKind {
  id: string;
  label: string;
}

export const list = (text: FormDataEntryValue | null) =>
  String(text ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
