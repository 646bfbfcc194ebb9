// Domain errors. Services throw these; app.ts maps them to HTTP once, with the message in the request's language.
import { common } from './i18n/common.js';
import type { Lang } from './i18n/languages.js';
import { isText, type Text } from './i18n/text.js';

/** What a person reads: a coded Text (translated) or, until a module is converted, an English string. */
export type Reason = string | Text;

/** The sentence of each kind of refusal, for a reason that exists only in English. */
const GENERIC: Record<number, Parameters<typeof common>[0]> = {
  400: 'invalidValue',
  401: 'signInRequired',
  403: 'notAllowedHere',
  409: 'conflict',
  429: 'tooManyRequests',
};

export class DomainError extends Error {
  /** The reason as a coded Text, when it was given as one. */
  readonly text: Text | null;
  constructor(
    readonly code: string,
    reason: Reason,
    readonly status: number,
    readonly details: Record<string, unknown> = {},
  ) {
    super(isText(reason) ? reason.render('en') : reason);
    this.text = isText(reason) ? reason : null;
  }

  /**
   * The message for a person reading in `lang` (the English message is kept for logs and the audit). A refusal not yet
   * written as a coded Text is English only: a reader of another language gets the plain sentence of its kind in their
   * own language rather than English (the field it concerns is still named in the details).
   */
  messageIn(lang: Lang): string {
    if (this.text) return this.text.render(lang);
    if (lang === 'en') return this.message;
    return common(GENERIC[this.status] ?? 'badRequest').render(lang);
  }
}

/**
 * The record does not exist, or the caller may not know that it exists. `what` (e.g. "plan 54e2deb5") goes to logs
 * and the audit only: a person reads the same plain sentence whatever was missing, with no internal id in it.
 */
export class NotFound extends DomainError {
  constructor(readonly what: string) {
    super('not_found', `${what} not found`, 404);
  }
  override messageIn(lang: Lang): string {
    return common('notFound').render(lang);
  }
}

export class Unauthenticated extends DomainError {
  constructor(reason: Reason = common('signInRequired'), code = 'unauthenticated', details: Record<string, unknown> = {}) {
    super(code, reason, 401, details);
  }
}

export class Forbidden extends DomainError {
  constructor(reason: Reason, details: Record<string, unknown> = {}) {
    super('forbidden', reason, 403, details);
  }
}

/** Bad input that a schema could not catch: names the field and why (the person reads why, beside the field). */
export class Invalid extends DomainError {
  constructor(
    readonly field: string,
    reason: Reason,
    details: Record<string, unknown> = {},
  ) {
    super('invalid', isText(reason) ? reason : `${field}: ${reason}`, 400, { field, ...details });
  }
}

export class Conflict extends DomainError {
  constructor(reason: Reason, details: Record<string, unknown> = {}) {
    super('conflict', reason, 409, details);
  }
}

export class TooManyRequests extends DomainError {
  constructor(
    reason: Reason,
    readonly retryAfterSeconds: number,
  ) {
    super('too_many_requests', reason, 429, { retryAfterSeconds });
  }
}
