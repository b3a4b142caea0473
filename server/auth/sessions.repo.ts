// Sessions in the database: the cookie carries a random token, the table only its SHA-256.
import { type Kysely, sql } from 'kysely';
import type { DB, SessionsTable } from '../db/schema.ts';
import { randomToken, sha256 } from './crypto.ts';

export type SessionMethod = SessionsTable['method'];

export interface NewSession {
  userId: string;
  method: SessionMethod;
  mfaVerified: boolean;
  days: number;
  ip: string | null;
  userAgent: string | null;
  idToken?: string | null;
}

export async function createSession(db: Kysely<DB>, s: NewSession): Promise<{ token: string; id: string }> {
  const token = randomToken(32);
  const id = sha256(token);
  await db
    .insertInto('sessions')
    .values({
      id,
      user_id: s.userId,
      method: s.method,
      mfa_verified: s.mfaVerified,
      expires_at: new Date(Date.now() + s.days * 86_400_000),
      ip: s.ip,
      user_agent: s.userAgent?.slice(0, 300) ?? null,
      id_token: s.idToken ?? null,
    })
    .execute();
  return { token, id };
}

export const findSessionWithUser = (db: Kysely<DB>, token: string) => findSessionById(db, sha256(token));

export async function findSessionById(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select([
      's.id as session_id',
      's.mfa_verified',
      's.method',
      's.last_seen_at',
      's.id_token',
      'u.id',
      'u.email',
      'u.name',
      'u.audience',
      'u.roles',
      'u.lang',
      'u.active',
      'u.email_verified_at',
      'u.partner_expires_at',
      'u.totp_enabled_at',
      'u.mfa_exempt',
      'u.organisation_id',
      'o.name as organisation_name',
      'o.kind as organisation_kind',
      // The compartments the viewer will belong to (named, or through the agent team), read in the same round
      // trip: every signed-in request needs them. buildViewer drops them when the account reads as a visitor.
      sql<string[]>`ARRAY(SELECT cm.compartment_id FROM compartment_members AS cm
        WHERE cm.user_id = u.id OR (u.audience = 'agent' AND cm.organisation_id = u.organisation_id))::text[]`.as(
        'compartment_ids',
      ),
    ])
    .where('s.id', '=', id)
    .where('s.expires_at', '>', new Date())
    .executeTakeFirst();
}

export type SessionUser = NonNullable<Awaited<ReturnType<typeof findSessionById>>>;

export async function touchSession(db: Kysely<DB>, id: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: new Date() }).where('id', '=', id).execute();
}

export async function markSessionMfaVerified(db: Kysely<DB>, id: string): Promise<void> {
  await db.updateTable('sessions').set({ mfa_verified: true }).where('id', '=', id).execute();
}

export async function deleteSession(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteUserSessions(db: Kysely<DB>, userId: string, exceptId?: string): Promise<number> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptId) q = q.where('id', '<>', exceptId);
  const result = await q.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function listUserSessions(db: Kysely<DB>, userId: string) {
  return db
    .selectFrom('sessions')
    .select(['id', 'created_at', 'last_seen_at', 'method', 'user_agent', 'ip'])
    .where('user_id', '=', userId)
    .where('expires_at', '>', new Date())
    .orderBy('last_seen_at', 'desc')
    .execute();
}
