// What every request carries once the session is resolved, and the types routes are written against.
import type { FastifyBaseLogger, FastifyInstance, FastifyRequest, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RouteAccess } from '../access/permissions.js';
import type { Subject } from '../access/subject.js';
import type { Actor } from '../audit/log.js';
import type { SessionRow, UserRow } from '../auth/store.js';
import { Unauthenticated } from '../errors.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Required on every /api route: what the caller needs. Routes without it refuse to register. */
    access?: RouteAccess;
  }
  interface FastifyRequest {
    subject: Subject | null;
    user: UserRow | null;
    session: SessionRow | null;
  }
}

export type Router = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

export function actorOfRequest(req: FastifyRequest): Actor {
  return { id: req.subject?.userId ?? null, email: req.subject?.email ?? null, state: req.subject?.state ?? null, ip: req.ip };
}

/** The signed-in subject of a route that requires one (the access hook has already refused anonymous callers). */
export function subjectOf(req: FastifyRequest): Subject {
  if (!req.subject) throw new Unauthenticated();
  return req.subject;
}

export function userOf(req: FastifyRequest): UserRow {
  if (!req.user) throw new Unauthenticated();
  return req.user;
}
