// The "me" presenter: what the web app and scripts learn about the current session, and nothing more.

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Me } from '../../common/schemas/auth.ts';
import { canEditContent } from '../access/editors.ts';
import { effectiveAudience } from '../access/viewer.ts';
import type { Role } from '../db/schema.ts';
import { issueCsrfToken } from './auth.plugin.ts';
import { mfaMandatory, mfaState } from './mfa.ts';
import { findSessionById, findSessionWithUser, type SessionUser } from './sessions.repo.ts';

export function presentMe(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  row: SessionUser | null,
): Me {
  const csrfToken = issueCsrfToken(app, request, reply, row ? row.session_id : null);
  const base = { csrfToken, oidcEnabled: Boolean(app.config.oidc) };
  if (!row)
    return {
      ...base,
      user: null,
      mfa: 'none',
      abilities: {
        invite: false,
        inviteRoles: false,
        editObservatory: false,
        editPortal: false,
        network: false,
        agent: false,
        moderate: false,
        audit: false,
      },
    };
  const roles = row.roles as Role[];
  const mfa = mfaState({ ...row, roles }, row.mfa_verified);
  const active = mfa === 'none' && effectiveAudience(row) !== 'visitor';
  const isAdmin = roles.includes('admin');
  return {
    ...base,
    mfa,
    user: {
      id: row.id,
      email: row.email,
      name: row.name,
      audience: row.audience,
      roles,
      lang: row.lang,
      organisation: { id: row.organisation_id, name: row.organisation_name, kind: row.organisation_kind },
      partnerExpiresAt: row.partner_expires_at ? row.partner_expires_at.toISOString() : null,
      totpEnabled: row.totp_enabled_at !== null,
      mfaMandatory: mfaMandatory({ ...row, roles }),
    },
    abilities: {
      invite: active && (row.audience === 'agent' || isAdmin),
      inviteRoles: active && isAdmin,
      editObservatory: active && canEditContent(row.audience, roles),
      editPortal: active && canEditContent(row.audience, roles),
      network: active,
      agent: active && row.audience === 'agent',
      moderate: active && row.audience === 'agent' && (roles.includes('moderator') || isAdmin),
      audit: active && row.audience === 'agent' && isAdmin,
    },
  };
}

/** "me" for a session just created (sign-in, invitation): the request still carries the old state. */
export async function presentMeForToken(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
) {
  const row = await findSessionWithUser(app.database.db, token);
  return presentMe(app, request, reply, row ?? null);
}

/** "me" read again from the database (after a change to the account or the session). */
export async function presentCurrentMe(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply) {
  if (!request.auth) return presentMe(app, request, reply, null);
  const row = await findSessionById(app.database.db, request.auth.sessionId);
  return presentMe(app, request, reply, row ?? null);
}
