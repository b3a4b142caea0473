// /api/auth: sign-up, verification, sign-in and out, password reset, sessions, profile, invitations.
// TOTP and OpenID Connect routes live in totp.routes.ts and oidc.routes.ts.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  Accepted,
  AcceptInvitationBody,
  EmailBody,
  InvitationBody,
  InvitationCreated,
  InvitationPreview,
  LoginBody,
  LogoutResult,
  Me,
  OrganisationList,
  ProfileBody,
  ResetBody,
  RevokedSessions,
  SessionList,
  SignupBody,
  TokenBody,
} from '../../common/schemas/auth.ts';
import { Problem } from '../../common/schemas/problem.ts';
import { AppError } from '../errors.ts';
import { requestLang } from '../plugins/lang.ts';
import { clearSessionCookie, issueCsrfToken, requireAgent, requireAuth, setSessionCookie } from './auth.plugin.ts';
import * as service from './auth.service.ts';
import { presentCurrentMe, presentMe, presentMeForToken } from './me.ts';
import { oidcRoutes } from './oidc.routes.ts';
import { oidcLogoutUrl } from './oidc.service.ts';
import { deleteSession, deleteUserSessions, listUserSessions } from './sessions.repo.ts';
import { totpRoutes } from './totp.routes.ts';

const problems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 429: Problem };

export async function authRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const deps = (request: FastifyRequest): service.AuthDeps => ({
    db: app.database.db,
    mailer: app.mailer,
    config: app.config,
    log: request.log,
  });
  const meta = (request: FastifyRequest): service.RequestMeta => ({
    ip: request.ip ?? null,
    userAgent: request.headers['user-agent'] ?? null,
  });
  // Sign-in, sign-up and token routes are rate-limited per IP; the lockout per address comes on top.
  const limited = { rateLimit: { max: app.config.auth.rateLimitPerMinute, timeWindow: '1 minute' } };
  const tags = ['auth'];
  // Answers about sessions, tokens and accounts are never cached, by browsers or proxies.
  app.addHook('onRequest', (_request, reply, done) => {
    reply.header('cache-control', 'no-store');
    done();
  });

  app.get(
    '/me',
    { schema: { tags, summary: 'The current session (or a visitor) and the CSRF token', response: { 200: Me } } },
    async (request, reply) => presentMe(app, request, reply, request.auth?.user ?? null),
  );

  app.patch(
    '/me',
    {
      schema: { tags, summary: 'Change your name or language', body: ProfileBody, response: { 200: Me, ...problems } },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const body = request.body;
      if (body.name !== undefined || body.lang !== undefined) {
        await app.database.db
          .updateTable('users')
          .set({ ...(body.name ? { name: body.name.trim() } : {}), ...(body.lang ? { lang: body.lang } : {}) })
          .where('id', '=', auth.user.id)
          .execute();
      }
      return presentCurrentMe(app, request, reply);
    },
  );

  app.post(
    '/signup',
    {
      config: limited,
      schema: {
        tags,
        summary: 'Create a company account (sends a verification e-mail)',
        body: SignupBody,
        response: { 201: Accepted, ...problems },
      },
    },
    async (request, reply) => {
      await service.signup(deps(request), request.body, requestLang(request));
      return reply.code(201).send({ status: 'verification_sent' });
    },
  );

  app.post(
    '/verify-email',
    {
      config: limited,
      schema: { tags, summary: 'Confirm an e-mail address', body: TokenBody, response: { 200: Accepted, ...problems } },
    },
    async (request) => {
      await service.verifyEmail(deps(request), request.body.token);
      return { status: 'verified' };
    },
  );

  app.post(
    '/resend-verification',
    {
      config: limited,
      schema: {
        tags,
        summary: 'Send the verification e-mail again',
        body: EmailBody,
        response: { 202: Accepted, ...problems },
      },
    },
    async (request, reply) => {
      await service.resendVerification(deps(request), request.body.email);
      return reply.code(202).send({ status: 'sent_if_pending' });
    },
  );

  app.post(
    '/login',
    {
      config: limited,
      schema: {
        tags,
        summary: 'Sign in with e-mail and password',
        body: LoginBody,
        response: { 200: Me, ...problems },
      },
    },
    async (request, reply) => {
      const result = await service.login(deps(request), request.body, meta(request));
      // Rotation: the session the browser had before (if any) ends here.
      if (request.auth) await deleteSession(app.database.db, request.auth.sessionId);
      setSessionCookie(app, reply, result.token);
      return presentMeForToken(app, request, reply, result.token);
    },
  );

  app.post(
    '/logout',
    { schema: { tags, summary: 'Sign out (ends this session)', response: { 200: LogoutResult, ...problems } } },
    async (request, reply) => {
      let redirectTo: string | null = null;
      if (request.auth) {
        const idToken = request.auth.user.id_token;
        await deleteSession(app.database.db, request.auth.sessionId);
        if (idToken && app.config.oidc) redirectTo = await oidcLogoutUrl(app.config, idToken).catch(() => null);
      }
      clearSessionCookie(app, reply);
      return { status: 'signed_out', redirectTo, csrfToken: issueCsrfToken(app, request, reply, null) };
    },
  );

  app.post(
    '/password/forgot',
    {
      config: limited,
      schema: {
        tags,
        summary: 'Send a password reset link',
        body: EmailBody,
        response: { 202: Accepted, ...problems },
      },
    },
    async (request, reply) => {
      await service.forgotPassword(deps(request), request.body.email);
      return reply.code(202).send({ status: 'sent_if_known' });
    },
  );

  app.post(
    '/password/reset',
    {
      config: limited,
      schema: {
        tags,
        summary: 'Choose a new password with a reset link',
        body: ResetBody,
        response: { 200: Accepted, ...problems },
      },
    },
    async (request) => {
      const body = request.body;
      await service.resetPassword(deps(request), body.token, body.password, meta(request));
      return { status: 'password_changed' };
    },
  );

  app.get(
    '/sessions',
    { schema: { tags, summary: 'Your open sessions', response: { 200: SessionList, ...problems } } },
    async (request) => {
      const auth = requireAuth(request);
      const rows = await listUserSessions(app.database.db, auth.user.id);
      return {
        items: rows.map((s) => ({
          id: s.id.slice(0, 16),
          createdAt: s.created_at.toISOString(),
          lastSeenAt: s.last_seen_at.toISOString(),
          current: s.id === auth.sessionId,
          method: s.method,
          userAgent: s.user_agent,
          ip: s.ip,
        })),
      };
    },
  );

  app.delete(
    '/sessions/:id',
    {
      schema: {
        tags,
        summary: 'End one of your sessions',
        params: Type.Object({ id: Type.String({ pattern: '^[0-9a-f]{16}$' }) }),
        response: { 204: Type.Null(), ...problems },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const { id } = request.params;
      const result = await app.database.db
        .deleteFrom('sessions')
        .where('user_id', '=', auth.user.id)
        .where('id', 'like', `${id}%`)
        .executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) throw new AppError('ERR_NOT_FOUND');
      if (auth.sessionId.startsWith(id)) clearSessionCookie(app, reply);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/sessions/revoke-others',
    { schema: { tags, summary: 'End all your other sessions', response: { 200: RevokedSessions, ...problems } } },
    async (request) => {
      const auth = requireAuth(request);
      return { revoked: await deleteUserSessions(app.database.db, auth.user.id, auth.sessionId) };
    },
  );

  app.get(
    '/organisations',
    {
      schema: {
        tags,
        summary: 'Find organisations (agents, for invitations)',
        querystring: Type.Object({
          q: Type.Optional(Type.String({ maxLength: 100 })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
        }),
        response: { 200: OrganisationList, ...problems },
      },
    },
    async (request) => {
      requireAgent(request, 'admin');
      const { q, limit } = request.query;
      let query = app.database.db
        .selectFrom('organisations')
        .select(['id', 'name', 'kind'])
        .orderBy('name')
        .limit(limit ?? 20);
      if (q?.trim()) {
        const pattern = `%${q
          .trim()
          .toLowerCase()
          .replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        query = query.where((eb) =>
          eb(
            eb.fn('immutable_unaccent', [eb.fn('lower', ['name'])]),
            'like',
            eb.fn('immutable_unaccent', [eb.val(pattern)]),
          ),
        );
      }
      return { items: await query.execute() };
    },
  );

  app.post(
    '/invitations',
    {
      schema: {
        tags,
        summary: 'Invite an agent or a partner (agents; roles: admins only)',
        body: InvitationBody,
        response: { 201: InvitationCreated, ...problems },
      },
    },
    async (request, reply) => {
      const member = requireAgent(request, 'admin');
      const created = await service.createInvitation(
        deps(request),
        { ...member.viewer, userId: member.user.id },
        member.user.name,
        request.body,
      );
      return reply.code(201).send(created);
    },
  );

  const tokenParams = Type.Object({ token: Type.String({ minLength: 10, maxLength: 200 }) });

  app.get(
    '/invitations/:token',
    {
      config: limited,
      schema: {
        tags,
        summary: 'What an invitation is for',
        params: tokenParams,
        response: { 200: InvitationPreview, ...problems },
      },
    },
    async (request) => service.previewInvitation(deps(request), request.params.token),
  );

  app.post(
    '/invitations/:token/accept',
    {
      config: limited,
      schema: {
        tags,
        summary: 'Accept an invitation and create the account',
        params: tokenParams,
        body: AcceptInvitationBody,
        response: { 200: Me, ...problems },
      },
    },
    async (request, reply) => {
      const result = await service.acceptInvitation(deps(request), request.params.token, request.body, meta(request));
      if (request.auth) await deleteSession(app.database.db, request.auth.sessionId);
      setSessionCookie(app, reply, result.token);
      return presentMeForToken(app, request, reply, result.token);
    },
  );

  await app.register(totpRoutes, { prefix: '/totp' });
  await app.register(oidcRoutes, { prefix: '/oidc' });
}
