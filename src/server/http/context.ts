// What every request carries once the session is resolved, and the types routes are written against.
import type { FastifyBaseLogger, FastifyInstance, FastifyRequest, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { type Actor, userActor } from '../access/actor.js';
import type { RouteAccess } from '../access/permissions.js';
import type { Subject } from '../access/subject.js';
import type { AuditIdentity } from '../audit/log.js';
import type { CallerRow, SessionRow } from '../auth/store.js';
import { Unauthenticated } from '../errors.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Required on every /api route: what the caller needs. Routes without it refuse to register. */
    access?: RouteAccess;
  }
  interface FastifyRequest {
    subject: Subject | null;
    /** The caller's account as the access hook read it (no secrets); a route needing the whole row asks auth.account(). */
    user: CallerRow | null;
    session: SessionRow | null;
  }
}

export type Router = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

/** The signed-in actor of a route that requires a session: what every service method takes first. */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.subject) throw new Unauthenticated();
  return userActor(req.subject, req.ip);
}

/** Who the audit names for any request, signed in or not (the error mapping records refusals of anonymous callers). */
export function auditIdentityOf(req: FastifyRequest): AuditIdentity {
  return { id: req.subject?.userId ?? null, email: req.subject?.email ?? null, state: req.subject?.state ?? null, ip: req.ip };
}
