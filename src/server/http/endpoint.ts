// One shape for an API route: what it needs, its zod schemas, and a handler given the caller's Actor and the validated input.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Actor } from '../access/actor.js';
import type { RouteAccess } from '../access/permissions.js';
import { actorOf, type Router } from './context.js';

type Schema = z.ZodType | undefined;
type Parsed<S extends Schema> = S extends z.ZodType ? z.output<S> : undefined;

export interface EndpointSpec<P extends Schema, Q extends Schema, B extends Schema, R extends Schema> {
  /** What the caller needs (the access hook checks it before anything runs). */
  access: RouteAccess;
  summary: string;
  params?: P;
  query?: Q;
  body?: B;
  /** The answer's schema: the reply is serialised through it (fields it does not name are dropped). */
  response?: R;
  /** 201 for a route that creates a record, 202 for one that only queues work; 200 otherwise. */
  status?: 200 | 201 | 202;
  /** For uploads: the largest body this route accepts, in bytes. */
  bodyLimit?: number;
}

/** What a handler is given: the validated input, and the actor (read only by handlers that need a signed-in caller). */
export interface Call<P extends Schema, Q extends Schema, B extends Schema> {
  readonly actor: Actor;
  params: Parsed<P>;
  query: Parsed<Q>;
  body: Parsed<B>;
  req: FastifyRequest;
  reply: FastifyReply;
}

/** A handler answers the response schema's value, or the reply itself once it has sent a file. */
type Answer<R extends Schema> = R extends z.ZodType ? z.output<R> | FastifyReply : unknown;
type Handler<P extends Schema, Q extends Schema, B extends Schema, R extends Schema> = (call: Call<P, Q, B>) => Promise<Answer<R>> | Answer<R>;
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * The routes of one tag: `api.post(url, { access, summary, params, body, response, status: 201 }, ({ actor, params, body }) => ...)`.
 * Every route so written declares its access, validates its input and serialises its answer the same way; the OpenAPI
 * document reads the same schemas.
 */
export function endpoints(app: Router, tags: string[]) {
  const add =
    (method: Method) =>
    <P extends Schema = undefined, Q extends Schema = undefined, B extends Schema = undefined, R extends Schema = undefined>(
      url: string,
      spec: EndpointSpec<P, Q, B, R>,
      handler: Handler<P, Q, B, R>,
    ) => {
      const status = spec.status ?? 200;
      app.route({
        method,
        url,
        config: { access: spec.access },
        ...(spec.bodyLimit ? { bodyLimit: spec.bodyLimit } : {}),
        schema: {
          tags,
          summary: spec.summary,
          ...(spec.params ? { params: spec.params } : {}),
          ...(spec.query ? { querystring: spec.query } : {}),
          ...(spec.body ? { body: spec.body } : {}),
          ...(spec.response ? { response: { [status]: spec.response } } : {}),
        },
        handler: async (req, reply) => {
          const call = {
            get actor() {
              return actorOf(req);
            },
            params: req.params as Parsed<P>,
            query: req.query as Parsed<Q>,
            body: req.body as Parsed<B>,
            req,
            reply,
          };
          const answer = await handler(call);
          if (answer === reply) return reply;
          return reply.status(status).send(answer);
        },
      });
    };
  return { get: add('GET'), post: add('POST'), put: add('PUT'), patch: add('PATCH'), delete: add('DELETE') };
}
