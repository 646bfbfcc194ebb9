// Sign-in API: login with TOTP, session, MFA enrolment, password, locale, sign out (here and everywhere).
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { clientOf, SESSION_COOKIE } from '../http/access-hook.js';
import { endpoints } from '../http/endpoint.js';
import type { ModuleRoutes } from '../modules/module.js';
import { sessionGrants } from './grants.js';
import { enrolmentResponse, localeBody, loginBody, okResponse, passwordBody, sessionsResponse, signedInResponse, totpBody } from './schemas.js';
import { userView } from './view.js';

export const authRoutes: ModuleRoutes = {
  register(app, { auth, config, web }) {
    const setCookie = (reply: FastifyReply, token: string) =>
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: config.secureCookies,
        maxAge: config.sessionAbsoluteHours * 3600,
      });
    const clearCookie = (reply: FastifyReply) => reply.clearCookie(SESSION_COOKIE, { path: '/' });
    const api = endpoints(app, ['auth']);

    api.post(
      '/api/auth/login',
      { access: 'public', summary: 'Sign in with e-mail, password and (for cleared accounts) a TOTP code', body: loginBody, response: signedInResponse },
      async ({ body, req, reply }) => {
        const result = await auth.login(body, clientOf(req));
        setCookie(reply, result.token);
        return {
          user: result.user,
          csrfToken: result.csrfToken,
          mfaEnrolmentRequired: result.mfaEnrolmentRequired,
          ...sessionGrants(result.mfaEnrolmentRequired ? null : result.subject, web),
        };
      },
    );

    api.get(
      '/api/auth/session',
      { access: 'session', summary: 'The current session, its user and CSRF token', response: signedInResponse },
      async ({ actor, req }) => ({
        user: userView(await auth.account(actor)),
        csrfToken: req.session!.csrf_token,
        mfaEnrolmentRequired: req.session!.mfa_pending,
        ...sessionGrants(req.session!.mfa_pending ? null : req.subject, web),
      }),
    );

    api.post('/api/auth/logout', { access: 'session', summary: 'Sign out of this session', response: okResponse }, async ({ actor, req, reply }) => {
      await auth.logout(actor, req.session!.id);
      clearCookie(reply);
      return { ok: true as const };
    });

    api.post(
      '/api/auth/logout-all',
      {
        access: 'session',
        summary: 'Sign out everywhere: ends every session of this account',
        response: z.object({ ok: z.literal(true), sessions: z.number() }),
      },
      async ({ actor, reply }) => {
        const sessions = await auth.logoutEverywhere(actor);
        clearCookie(reply);
        return { ok: true as const, sessions };
      },
    );

    api.get('/api/auth/sessions', { access: 'signed_in', summary: 'Active sessions of this account', response: sessionsResponse }, async ({ actor, req }) => {
      const rows = await auth.store.activeSessions(actor.userId);
      return {
        sessions: rows.map((s) => ({
          createdAt: s.created_at,
          lastSeenAt: s.last_seen_at,
          ip: s.ip,
          userAgent: s.user_agent,
          current: s.id === req.session!.id,
        })),
      };
    });

    api.post(
      '/api/auth/mfa/enrol',
      { access: 'session', summary: 'Start TOTP enrolment: a new secret and its QR code', response: enrolmentResponse },
      async ({ actor }) => auth.startEnrolment(actor, await auth.account(actor)),
    );

    api.post(
      '/api/auth/mfa/confirm',
      { access: 'session', summary: 'Confirm TOTP enrolment with a first code', body: totpBody, response: okResponse },
      async ({ actor, body, req }) => {
        await auth.confirmEnrolment(actor, await auth.account(actor), req.session!.id, body.totp);
        return { ok: true as const };
      },
    );

    api.post(
      '/api/auth/password',
      { access: 'signed_in', summary: 'Change your password', body: passwordBody, response: okResponse },
      async ({ actor, body }) => {
        await auth.changePassword(actor, await auth.account(actor), body.currentPassword, body.newPassword);
        return { ok: true as const };
      },
    );

    api.put('/api/auth/locale', { access: 'signed_in', summary: 'Set your language', body: localeBody, response: okResponse }, async ({ actor, body }) => {
      await auth.setLocale(actor, body.locale);
      return { ok: true as const };
    });
  },
};
