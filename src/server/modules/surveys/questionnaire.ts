// The rules of a questionnaire: well-formed sections and questions, answers of the right kind, and completeness.

import { Invalid } from '../../errors.js';
import { listOf } from '../../i18n/text.js';
import { isoDate } from '../accounts/schemas.js';
import { refuse } from './refusals.js';
import { type AnswerValue, citationAnswer, type Question, type Section, YES_NO_PARTLY } from './schemas.js';

/** Question ids are unique across the survey; choice questions have options; standards exist in the catalogue. */
export function checkSections(sections: Section[], knownStandards: Set<string> | null): void {
  const seen = new Set<string>();
  sections.forEach((section, si) => {
    section.questions.forEach((q, qi) => {
      const where = `sections.${si}.questions.${qi}`;
      if (seen.has(q.id)) throw new Invalid(`${where}.id`, refuse('questionTwice', { id: q.id }));
      seen.add(q.id);
      if (q.kind === 'choice' && (!q.options || q.options.length < 2)) throw new Invalid(`${where}.options`, refuse('choiceOptions'));
      if (q.kind !== 'choice' && q.options) throw new Invalid(`${where}.options`, refuse('onlyChoiceOptions'));
      if (q.standardId && knownStandards && !knownStandards.has(q.standardId))
        throw new Invalid(`${where}.standardId`, refuse('notAStandard', { standard: q.standardId }));
    });
  });
}

export function questionsOf(sections: Section[]): Question[] {
  return sections.flatMap((s) => s.questions);
}

/** Checks one answer against its question and returns it normalised; null clears the answer. */
export function checkAnswer(q: Question, value: AnswerValue, fileIds: Set<string>): AnswerValue {
  const field = `answers.${q.id}`;
  if (value === null) return null;
  switch (q.kind) {
    case 'yes_no_partly':
      if (typeof value !== 'string' || !(YES_NO_PARTLY as readonly string[]).includes(value)) throw new Invalid(field, refuse('yesNoPartly'));
      return value;
    case 'choice':
      if (typeof value !== 'string' || !q.options!.includes(value)) throw new Invalid(field, refuse('oneOf', { options: listOf(q.options!) }));
      return value;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new Invalid(field, refuse('number'));
      // Survey numbers are counts (prosecutions, victims identified): a negative one is a typing slip.
      if (value < 0) throw new Invalid(field, refuse('negative'));
      return value;
    case 'date':
      if (typeof value !== 'string' || !isoDate.safeParse(value).success) throw new Invalid(field, refuse('date'));
      return value;
    case 'text':
      if (typeof value !== 'string') throw new Invalid(field, refuse('text'));
      if (value.length > 10_000) throw new Invalid(field, refuse('textTooLong', { max: 10_000 }));
      return value.trim();
    case 'citation': {
      const parsed = citationAnswer.safeParse(value);
      if (!parsed.success) throw new Invalid(field, refuse('provision'));
      return parsed.data;
    }
    case 'file':
      if (!Array.isArray(value)) throw new Invalid(field, refuse('fileIds'));
      for (const id of value) if (!fileIds.has(id)) throw new Invalid(field, refuse('noSuchFile', { id }));
      return value;
  }
}

export function isEmpty(value: AnswerValue | undefined): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Required questions left empty, in questionnaire order. */
export function missingRequired(sections: Section[], answers: Record<string, AnswerValue>): string[] {
  return questionsOf(sections)
    .filter((q) => q.required && isEmpty(answers[q.id]))
    .map((q) => q.id);
}

/** An answer as one cell of a table (CSV, XLSX, results page). */
export function answerText(value: AnswerValue | undefined, files: { id: string; filename: string }[] = []): string {
  if (isEmpty(value)) return '';
  if (Array.isArray(value)) return value.map((id) => files.find((f) => f.id === id)?.filename ?? id).join('; ');
  if (typeof value === 'object' && value) return [value.instrument, value.section].filter(Boolean).join(', ');
  return String(value);
}
