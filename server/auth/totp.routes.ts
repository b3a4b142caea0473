// /api/auth/totp: enrolment, verification at sign-in (code or recovery code), disabling, new recovery codes.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  Me,
  RecoveryCodes,
  TotpCodeBody,
  TotpDisableBody,
  TotpSetup,
  TotpVerifyBody,
} from '../../common/schemas/auth.ts';
import { Problem } from '../../common/schemas/problem.ts';
import { appendAudit } from '../access/audit.ts';
import type { Role } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { type AuthState, issueCsrfToken, requireAuth, setSessionCookie } from './auth.plugin.ts';
import { seal, unseal } from './crypto.ts';
import { presentMeForToken } from './me.ts';
import { mfaMandatory } from './mfa.ts';
import { verifyPassword } from './passwords.ts';
import { createSession, deleteSession } from './sessions.repo.ts';
import { assertNotLocked } from './throttle.ts';
import { hashRecoveryCode, matchTotp, newRecoveryCodes, newTotpSecret, qrSvg, totpFor } from './totp.ts';
import { clearLoginFailures, findUserById, recordLoginFailure } from './users.repo.ts';

const problems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 429: Problem };
const SEAL = 'totp';

export async function totpRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const db = app.database.db;
  const tags = ['auth'];
  const limited = { rateLimit: { max: app.config.auth.rateLimitPerMinute, timeWindow: '1 minute' } };

  async function loadUser(auth: AuthState) {
    const user = await findUserById(db, auth.user.id);
    if (!user) throw new AppError('ERR_UNAUTHENTICATED');
    return user;
  }

  /** Checks a code against the enabled secret, refusing a code already used (replay) and backing off on failures. */
  async function checkCode(userId: string, sealedSecret: string, lastStep: number | null, code: string): Promise<void> {
    const key = `totp:${userId}`;
    await assertNotLocked(db, key);
    const step = matchTotp(unseal(app.config.secret, SEAL, sealedSecret), code);
    if (step === null || (lastStep !== null && step <= lastStep)) {
      await recordLoginFailure(db, key);
      throw new AppError('ERR_INVALID_TOTP', { fieldErrors: [{ field: 'code', message: 'invalid code' }] });
    }
    await clearLoginFailures(db, key);
    await db.updateTable('users').set({ totp_last_step: step }).where('id', '=', userId).execute();
  }

  async function replaceRecoveryCodes(userId: string): Promise<string[]> {
    const codes = newRecoveryCodes();
    await db.transaction().execute(async (tx) => {
      await tx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
      await tx
        .insertInto('recovery_codes')
        .values(codes.map((c) => ({ user_id: userId, code_hash: hashRecoveryCode(c) })))
        .execute();
    });
    return codes;
  }

  /** The second factor was given: the session is replaced by a new, verified one. */
  async function upgradeSession(request: FastifyRequest, auth: AuthState) {
    const session = await createSession(db, {
      userId: auth.user.id,
      method: auth.user.method,
      mfaVerified: true,
      days: app.config.auth.sessionDays,
      ip: request.ip ?? null,
      userAgent: request.headers['user-agent'] ?? null,
      idToken: auth.user.id_token,
    });
    await deleteSession(db, auth.sessionId);
    return session;
  }

  app.post(
    '/setup',
    {
      schema: {
        tags,
        summary: 'Start TOTP enrolment: a new secret and its QR code',
        response: { 200: TotpSetup, ...problems },
      },
    },
    async (request) => {
      const auth = requireAuth(request, { allowPendingMfa: true });
      if (auth.mfa === 'required') throw new AppError('ERR_MFA_REQUIRED');
      const user = await loadUser(auth);
      if (user.totp_enabled_at) throw new AppError('ERR_MFA_ALREADY_ENABLED');
      const secret = newTotpSecret();
      await db
        .updateTable('users')
        .set({ totp_pending_secret: seal(app.config.secret, SEAL, secret) })
        .where('id', '=', user.id)
        .execute();
      const uri = totpFor(secret, user.email).toString();
      return { secret, otpauthUri: uri, qrSvg: await qrSvg(uri) };
    },
  );

  app.post(
    '/enable',
    {
      config: limited,
      schema: {
        tags,
        summary: 'Finish enrolment with a first code; returns the recovery codes once',
        body: TotpCodeBody,
        response: { 200: RecoveryCodes, ...problems },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request, { allowPendingMfa: true });
      if (auth.mfa === 'required') throw new AppError('ERR_MFA_REQUIRED');
      const user = await loadUser(auth);
      if (user.totp_enabled_at) throw new AppError('ERR_MFA_ALREADY_ENABLED');
      if (!user.totp_pending_secret) throw new AppError('ERR_CONFLICT');
      await checkCode(user.id, user.totp_pending_secret, null, request.body.code);
      await db
        .updateTable('users')
        .set({ totp_secret: user.totp_pending_secret, totp_pending_secret: null, totp_enabled_at: new Date() })
        .where('id', '=', user.id)
        .execute();
      const recoveryCodes = await replaceRecoveryCodes(user.id);
      await appendAudit(db, { actorId: user.id, action: 'auth.totp_enabled', ip: request.ip });
      let sessionId = auth.sessionId;
      if (!auth.user.mfa_verified) {
        const session = await upgradeSession(request, auth);
        setSessionCookie(app, reply, session.token);
        sessionId = session.id;
      }
      return { recoveryCodes, csrfToken: issueCsrfToken(app, request, reply, sessionId) };
    },
  );

  app.post(
    '/verify',
    {
      config: limited,
      schema: {
        tags,
        summary: 'Give the second factor at sign-in (a TOTP code or a recovery code)',
        body: TotpVerifyBody,
        response: { 200: Me, ...problems },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request, { allowPendingMfa: true });
      const body = request.body;
      if (auth.mfa !== 'required') throw new AppError('ERR_CONFLICT');
      const user = await loadUser(auth);
      if (!user.totp_secret) throw new AppError('ERR_CONFLICT');
      if (body.code) {
        await checkCode(user.id, user.totp_secret, user.totp_last_step, body.code);
      } else if (body.recoveryCode) {
        const used = await db
          .updateTable('recovery_codes')
          .set({ used_at: new Date() })
          .where('user_id', '=', user.id)
          .where('code_hash', '=', hashRecoveryCode(body.recoveryCode))
          .where('used_at', 'is', null)
          .returning('code_hash')
          .executeTakeFirst();
        if (!used) {
          await recordLoginFailure(db, `totp:${user.id}`);
          throw new AppError('ERR_INVALID_TOTP', { fieldErrors: [{ field: 'recoveryCode', message: 'invalid code' }] });
        }
        await appendAudit(db, { actorId: user.id, action: 'auth.recovery_code_used', ip: request.ip });
      } else {
        throw new AppError('ERR_VALIDATION', {
          fieldErrors: [{ field: 'code', message: 'code or recoveryCode is required' }],
        });
      }
      const session = await upgradeSession(request, auth);
      setSessionCookie(app, reply, session.token);
      return presentMeForToken(app, request, reply, session.token);
    },
  );

  app.post(
    '/disable',
    {
      config: limited,
      schema: {
        tags,
        summary: 'Turn TOTP off (not allowed where it is mandatory)',
        body: TotpDisableBody,
        response: { 200: Type.Object({ status: Type.String() }), ...problems },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const user = await loadUser(auth);
      if (mfaMandatory({ ...user, roles: user.roles as Role[] })) throw new AppError('ERR_MFA_MANDATORY');
      if (!user.totp_secret) throw new AppError('ERR_CONFLICT');
      const body = request.body;
      if (!(await verifyPassword(user.password_hash, body.password))) throw new AppError('ERR_INVALID_CREDENTIALS');
      await checkCode(user.id, user.totp_secret, user.totp_last_step, body.code);
      await db
        .updateTable('users')
        .set({ totp_secret: null, totp_enabled_at: null, totp_last_step: null, totp_pending_secret: null })
        .where('id', '=', user.id)
        .execute();
      await db.deleteFrom('recovery_codes').where('user_id', '=', user.id).execute();
      await appendAudit(db, { actorId: user.id, action: 'auth.totp_disabled', ip: request.ip });
      return { status: 'disabled' };
    },
  );

  app.post(
    '/recovery-codes',
    {
      config: limited,
      schema: {
        tags,
        summary: 'Replace your recovery codes (needs a current code)',
        body: TotpCodeBody,
        response: { 200: RecoveryCodes, ...problems },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const user = await loadUser(auth);
      if (!user.totp_secret) throw new AppError('ERR_CONFLICT');
      await checkCode(user.id, user.totp_secret, user.totp_last_step, request.body.code);
      const recoveryCodes = await replaceRecoveryCodes(user.id);
      await appendAudit(db, { actorId: user.id, action: 'auth.recovery_codes_replaced', ip: request.ip });
      return { recoveryCodes, csrfToken: issueCsrfToken(app, request, reply) };
    },
  );
}
