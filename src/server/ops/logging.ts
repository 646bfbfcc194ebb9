// Structured JSON logs (pino, through Fastify): one line per event, a request id on every line of a request, and
// nothing a log reader should not see: no query strings, headers, bodies, cookies, tokens or e-mail addresses.
import { randomUUID } from 'node:crypto';
import { type FastifyServerOptions, LogController } from 'fastify';
import type { Config } from '../config.js';

const address = /[^\s@<>"'()=]+@[^\s@<>"'()=]+\.[^\s@<>"'()=]+/g;
export function maskAddresses(text: string): string {
  return text.replace(address, '<address>');
}

/** An id a caller or load balancer sent (kept, so one id follows a request across systems) or a new one. */
const requestIdPattern = /^[A-Za-z0-9._:-]{8,64}$/;

export function loggerOptions(
  config: Pick<Config, 'logLevel'>,
  stream?: NodeJS.WritableStream,
): Pick<FastifyServerOptions, 'logger' | 'genReqId' | 'requestIdHeader' | 'logController'> {
  if (config.logLevel === 'silent' && !stream) return { logger: false, genReqId: () => randomUUID() };
  return {
    logger: {
      level: config.logLevel,
      ...(stream ? { stream } : {}),
      // Only what helps to follow a request: method, the path without its query (searches carry names), route and status.
      serializers: {
        req: (req: { method: string; url: string; routeOptions?: { url?: string }; ip?: string }) => ({
          method: req.method,
          path: req.url.split('?')[0],
          route: req.routeOptions?.url,
        }),
        res: (res: { statusCode: number }) => ({ status: res.statusCode }),
        // A database error can quote the row it refused (PostgreSQL's detail: "Key (email)=(...)"): keep what locates
        // the fault, and mask addresses in the message and stack.
        err: (err: Error & { code?: string }) => ({
          type: err.name,
          code: err.code,
          message: maskAddresses(err.message),
          stack: maskAddresses(err.stack ?? ''),
        }),
      },
      // Belt and braces: should anything ever log these, they are censored.
      redact: {
        paths: [
          'req.headers.cookie',
          'req.headers.authorization',
          'req.headers["x-csrf-token"]',
          'res.headers["set-cookie"]',
          '*.password',
          '*.totp',
          '*.token',
          '*.secret',
          '*.email',
          'password',
          'totp',
          'token',
          'secret',
          'email',
        ],
        censor: '[redacted]',
      },
      base: { service: 'bali-portal' },
      timestamp: () => `,"time":"${new Date().toISOString()}"`,
    },
    requestIdHeader: 'x-request-id',
    logController: new LogController({ requestIdLogLabel: 'requestId' }),
    genReqId: (req) => {
      const sent = req.headers['x-request-id'];
      return typeof sent === 'string' && requestIdPattern.test(sent) ? sent : randomUUID();
    },
  };
}
