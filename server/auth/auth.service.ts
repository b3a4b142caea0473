// Account rules: sign-up, e-mail verification, sign-in with back-off, password reset, invitations, profile.

import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Lang } from '../../common/errors.ts';
import type { InvitationBody } from '../../common/schemas/auth.ts';
import { appendAudit } from '../access/audit.ts';
import type { Viewer } from '../access/viewer.ts';
import type { Config } from '../config.ts';
import type { DB, OrganisationKind, Role } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { Mailer, OutgoingMail } from '../mail/mailer.ts';
import { randomToken, sha256 } from './crypto.ts';
import { accountExistsMail, invitationMail, resetMail, verificationMail } from './mails.ts';
import { assertPasswordPolicy, hashPassword, verifyPassword } from './passwords.ts';
import { createSession, deleteUserSessions } from './sessions.repo.ts';
import { assertNotLocked } from './throttle.ts';
import {
  clearLoginFailures,
  consumeEmailToken,
  createEmailToken,
  findOrganisation,
  findUserByEmail,
  recordLoginFailure,
} from './users.repo.ts';

export interface AuthDeps {
  db: Kysely<DB>;
  mailer: Mailer;
  config: Config;
  log: FastifyBaseLogger;
}

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

const HOUR = 3_600_000;
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** A mail that cannot be sent must not lose the user's data nor fail their request: it is logged. */
async function deliver(deps: AuthDeps, mail: OutgoingMail): Promise<void> {
  try {
    await deps.mailer.send(mail);
  } catch (err) {
    deps.log.error({ err, to: mail.to, subject: mail.subject }, 'e-mail could not be sent');
  }
}

const link = (deps: AuthDeps, pathname: string, token: string) =>
  `${deps.config.publicUrl}${pathname}?token=${encodeURIComponent(token)}`;

export async function signup(
  deps: AuthDeps,
  body: { email: string; password: string; name: string; organisationName: string; siren?: string; lang?: Lang },
  lang: Lang,
): Promise<void> {
  const email = normaliseEmail(body.email);
  const userLang = body.lang ?? lang;
  assertPasswordPolicy(body.password, email);
  if (body.siren && !luhnValid(body.siren)) {
    throw new AppError('ERR_VALIDATION', { fieldErrors: [{ field: 'siren', message: 'invalid SIREN (Luhn key)' }] });
  }
  const passwordHash = await hashPassword(body.password);
  const existing = await findUserByEmail(deps.db, email);
  if (existing) {
    // Same answer as a new sign-up: whether an address has an account is told only to its owner.
    await deliver(deps, accountExistsMail(existing.lang, email, `${deps.config.publicUrl}/mot-de-passe-oublie`));
    return;
  }
  const user = await deps.db.transaction().execute(async (tx) => {
    const org = await tx
      .insertInto('organisations')
      .values({
        name: body.organisationName.trim(),
        kind: 'company',
        siren: body.siren ?? null,
        siret: null,
        country: 'FR',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return tx
      .insertInto('users')
      .values({
        organisation_id: org.id,
        email,
        name: body.name.trim(),
        audience: 'company',
        password_hash: passwordHash,
        lang: userLang,
        totp_secret: null,
        oidc_subject: null,
      })
      .returning(['id', 'name'])
      .executeTakeFirstOrThrow();
  });
  const token = await createEmailToken(deps.db, user.id, 'verify_email', 48 * HOUR);
  await deliver(deps, verificationMail(userLang, email, user.name, link(deps, '/verifier-email', token)));
}

/** SIREN numbers carry a Luhn check digit. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export async function verifyEmail(deps: AuthDeps, token: string): Promise<void> {
  const consumed = await consumeEmailToken(deps.db, token, 'verify_email');
  if (!consumed) throw new AppError('ERR_INVALID_TOKEN');
  await deps.db
    .updateTable('users')
    .set({ email_verified_at: new Date() })
    .where('id', '=', consumed.user_id)
    .where('email_verified_at', 'is', null)
    .execute();
}

export async function resendVerification(deps: AuthDeps, rawEmail: string): Promise<void> {
  const user = await findUserByEmail(deps.db, normaliseEmail(rawEmail));
  if (!user || user.email_verified_at || !user.active) return;
  const token = await createEmailToken(deps.db, user.id, 'verify_email', 48 * HOUR);
  await deliver(deps, verificationMail(user.lang, user.email, user.name, link(deps, '/verifier-email', token)));
}

export async function login(
  deps: AuthDeps,
  body: { email: string; password: string },
  meta: RequestMeta,
): Promise<{ token: string; sessionId: string; userId: string }> {
  const email = normaliseEmail(body.email);
  await assertNotLocked(deps.db, email);
  const user = await findUserByEmail(deps.db, email);
  const ok = await verifyPassword(user?.password_hash ?? null, body.password);
  if (!user || !ok) {
    await recordLoginFailure(deps.db, email);
    if (user) await appendAudit(deps.db, { actorId: user.id, action: 'auth.login_failed', ip: meta.ip });
    throw new AppError('ERR_INVALID_CREDENTIALS');
  }
  await clearLoginFailures(deps.db, email);
  if (!user.email_verified_at) {
    await resendVerification(deps, email);
    throw new AppError('ERR_EMAIL_NOT_VERIFIED');
  }
  if (
    !user.active ||
    (user.audience === 'partner' && (!user.partner_expires_at || user.partner_expires_at <= new Date()))
  ) {
    throw new AppError('ERR_ACCOUNT_INACTIVE');
  }
  const session = await createSession(deps.db, {
    userId: user.id,
    method: 'password',
    mfaVerified: false,
    days: deps.config.auth.sessionDays,
    ...meta,
  });
  await appendAudit(deps.db, {
    actorId: user.id,
    action: 'auth.login',
    details: { method: 'password' },
    ip: meta.ip,
  });
  return { token: session.token, sessionId: session.id, userId: user.id };
}

export async function forgotPassword(deps: AuthDeps, rawEmail: string): Promise<void> {
  const user = await findUserByEmail(deps.db, normaliseEmail(rawEmail));
  if (!user?.active) return;
  const token = await createEmailToken(deps.db, user.id, 'reset_password', HOUR);
  await deliver(deps, resetMail(user.lang, user.email, user.name, link(deps, '/reinitialiser-mot-de-passe', token)));
}

export async function resetPassword(deps: AuthDeps, token: string, password: string, meta: RequestMeta): Promise<void> {
  const row = await deps.db
    .selectFrom('email_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .select(['u.id', 'u.email'])
    .where('t.token_hash', '=', sha256(token))
    .where('t.purpose', '=', 'reset_password')
    .where('t.used_at', 'is', null)
    .where('t.expires_at', '>', new Date())
    .executeTakeFirst();
  if (!row) throw new AppError('ERR_INVALID_TOKEN');
  assertPasswordPolicy(password, row.email);
  const passwordHash = await hashPassword(password);
  if (!(await consumeEmailToken(deps.db, token, 'reset_password'))) throw new AppError('ERR_INVALID_TOKEN');
  await deps.db
    .updateTable('users')
    .set((eb) => ({
      password_hash: passwordHash,
      email_verified_at: eb.fn.coalesce('email_verified_at', eb.val(new Date())),
    }))
    .where('id', '=', row.id)
    .execute();
  // A reset ends every open session: whoever knew the old password is signed out.
  await deleteUserSessions(deps.db, row.id);
  await clearLoginFailures(deps.db, row.email);
  await appendAudit(deps.db, { actorId: row.id, action: 'auth.password_reset', ip: meta.ip });
}

const agentOrganisationKinds: OrganisationKind[] = ['ministry', 'diplomatic_post', 'public_body'];

export async function createInvitation(
  deps: AuthDeps,
  inviter: Viewer & { userId: string },
  inviterName: string,
  body: InvitationBody,
): Promise<{ id: string; email: string; expiresAt: string }> {
  const email = normaliseEmail(body.email);
  const roles = (body.roles ?? []) as Role[];
  const isAdmin = inviter.roles.includes('admin');
  if (inviter.audience !== 'agent' && !isAdmin) throw new AppError('ERR_FORBIDDEN');
  if (roles.length > 0 && !isAdmin) throw new AppError('ERR_FORBIDDEN');
  if (roles.length > 0 && body.audience !== 'agent') {
    throw new AppError('ERR_VALIDATION', { fieldErrors: [{ field: 'roles', message: 'roles are for agents only' }] });
  }
  let partnerExpiresAt: Date | null = null;
  if (body.audience === 'partner') {
    const max = Date.now() + 3 * 365 * 86_400_000;
    partnerExpiresAt = body.partnerExpiresAt ? new Date(`${body.partnerExpiresAt}T23:59:59Z`) : null;
    if (
      !partnerExpiresAt ||
      Number.isNaN(partnerExpiresAt.getTime()) ||
      partnerExpiresAt.getTime() <= Date.now() ||
      partnerExpiresAt.getTime() > max
    ) {
      throw new AppError('ERR_VALIDATION', {
        fieldErrors: [{ field: 'partnerExpiresAt', message: 'a partner needs an expiry date within the next 3 years' }],
      });
    }
  }
  if (await findUserByEmail(deps.db, email)) {
    throw new AppError('ERR_CONFLICT', {
      fieldErrors: [{ field: 'email', message: 'this address already has an account' }],
    });
  }
  let organisation: { id: string; name: string; kind: OrganisationKind } | undefined;
  if (body.organisationId) {
    organisation = await findOrganisation(deps.db, body.organisationId);
    if (!organisation)
      throw new AppError('ERR_VALIDATION', {
        fieldErrors: [{ field: 'organisationId', message: 'unknown organisation' }],
      });
  } else if (body.organisation) {
    organisation = await deps.db
      .insertInto('organisations')
      .values({
        name: body.organisation.name.trim(),
        kind: body.organisation.kind,
        siren: null,
        siret: null,
        country: null,
      })
      .returning(['id', 'name', 'kind'])
      .executeTakeFirstOrThrow();
  } else {
    throw new AppError('ERR_VALIDATION', {
      fieldErrors: [{ field: 'organisationId', message: 'organisationId or organisation is required' }],
    });
  }
  if (body.audience === 'agent' && !agentOrganisationKinds.includes(organisation.kind)) {
    throw new AppError('ERR_VALIDATION', {
      fieldErrors: [
        { field: 'organisationId', message: 'agents belong to a ministry, a diplomatic post or a public body' },
      ],
    });
  }
  if (body.audience === 'partner' && organisation.kind === 'company') {
    throw new AppError('ERR_VALIDATION', {
      fieldErrors: [
        {
          field: 'organisationId',
          message: 'company members sign up themselves; partners belong to other organisations',
        },
      ],
    });
  }
  const token = randomToken(32);
  const expiresAt = new Date(Date.now() + 7 * 86_400_000);
  const invitation = await deps.db
    .insertInto('invitations')
    .values({
      token_hash: sha256(token),
      email,
      name: body.name ?? null,
      audience: body.audience,
      roles,
      organisation_id: organisation.id,
      partner_expires_at: partnerExpiresAt,
      invited_by: inviter.userId,
      expires_at: expiresAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await appendAudit(deps.db, {
    actorId: inviter.userId,
    action: 'auth.invitation_created',
    objectType: 'invitation',
    objectId: invitation.id,
    details: { email, audience: body.audience, roles, organisationId: organisation.id },
  });
  await deliver(
    deps,
    invitationMail(email, inviterName, organisation.name, body.audience, link(deps, '/invitation', token)),
  );
  return { id: invitation.id, email, expiresAt: expiresAt.toISOString() };
}

async function findOpenInvitation(deps: AuthDeps, token: string) {
  const row = await deps.db
    .selectFrom('invitations as i')
    .innerJoin('organisations as o', 'o.id', 'i.organisation_id')
    .innerJoin('users as u', 'u.id', 'i.invited_by')
    .select([
      'i.id',
      'i.email',
      'i.name',
      'i.audience',
      'i.roles',
      'i.partner_expires_at',
      'i.organisation_id',
      'o.name as organisation_name',
      'o.kind as organisation_kind',
      'u.name as invited_by_name',
    ])
    .where('i.token_hash', '=', sha256(token))
    .where('i.accepted_at', 'is', null)
    .where('i.revoked_at', 'is', null)
    .where('i.expires_at', '>', new Date())
    .executeTakeFirst();
  if (!row) throw new AppError('ERR_INVALID_TOKEN');
  return row;
}

export async function previewInvitation(deps: AuthDeps, token: string) {
  const row = await findOpenInvitation(deps, token);
  return {
    email: row.email,
    name: row.name,
    audience: row.audience,
    organisation: { id: row.organisation_id, name: row.organisation_name, kind: row.organisation_kind },
    invitedBy: row.invited_by_name,
    partnerExpiresAt: row.partner_expires_at ? row.partner_expires_at.toISOString() : null,
  };
}

export async function acceptInvitation(
  deps: AuthDeps,
  token: string,
  body: { name: string; password: string; lang?: Lang },
  meta: RequestMeta,
): Promise<{ token: string; sessionId: string }> {
  const invitation = await findOpenInvitation(deps, token);
  assertPasswordPolicy(body.password, invitation.email);
  const passwordHash = await hashPassword(body.password);
  if (await findUserByEmail(deps.db, invitation.email)) throw new AppError('ERR_CONFLICT');
  const userId = await deps.db.transaction().execute(async (tx) => {
    const taken = await tx
      .updateTable('invitations')
      .set({ accepted_at: new Date() })
      .where('id', '=', invitation.id)
      .where('accepted_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    if (!taken) throw new AppError('ERR_INVALID_TOKEN');
    const user = await tx
      .insertInto('users')
      .values({
        organisation_id: invitation.organisation_id,
        email: invitation.email,
        name: body.name.trim(),
        audience: invitation.audience,
        roles: invitation.roles as Role[],
        password_hash: passwordHash,
        email_verified_at: new Date(),
        partner_expires_at: invitation.partner_expires_at,
        lang: body.lang ?? 'fr',
        totp_secret: null,
        oidc_subject: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return user.id;
  });
  await appendAudit(deps.db, {
    actorId: userId,
    action: 'auth.invitation_accepted',
    objectType: 'invitation',
    objectId: invitation.id,
    ip: meta.ip,
  });
  const session = await createSession(deps.db, {
    userId,
    method: 'invitation',
    mfaVerified: false,
    days: deps.config.auth.sessionDays,
    ...meta,
  });
  return { token: session.token, sessionId: session.id };
}

export type SignupInput = Parameters<typeof signup>[1];
export type InvitationInput = InvitationBody;
