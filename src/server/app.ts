// Builds the HTTP app: security headers, cookies, schemas and OpenAPI, the access hook, error mapping, modules, web app.
import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Outcome } from './audit/log.js';
import type { Config } from './config.js';
import type { Db } from './db/index.js';
import { DomainError } from './errors.js';
import { type DeclaredRoute, installAccessHook } from './http/access-hook.js';
import { auditIdentityOf, type Router } from './http/context.js';
import { securityHeaders } from './http/security-headers.js';
import { installTextGuard } from './http/text-guard.js';
import { common } from './i18n/common.js';
import type { Lang } from './i18n/languages.js';
import { langOf } from './i18n/request.js';
import { localised } from './i18n/text.js';
import { validationMessage } from './i18n/validation.js';
import { JobsStore } from './jobs/store.js';
import { modules } from './modules/index.js';
import type { PortalModule } from './modules/module.js';
import { loggerOptions } from './ops/logging.js';
import { createMetrics } from './ops/metrics.js';
import { registerOperations } from './ops/routes.js';
import { createFoundation, createServices, type Services } from './services.js';

export interface AppDeps {
  db: Db;
  config: Config;
  /** Where JSON log lines go (default stdout); tests capture them. */
  logStream?: NodeJS.WritableStream;
}

export interface Portal {
  app: FastifyInstance;
  services: Services;
  /** Every API route with the access it declared. */
  routes: DeclaredRoute[];
}

interface ErrorBody {
  error: string;
  message: string;
  field?: string;
  fields?: { field: string; message: string }[];
  [key: string]: unknown;
}

function outcomeOf(status: number): Outcome {
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 400 || status === 413 || status === 415 || status === 422) return 'invalid';
  return 'denied';
}

/**
 * Maps anything thrown to a precise status and body; a client can never cause a 500. The body keeps a stable machine
 * `error` code and `field`; `message` is for a person, in `lang`.
 */
function mapError(error: FastifyError | DomainError | Error, lang: Lang): { status: number; body: ErrorBody } {
  // Details may carry coded sentences too (each field's problem): rendered in the same language as the message.
  if (error instanceof DomainError)
    return { status: error.status, body: { error: error.code, message: error.messageIn(lang), ...localised(error.details, lang) } };
  if (hasZodFastifySchemaValidationErrors(error)) {
    const fields = error.validation.map((v) => {
      const params = v.params as { keys?: string[] };
      const issuePath = v.instancePath.split('/').filter(Boolean);
      const where = [
        error.validationContext ?? 'body',
        ...issuePath,
        ...(v.keyword === 'unrecognized_keys' && params.keys?.length ? [params.keys.join(',')] : []),
      ].join('.');
      return { field: where, message: validationMessage({ keyword: v.keyword, message: v.message, params: v.params as Record<string, unknown> }, lang) };
    });
    return { status: 400, body: { error: 'invalid', message: fields[0]?.message ?? common('badRequest').render(lang), field: fields[0]?.field, fields } };
  }
  const say = (key: Parameters<typeof common>[0]) => common(key).render(lang);
  const fe = error as FastifyError;
  if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return { status: 413, body: { error: 'too_large', message: say('tooLarge') } };
  if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return { status: 415, body: { error: 'unsupported_media_type', message: say('unsupportedMediaType') } };
  if (fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return { status: 400, body: { error: 'invalid', message: say('emptyBody'), field: 'body' } };
  if (fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (error instanceof SyntaxError && fe.statusCode === 400))
    return { status: 400, body: { error: 'invalid_json', message: say('malformedJson'), field: 'body' } };
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500)
    return { status: fe.statusCode, body: { error: fe.code ?? 'bad_request', message: say('badRequest') } };
  return { status: 500, body: { error: 'internal', message: say('internal') } };
}

export async function buildApp({ db, config, logStream }: AppDeps): Promise<Portal> {
  const app = Fastify({
    ...loggerOptions(config, logStream),
    bodyLimit: config.bodyLimitBytes,
    trustProxy: process.env.PORTAL_TRUST_PROXY === '1',
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const foundation = createFoundation(db, config);
  const { audit, auth } = foundation;
  const services = createServices(foundation);

  // Security headers: helmet's, computed once (see http/security-headers.ts), set where helmet set them. A route may set
  // its own policy (an attachment served in a sandbox): a header it sets replaces these.
  const helmetHeaders = securityHeaders();
  app.addHook('onRequest', (_req, reply, done) => {
    reply.headers(helmetHeaders);
    done();
  });
  app.addHook('onSend', (req, reply, payload, done) => {
    reply.header('x-request-id', req.id);
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=()');
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    done(null, payload);
  });
  await app.register(cookie);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Bali Portal API', version: '0.1.0', description: 'The secure Members Portal of the Bali Process.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'portal_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  const routes = installAccessHook(app, auth);
  installTextGuard(app);
  const metrics = createMetrics(app, db, services.jobs, new JobsStore(db));

  app.setErrorHandler(async (error: FastifyError, req, reply) => {
    if (isResponseSerializationError(error)) req.log.error({ err: error, issues: error.cause }, 'response did not match its schema');
    const { status, body } = mapError(error, langOf(req));
    if (status >= 500) req.log.error({ err: error }, 'unhandled error');
    if (status >= 500 && process.env.PORTAL_DEBUG_ERRORS === '1') console.error(error);
    if (!(error as { audited?: boolean }).audited && req.url.startsWith('/api')) {
      await audit
        .record(auditIdentityOf(req), {
          action: `http ${req.method} ${req.routeOptions.url ?? req.url.split('?')[0]}`,
          outcome: status >= 500 ? 'failed' : outcomeOf(status),
          // The audit keeps the English message whatever the reader's language: one language for the record.
          detail: { status, error: body.error, message: mapError(error, 'en').body.message },
        })
        .catch((e) => req.log.error({ err: e }, 'audit failed'));
    }
    if (status === 429 && typeof body.retryAfterSeconds === 'number') reply.header('retry-after', String(body.retryAfterSeconds));
    return reply.status(status).send(body);
  });

  const router = app as unknown as Router;
  const web = (modules as readonly PortalModule[]).flatMap((m) => m.web ?? []);
  for (const module of modules as readonly PortalModule[]) await module.routes?.register(router, { services, config, auth, web });

  // The job runner: queues and schedules exist once the app is built; its loop runs only in a listening server
  // (in-process tests call services.jobs.runDue()).
  services.jobs.setLog(app.log);
  await services.jobs.ready();
  app.addHook('onListen', async () => services.jobs.start());
  app.addHook('onClose', async () => services.jobs.stop());
  registerOperations(router, { db, config, jobs: services.jobs, metrics });

  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());

  const webDir = config.webDir;
  if (fs.existsSync(path.join(webDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: webDir, wildcard: false, index: false, cacheControl: false });
    const indexHtml = fs.readFileSync(path.join(webDir, 'index.html'), 'utf8');
    app.setNotFoundHandler(async (req, reply) => {
      if (req.url.startsWith('/api')) return reply.status(404).send({ error: 'not_found', message: common('noSuchRoute').render(langOf(req)) });
      const asset = req.url.split('?')[0];
      if (asset.startsWith('/assets/')) return reply.status(404).send({ error: 'not_found', message: 'no such file' });
      return reply.type('text/html').header('cache-control', 'no-cache').send(indexHtml);
    });
    app.addHook('onSend', async (req, reply) => {
      if (req.url.startsWith('/assets/')) reply.header('cache-control', 'public, max-age=31536000, immutable');
    });
  } else {
    app.setNotFoundHandler(async (req, reply) => reply.status(404).send({ error: 'not_found', message: common('noSuchRoute').render(langOf(req)) }));
  }

  await app.ready();
  return { app, services, routes };
}
