// Enforces each route's declared access before anything else runs: session, CSRF, MFA, permission.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { allows, isPermission, type RouteAccess } from '../access/permissions.js';
import type { AuthService } from '../auth/service.js';
import { DomainError, Forbidden, Unauthenticated } from '../errors.js';
import { common } from '../i18n/common.js';

export const SESSION_COOKIE = 'portal_session';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface DeclaredRoute {
  method: string;
  url: string;
  access: RouteAccess;
}

/** Installs the hook and returns the list of API routes with what each declared (filled as routes register). */
export function installAccessHook(app: FastifyInstance, auth: AuthService): DeclaredRoute[] {
  const declared: DeclaredRoute[] = [];
  app.decorateRequest('subject', null);
  app.decorateRequest('user', null);
  app.decorateRequest('session', null);

  // Deny by default: an /api route that does not say what it needs does not start.
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api') || route.url.startsWith('/api/docs')) return;
    const access = route.config?.access;
    if (!access) throw new Error(`route ${route.method} ${route.url} declares no access`);
    if (typeof access === 'object' && !isPermission(access.permission))
      throw new Error(`route ${route.method} ${route.url} names unknown permission ${access.permission}`);
    route.schema = { ...(route.schema ?? {}), security: access === 'public' ? [] : [{ session: [] }] };
    for (const method of [route.method].flat()) if (method !== 'HEAD') declared.push({ method, url: route.url, access });
  });

  app.addHook('onRequest', async (req) => {
    const access = req.routeOptions.config?.access as RouteAccess | undefined;
    if (!req.url.startsWith('/api') || req.url.startsWith('/api/docs')) return;
    if (!access) return; // unknown /api paths fall through to the 404 handler
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      try {
        const resolved = await auth.resolve(token);
        req.session = resolved.session;
        req.user = resolved.user;
        req.subject = resolved.subject;
      } catch (error) {
        if (access !== 'public') throw error;
      }
    }
    if (access === 'public') return;
    if (!req.session || !req.subject) throw new Unauthenticated();
    if (UNSAFE.has(req.method) && req.headers['x-csrf-token'] !== req.session.csrf_token) throw new DomainError('csrf', common('csrf'), 403);
    if (access === 'session') return;
    if (req.session.mfa_pending) throw new DomainError('mfa_enrolment_required', common('mfaEnrolmentRequired'), 403);
    if (access === 'signed_in') return;
    if (!allows(req.subject, access.permission)) throw new Forbidden(common('notAllowed'), { permission: access.permission });
  });
  return declared;
}

export function clientOf(req: FastifyRequest) {
  return { ip: req.ip, userAgent: (req.headers['user-agent'] as string | undefined) ?? null };
}
