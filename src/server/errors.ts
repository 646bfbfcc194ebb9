// Domain errors. Services throw these; app.ts maps them to HTTP once.

export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** The record does not exist, or the caller may not know that it exists. */
export class NotFound extends DomainError {
  constructor(what: string) {
    super('not_found', `${what} not found`, 404);
  }
}

export class Unauthenticated extends DomainError {
  constructor(reason = 'sign in required', code = 'unauthenticated') {
    super(code, reason, 401);
  }
}

export class Forbidden extends DomainError {
  constructor(reason: string, details: Record<string, unknown> = {}) {
    super('forbidden', reason, 403, details);
  }
}

/** Bad input that a schema could not catch: names the field and why. */
export class Invalid extends DomainError {
  constructor(
    readonly field: string,
    reason: string,
    details: Record<string, unknown> = {},
  ) {
    super('invalid', `${field}: ${reason}`, 400, { field, ...details });
  }
}

export class Conflict extends DomainError {
  constructor(reason: string, details: Record<string, unknown> = {}) {
    super('conflict', reason, 409, details);
  }
}

export class TooManyRequests extends DomainError {
  constructor(reason: string, readonly retryAfterSeconds: number) {
    super('too_many_requests', reason, 429, { retryAfterSeconds });
  }
}
