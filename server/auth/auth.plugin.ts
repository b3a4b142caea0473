// Reads the session cookie (only when there is one), derives the viewer, and enforces CSRF on every
// state-changing /api request. Public requests without a cookie cost nothing here.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { MfaState } from '../../common/schemas/auth.ts';
import { buildViewer } from '../access/membership.ts';
import { effectiveAudience, type Viewer, visitor } from '../access/viewer.ts';
import type { Config } from '../config.ts';
import type { Role } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { randomToken } from './crypto.ts';
import { csrfToken, csrfValid } from './csrf.ts';
import { mfaState } from './mfa.ts';
import { findSessionWithUser, type SessionUser, touchSession } from './sessions.repo.ts';

export interface AuthState {
  user: SessionUser;
  sessionId: string;
  mfa: MfaState;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthState | null;
    csrfSeed: string | null;
  }
  interface FastifyContextConfig {
    /**
     * Set false on the rare state-changing route that must work without a CSRF token; 'signed-in' on public forms:
     * the token is required only from a signed-in session (a visitor has no ambient authority to abuse).
     */
    csrf?: boolean | 'signed-in';
  }
}

export const cookieNames = (config: Config) => {
  const secure = config.publicUrl.startsWith('https:');
  return {
    secure,
    session: secure ? '__Host-diplomatie_session' : 'diplomatie_session',
    csrf: secure ? '__Host-diplomatie_csrf' : 'diplomatie_csrf',
    oidc: secure ? '__Host-diplomatie_oidc' : 'diplomatie_oidc',
  };
};

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const authPlugin = fp(
  async (app: FastifyInstance) => {
    const names = cookieNames(app.config);
    const publicOrigin = new URL(app.config.publicUrl).origin;
    app.decorateRequest('viewer', null as unknown as Viewer);
    app.decorateRequest('auth', null);
    app.decorateRequest('sessionId', null);
    app.decorateRequest('csrfSeed', null);

    async function loadSession(request: FastifyRequest, header: string): Promise<void> {
      const cookies = app.parseCookie(header);
      request.csrfSeed = cookies[names.csrf] ?? null;
      const token = cookies[names.session];
      if (!token) return;
      const row = await findSessionWithUser(app.database.db, token);
      if (!row) return;
      // A deactivated account, or a partner whose access expired, is signed out at once.
      const audience = effectiveAudience(row);
      if (audience === 'visitor') return;
      const mfa = mfaState({ ...row, roles: row.roles as Role[] }, row.mfa_verified);
      request.auth = { user: row, sessionId: row.session_id, mfa };
      request.sessionId = row.session_id;
      if (mfa === 'none') request.viewer = await buildViewer(app.database.db, { ...row, roles: row.roles as Role[] });
      if (Date.now() - row.last_seen_at.getTime() > 60_000) await touchSession(app.database.db, row.session_id);
    }

    // Requests without our cookies (public reads) take the synchronous path: no promise, no query.
    app.addHook('onRequest', (request, _reply, done) => {
      request.viewer = visitor;
      const header = request.headers.cookie;
      if (!header?.includes('diplomatie_')) return done();
      loadSession(request, header).then(() => done(), done);
    });

    app.addHook('preHandler', (request, _reply, done) => {
      if (!unsafeMethods.has(request.method) || !request.url.startsWith('/api/')) return done();
      const mode = request.routeOptions.config?.csrf;
      if (mode === false) return done();
      const origin = request.headers.origin;
      if (origin && origin !== publicOrigin && origin !== `${request.protocol}://${request.host}`) {
        return done(new AppError('ERR_CSRF'));
      }
      if (mode === 'signed-in' && !request.auth) return done();
      const binding = request.auth?.sessionId ?? request.csrfSeed;
      const given = request.headers['x-csrf-token'];
      if (!binding || !csrfValid(app.config.secret, binding, Array.isArray(given) ? given[0] : given)) {
        return done(new AppError('ERR_CSRF'));
      }
      done();
    });
  },
  { name: 'auth', dependencies: ['errors'] },
);

/** The CSRF token for this request's binding, creating the pre-session cookie when needed. */
export function issueCsrfToken(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  sessionId?: string | null,
): string {
  const binding = sessionId === undefined ? (request.auth?.sessionId ?? null) : sessionId;
  if (binding) return csrfToken(app.config.secret, binding);
  let seed = request.csrfSeed;
  if (!seed) {
    seed = randomToken(18);
    request.csrfSeed = seed;
    const names = cookieNames(app.config);
    reply.setCookie(names.csrf, seed, { path: '/', httpOnly: true, sameSite: 'lax', secure: names.secure });
  }
  return csrfToken(app.config.secret, seed);
}

export function setSessionCookie(app: FastifyInstance, reply: FastifyReply, token: string): void {
  const names = cookieNames(app.config);
  reply.setCookie(names.session, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: names.secure,
    maxAge: app.config.auth.sessionDays * 86_400,
  });
}

export function clearSessionCookie(app: FastifyInstance, reply: FastifyReply): void {
  const names = cookieNames(app.config);
  reply.clearCookie(names.session, { path: '/', httpOnly: true, sameSite: 'lax', secure: names.secure });
}

/** A signed-in session, second factor done unless `allowPendingMfa`. */
export function requireAuth(request: FastifyRequest, options: { allowPendingMfa?: boolean } = {}): AuthState {
  const auth = request.auth;
  if (!auth) throw new AppError('ERR_UNAUTHENTICATED');
  if (!options.allowPendingMfa) {
    if (auth.mfa === 'required') throw new AppError('ERR_MFA_REQUIRED');
    if (auth.mfa === 'enrolment_required') throw new AppError('ERR_MFA_ENROLMENT_REQUIRED');
  }
  return auth;
}

/** A member whose account is active (verified, not deactivated, partner not expired). */
export function requireMember(request: FastifyRequest): AuthState & { viewer: Viewer } {
  const auth = requireAuth(request);
  if (request.viewer.audience === 'visitor') throw new AppError('ERR_ACCOUNT_INACTIVE');
  return { ...auth, viewer: request.viewer };
}

export function requireAgent(request: FastifyRequest, role?: Role) {
  const member = requireMember(request);
  const isAgent = member.viewer.audience === 'agent';
  const hasRole = role ? member.viewer.roles.includes(role) : false;
  if (!isAgent && !hasRole) throw new AppError('ERR_FORBIDDEN');
  return member;
}
