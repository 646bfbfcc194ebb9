// What a form needs to place an error beside its field, without React: which input a server's field path names, and
// what a browser's own check found wrong with an input, as a key of the `form` catalogue (the words are translated).
import { ApiError } from '../api';
import { keepsItsDigits } from '../i18n/format';

/** One error the server named a field for: `field` as the server wrote it ('body.parties.0.state'), `message` for a person. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** The parts of a request a field path may start with (the validation context), which no input is named after. */
const CONTEXTS = ['body', 'query', 'querystring', 'params', 'headers'];

/**
 * The input names a server field path may mean, most precise first: 'body.parties.0.state' -> 'parties.0.state',
 * 'parties.0', 'parties'. An input is named after the API field it fills (`name="scope"` for `body.scope`).
 */
export function fieldCandidates(path: string): string[] {
  const parts = path.split('.').filter(Boolean);
  if (parts.length > 1 && CONTEXTS.includes(parts[0])) parts.shift();
  const out: string[] = [];
  for (let n = parts.length; n > 0; n--) out.push(parts.slice(0, n).join('.'));
  return out;
}

/** A problem the page finds itself before sending (no entry in any box): thrown from a Form's onSubmit, said beside `field`. */
export class FormProblem extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** The field errors of a refused request: every `fields[]` of a validation error, else the one `field` it names. */
export function fieldProblems(error: unknown): FieldProblem[] {
  if (error instanceof FormProblem) return [{ field: error.field, message: error.message }];
  if (!(error instanceof ApiError)) return [];
  const fields = error.body.fields;
  if (Array.isArray(fields)) {
    const list = fields.filter((f): f is FieldProblem => typeof f?.field === 'string' && typeof f?.message === 'string');
    if (list.length) return list.map((f) => ({ field: f.field, message: withoutFieldPrefix(f.field, f.message) }));
  }
  return error.field ? [{ field: error.field, message: withoutFieldPrefix(error.field, error.message) }] : [];
}

/** Older server messages read 'expiresOn: the agreement cannot expire ...': beside the field, the name is noise. */
function withoutFieldPrefix(field: string, message: string): string {
  for (const name of [field, ...fieldCandidates(field)]) {
    if (message.startsWith(`${name}: `)) {
      const rest = message.slice(name.length + 2);
      return rest.charAt(0).toUpperCase() + rest.slice(1);
    }
  }
  return message;
}

/** A problem in the words of the `form` catalogue: its key and the values it names. */
export interface Problem {
  key: string;
  params?: Record<string, string | number>;
}

/** What the browser's constraint validation says about one input, as the DOM gives it (kept narrow to test it). */
export interface Checked {
  type: string;
  /** The input's name: a bound on a year or a version is said with its digits as written. */
  name?: string;
  validity: Pick<
    ValidityState,
    | 'valid'
    | 'valueMissing'
    | 'typeMismatch'
    | 'badInput'
    | 'rangeUnderflow'
    | 'rangeOverflow'
    | 'stepMismatch'
    | 'tooShort'
    | 'tooLong'
    | 'patternMismatch'
    | 'customError'
  >;
  min?: string;
  max?: string;
  minLength?: number;
  maxLength?: number;
  title?: string;
  validationMessage?: string;
}

/** The plain-words problem with an input that failed the browser's checks, or null when it passed them. */
export function validityProblem(input: Checked): Problem | null {
  const v = input.validity;
  if (v.valid) return null;
  const type = input.type;
  const dateLike = type === 'date' || type === 'month' || type === 'datetime-local' || type === 'time';
  if (v.valueMissing) {
    if (type === 'checkbox') return { key: 'tick' };
    if (type === 'radio' || type.startsWith('select')) return { key: 'choose' };
    if (type === 'file') return { key: 'chooseFile' };
    return { key: 'required' };
  }
  if (v.badInput) return { key: type === 'number' ? 'number' : dateLike ? 'date' : 'invalid' };
  if (v.typeMismatch) return { key: type === 'email' ? 'email' : type === 'url' ? 'url' : 'invalid' };
  // A bound on a year (or a version) is said as written, by the same rule as numbers in sentences.
  const bound = (value: string | undefined) => (keepsItsDigits(input.name ?? '') ? (value ?? '') : Number(value));
  if (v.rangeUnderflow) {
    if (dateLike) return { key: 'notBefore', params: { min: input.min ?? '' } };
    return Number(input.min) === 0 ? { key: 'notNegative' } : { key: 'atLeast', params: { min: bound(input.min) } };
  }
  if (v.rangeOverflow) return dateLike ? { key: 'notAfter', params: { max: input.max ?? '' } } : { key: 'atMost', params: { max: bound(input.max) } };
  if (v.stepMismatch) return { key: 'wholeNumber' };
  if (v.tooShort) return { key: 'writeAtLeast', params: { count: input.minLength ?? 0 } };
  if (v.tooLong) return { key: 'writeAtMost', params: { count: input.maxLength ?? 0 } };
  if (v.patternMismatch) return input.title ? { key: 'verbatim', params: { text: input.title } } : { key: 'format' };
  if (v.customError && input.validationMessage) return { key: 'verbatim', params: { text: input.validationMessage } };
  return { key: 'invalid' };
}

/**
 * A live filter's refused load (its results follow what is typed: there is no submit to run a Form): each problem the
 * server named a filter for, by that filter's input name, to say beside it as a Form would; `rest` is what names none
 * of them, for the top of the page (null when everything found its filter).
 */
export function filterProblems(error: unknown, names: readonly string[]): { beside: Record<string, string>; rest: unknown } {
  const beside: Record<string, string> = {};
  const elsewhere: string[] = [];
  for (const p of fieldProblems(error)) {
    const name = fieldCandidates(p.field).find((candidate) => names.includes(candidate));
    if (!name) elsewhere.push(p.message);
    else beside[name] ??= p.message;
  }
  if (Object.keys(beside).length === 0) return { beside, rest: error };
  return { beside, rest: elsewhere.length ? new Error(elsewhere.join(' ')) : null };
}
