// A refused form lands its problems on the right inputs, in words a person reads (the browser part: e2e walks).
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api';
import { type Checked, FormProblem, fieldCandidates, fieldProblems, filterProblems, validityProblem } from './form-errors';
import { formI18n } from './form-i18n';

const valid: Checked['validity'] = {
  valid: true,
  valueMissing: false,
  typeMismatch: false,
  badInput: false,
  rangeUnderflow: false,
  rangeOverflow: false,
  stepMismatch: false,
  tooShort: false,
  tooLong: false,
  patternMismatch: false,
  customError: false,
};
const failing = (what: Partial<Checked['validity']>, input: Partial<Checked> = {}): Checked => ({
  type: 'text',
  ...input,
  validity: { ...valid, valid: false, ...what },
});

describe('a server field path finds its input', () => {
  it('drops the part of the request and tries the most precise name first', () => {
    expect(fieldCandidates('body.scope')).toEqual(['scope']);
    expect(fieldCandidates('body.parties.0.state')).toEqual(['parties.0.state', 'parties.0', 'parties']);
    expect(fieldCandidates('answers.trafficking_offence')).toEqual(['answers.trafficking_offence', 'answers']);
    // A rule broken by one seat of a roster lands on that year's row (data-field="years.1") when no seat has an input.
    expect(fieldCandidates('body.years.1.coChairs.0')).toEqual(['years.1.coChairs.0', 'years.1.coChairs', 'years.1', 'years']);
    // A query parameter finds the input named after it (a CSV import's schema).
    expect(fieldCandidates('querystring.schema')).toEqual(['schema']);
    expect(fieldCandidates('query.date')).toEqual(['date']);
  });

  it('keeps a field literally called like a part of the request when it is the whole path', () => {
    expect(fieldCandidates('body')).toEqual(['body']);
  });
});

describe('the problems of a refused request', () => {
  it('lists every field of a validation error with its message', () => {
    const error = new ApiError(400, 'invalid', 'Choose at least one.', 'body.scope', {
      fields: [
        { field: 'body.scope', message: 'Choose at least one.' },
        { field: 'body.title', message: 'This is required.' },
      ],
    });
    expect(fieldProblems(error)).toEqual([
      { field: 'body.scope', message: 'Choose at least one.' },
      { field: 'body.title', message: 'This is required.' },
    ]);
  });

  it('takes the one field a domain error names, without repeating the field name before the reason', () => {
    const error = new ApiError(400, 'invalid', 'expiresOn: the agreement cannot expire before it takes effect', 'expiresOn');
    expect(fieldProblems(error)).toEqual([{ field: 'expiresOn', message: 'The agreement cannot expire before it takes effect' }]);
  });

  it('takes a problem the page found itself before sending, for the field it names', () => {
    expect(fieldProblems(new FormProblem('entries-name', 'Write at least one entry.'))).toEqual([
      { field: 'entries-name', message: 'Write at least one entry.' },
    ]);
  });

  it('has none for a refusal that names no field (it is said for the whole form)', () => {
    expect(fieldProblems(new ApiError(403, 'forbidden', 'You may not do this.'))).toEqual([]);
    expect(fieldProblems(new Error('network down'))).toEqual([]);
  });
});

describe('a live filter box says a refused search beside itself', () => {
  const tooLong = (field: string) =>
    new ApiError(400, 'invalid', 'Write at most 100 characters.', field, { fields: [{ field, message: 'Write at most 100 characters.' }] });

  it('places the problem of a query parameter on the box named after it, and nothing is left for the top', () => {
    expect(filterProblems(tooLong('querystring.q'), ['q'])).toEqual({ beside: { q: 'Write at most 100 characters.' }, rest: null });
    expect(filterProblems(tooLong('querystring.action'), ['actor', 'action']).beside).toEqual({ action: 'Write at most 100 characters.' });
  });

  it('leaves a refusal that names no filter box for the top of the page, as it came', () => {
    const forbidden = new ApiError(403, 'forbidden', 'You may not do this.');
    expect(filterProblems(forbidden, ['q'])).toEqual({ beside: {}, rest: forbidden });
    const other = tooLong('querystring.limit');
    expect(filterProblems(other, ['q'])).toEqual({ beside: {}, rest: other });
    expect(filterProblems(null, ['q'])).toEqual({ beside: {}, rest: null });
  });

  it('says a problem of a parameter with no box at the top beside the ones it placed', () => {
    const both = new ApiError(400, 'invalid', 'Write at most 100 characters.', 'querystring.q', {
      fields: [
        { field: 'querystring.q', message: 'Write at most 100 characters.' },
        { field: 'querystring.page', message: 'Must be at most 10000.' },
      ],
    });
    const { beside, rest } = filterProblems(both, ['q']);
    expect(beside).toEqual({ q: 'Write at most 100 characters.' });
    expect((rest as Error).message).toBe('Must be at most 10000.');
  });
});

describe("the browser's own checks in plain words", () => {
  it('says what is missing by the kind of input', () => {
    expect(validityProblem(failing({ valueMissing: true }))).toEqual({ key: 'required' });
    expect(validityProblem(failing({ valueMissing: true }, { type: 'checkbox' }))).toEqual({ key: 'tick' });
    expect(validityProblem(failing({ valueMissing: true }, { type: 'radio' }))).toEqual({ key: 'choose' });
    expect(validityProblem(failing({ valueMissing: true }, { type: 'select-one' }))).toEqual({ key: 'choose' });
    expect(validityProblem(failing({ valueMissing: true }, { type: 'file' }))).toEqual({ key: 'chooseFile' });
  });

  it('refuses a negative count as "cannot be negative", and other bounds with their value', () => {
    expect(validityProblem(failing({ rangeUnderflow: true }, { type: 'number', min: '0' }))).toEqual({ key: 'notNegative' });
    expect(validityProblem(failing({ rangeUnderflow: true }, { type: 'number', min: '1' }))).toEqual({ key: 'atLeast', params: { min: 1 } });
    expect(validityProblem(failing({ rangeOverflow: true }, { type: 'number', max: '50' }))).toEqual({ key: 'atMost', params: { max: 50 } });
    expect(validityProblem(failing({ rangeUnderflow: true }, { type: 'number', name: 'year', min: '1800' }))).toEqual({
      key: 'atLeast',
      params: { min: '1800' },
    });
    expect(validityProblem(failing({ rangeUnderflow: true }, { type: 'date', min: '2026-01-01' }))).toEqual({
      key: 'notBefore',
      params: { min: '2026-01-01' },
    });
    expect(validityProblem(failing({ stepMismatch: true }, { type: 'number' }))).toEqual({ key: 'wholeNumber' });
  });

  it('says what form a value should take', () => {
    expect(validityProblem(failing({ typeMismatch: true }, { type: 'email' }))).toEqual({ key: 'email' });
    expect(validityProblem(failing({ badInput: true }, { type: 'number' }))).toEqual({ key: 'number' });
    expect(validityProblem(failing({ tooShort: true }, { minLength: 3 }))).toEqual({ key: 'writeAtLeast', params: { count: 3 } });
    expect(validityProblem(failing({ patternMismatch: true }))).toEqual({ key: 'format' });
  });

  it('finds nothing wrong with a valid input', () => {
    expect(validityProblem({ type: 'text', validity: valid })).toBeNull();
  });

  it('has the words for every problem it can name, in English, Indonesian and Thai', () => {
    const keys = [
      'required',
      'tick',
      'choose',
      'chooseFile',
      'chooseAtLeastOne',
      'notNegative',
      'atLeast',
      'atMost',
      'notBefore',
      'notAfter',
      'wholeNumber',
      'email',
      'url',
      'number',
      'date',
      'format',
      'invalid',
      'verbatim',
    ];
    for (const lang of ['en', 'id', 'th'] as const) {
      const words = formI18n[lang].problem as Record<string, string>;
      for (const key of keys) expect(words[key], `${lang} ${key}`).toBeTruthy();
      expect(words.writeAtLeast_other, lang).toBeTruthy();
    }
  });
});
