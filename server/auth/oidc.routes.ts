// /api/auth/oidc: "S'identifier avec ProConnect". Both routes are browser navigations: they answer with redirects,
// and a failed sign-in lands on /connexion?erreur=<code> (the web app shows the message for the code), never a 500.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Problem } from '../../common/schemas/problem.ts';
import { AppError } from '../errors.ts';
import { cookieNames, setSessionCookie } from './auth.plugin.ts';
import { sha256 } from './crypto.ts';
import {
  beginLogin,
  exchangeCode,
  OidcError,
  openTransaction,
  requireOidc,
  signInWithIdentity,
  TRANSACTION_TTL_SECONDS,
} from './oidc.service.ts';
import { deleteSession } from './sessions.repo.ts';

const Redirect = Type.Null({ description: 'Redirect (see the Location header)' });

export async function oidcRoutes(app: FastifyInstance) {
  const tags = ['auth'];
  const limited = { rateLimit: { max: app.config.auth.rateLimitPerMinute, timeWindow: '1 minute' } };
  const names = cookieNames(app.config);
  const transactionCookie = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: names.secure };

  const cookiesOf = (request: FastifyRequest) => app.parseCookie(request.headers.cookie ?? '');

  /** Logs why, clears the transaction, and sends the browser to the sign-in page with the error code. */
  function fail(request: FastifyRequest, reply: FastifyReply, err: unknown) {
    const code = err instanceof OidcError || err instanceof AppError ? err.code : 'ERR_OIDC_FAILED';
    if (err instanceof OidcError || err instanceof AppError) {
      const reason = err instanceof OidcError ? err.reason : err.message;
      const cause = err.cause instanceof Error ? err.cause.message : undefined;
      request.log.warn({ code, reason, cause }, 'ProConnect sign-in refused');
    } else {
      request.log.error({ err, code }, 'ProConnect sign-in failed');
    }
    reply.clearCookie(names.oidc, transactionCookie);
    return reply.redirect(`/connexion?erreur=${encodeURIComponent(code)}`, 302);
  }

  app.get(
    '/login',
    {
      config: limited,
      attachValidation: true,
      schema: {
        tags,
        summary: 'Start signing in with ProConnect (redirects to the provider)',
        querystring: Type.Object({
          returnTo: Type.Optional(Type.String({ description: 'A local path to come back to (default /compte)' })),
        }),
        response: { 302: Redirect, 404: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      requireOidc(app.config);
      try {
        const returnTo = request.validationError ? undefined : (request.query as { returnTo?: string }).returnTo;
        const { url, sealed } = await beginLogin(app.config, returnTo);
        reply.setCookie(names.oidc, sealed, { ...transactionCookie, maxAge: TRANSACTION_TTL_SECONDS });
        return reply.redirect(url, 302);
      } catch (err) {
        return fail(request, reply, err);
      }
    },
  );

  app.get(
    '/callback',
    {
      config: limited,
      attachValidation: true,
      schema: {
        tags,
        summary: 'Where ProConnect sends the browser back (redirects into the app)',
        querystring: Type.Object({
          code: Type.Optional(Type.String()),
          state: Type.Optional(Type.String()),
          iss: Type.Optional(Type.String()),
          error: Type.Optional(Type.String()),
          error_description: Type.Optional(Type.String()),
        }),
        response: { 302: Redirect, 429: Problem },
      },
    },
    async (request, reply) => {
      try {
        requireOidc(app.config);
        if (request.validationError)
          throw new OidcError('ERR_OIDC_FAILED', `malformed answer: ${request.validationError.message}`);
        const cookies = cookiesOf(request);
        const tx = openTransaction(app.config.secret, cookies[names.oidc]);
        const { identity, idToken } = await exchangeCode(app.config, tx, request.query as Record<string, unknown>);
        const signedIn = await signInWithIdentity(
          { db: app.database.db, config: app.config, log: request.log },
          identity,
          idToken,
          tx.returnTo,
          { ip: request.ip ?? null, userAgent: request.headers['user-agent'] ?? null },
        );
        // Rotation: whatever session this browser had before ends here.
        const previous = cookies[names.session];
        if (previous) await deleteSession(app.database.db, sha256(previous));
        reply.clearCookie(names.oidc, transactionCookie);
        setSessionCookie(app, reply, signedIn.token);
        request.log.info({ userId: signedIn.userId, idp: identity.idpId }, 'signed in with ProConnect');
        return reply.redirect(signedIn.location, 302);
      } catch (err) {
        return fail(request, reply, err);
      }
    },
  );
}
