// Sign-in API: login with TOTP, session, MFA enrolment, password, locale, sign out (here and everywhere).
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { clientOf, SESSION_COOKIE } from '../http/access-hook.js';
import { actorOf } from '../http/context.js';
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
    const tags = ['auth'];

    app.post(
      '/api/auth/login',
      {
        config: { access: 'public' },
        schema: { tags, summary: 'Sign in with e-mail, password and (for cleared accounts) a TOTP code', body: loginBody, response: { 200: signedInResponse } },
      },
      async (req, reply) => {
        const result = await auth.login(req.body, clientOf(req));
        setCookie(reply, result.token);
        return {
          user: result.user,
          csrfToken: result.csrfToken,
          mfaEnrolmentRequired: result.mfaEnrolmentRequired,
          ...sessionGrants(result.mfaEnrolmentRequired ? null : result.subject, web),
        };
      },
    );

    app.get(
      '/api/auth/session',
      {
        config: { access: 'session' },
        schema: { tags, summary: 'The current session, its user and CSRF token', response: { 200: signedInResponse } },
      },
      async (req) => ({
        user: userView(await auth.account(actorOf(req))),
        csrfToken: req.session!.csrf_token,
        mfaEnrolmentRequired: req.session!.mfa_pending,
        ...sessionGrants(req.session!.mfa_pending ? null : req.subject, web),
      }),
    );

    app.post(
      '/api/auth/logout',
      {
        config: { access: 'session' },
        schema: { tags, summary: 'Sign out of this session', response: { 200: okResponse } },
      },
      async (req, reply) => {
        await auth.logout(actorOf(req), req.session!.id);
        clearCookie(reply);
        return { ok: true as const };
      },
    );

    app.post(
      '/api/auth/logout-all',
      {
        config: { access: 'session' },
        schema: {
          tags,
          summary: 'Sign out everywhere: ends every session of this account',
          response: { 200: z.object({ ok: z.literal(true), sessions: z.number() }) },
        },
      },
      async (req, reply) => {
        const sessions = await auth.logoutEverywhere(actorOf(req));
        clearCookie(reply);
        return { ok: true as const, sessions };
      },
    );

    app.get(
      '/api/auth/sessions',
      {
        config: { access: 'signed_in' },
        schema: { tags, summary: 'Active sessions of this account', response: { 200: sessionsResponse } },
      },
      async (req) => {
        const rows = await auth.store.activeSessions(actorOf(req).userId);
        return {
          sessions: rows.map((s) => ({
            createdAt: s.created_at,
            lastSeenAt: s.last_seen_at,
            ip: s.ip,
            userAgent: s.user_agent,
            current: s.id === req.session!.id,
          })),
        };
      },
    );

    app.post(
      '/api/auth/mfa/enrol',
      {
        config: { access: 'session' },
        schema: { tags, summary: 'Start TOTP enrolment: a new secret and its QR code', response: { 200: enrolmentResponse } },
      },
      async (req) => auth.startEnrolment(actorOf(req), await auth.account(actorOf(req))),
    );

    app.post(
      '/api/auth/mfa/confirm',
      {
        config: { access: 'session' },
        schema: { tags, summary: 'Confirm TOTP enrolment with a first code', body: totpBody, response: { 200: okResponse } },
      },
      async (req) => {
        await auth.confirmEnrolment(actorOf(req), await auth.account(actorOf(req)), req.session!.id, req.body.totp);
        return { ok: true as const };
      },
    );

    app.post(
      '/api/auth/password',
      {
        config: { access: 'signed_in' },
        schema: { tags, summary: 'Change your password', body: passwordBody, response: { 200: okResponse } },
      },
      async (req) => {
        await auth.changePassword(actorOf(req), await auth.account(actorOf(req)), req.body.currentPassword, req.body.newPassword);
        return { ok: true as const };
      },
    );

    app.put(
      '/api/auth/locale',
      {
        config: { access: 'signed_in' },
        schema: { tags, summary: 'Set your language', body: localeBody, response: { 200: okResponse } },
      },
      async (req) => {
        await auth.setLocale(actorOf(req), req.body.locale);
        return { ok: true as const };
      },
    );
  },
};
