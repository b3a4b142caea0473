// SQL of accounts: users, organisations, one-use e-mail tokens, invitations, sign-in throttling.
import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.ts';
import { randomToken, sha256 } from './crypto.ts';

export const findUserByEmail = (db: Kysely<DB>, email: string) =>
  db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();

export const findUserById = (db: Kysely<DB>, id: string) =>
  db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();

export const findOrganisation = (db: Kysely<DB>, id: string) =>
  db.selectFrom('organisations').select(['id', 'name', 'kind']).where('id', '=', id).executeTakeFirst();

export async function createEmailToken(
  db: Kysely<DB>,
  userId: string,
  purpose: 'verify_email' | 'reset_password',
  ttlMs: number,
): Promise<string> {
  const token = randomToken(32);
  await db
    .insertInto('email_tokens')
    .values({ token_hash: sha256(token), user_id: userId, purpose, expires_at: new Date(Date.now() + ttlMs) })
    .execute();
  return token;
}

/** Marks a valid token used and returns its user, atomically; undefined if unknown, used or expired. */
export async function consumeEmailToken(db: Kysely<DB>, token: string, purpose: 'verify_email' | 'reset_password') {
  return db
    .updateTable('email_tokens')
    .set({ used_at: new Date() })
    .where('token_hash', '=', sha256(token))
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', new Date())
    .returning('user_id')
    .executeTakeFirst();
}

export async function lockState(db: Kysely<DB>, email: string) {
  return db
    .selectFrom('login_throttle')
    .select(['failures', 'locked_until'])
    .where('email', '=', email)
    .executeTakeFirst();
}

/** Five failures are free; then each failure locks the address for 1, 2, 4 ... up to 60 minutes. */
export async function recordLoginFailure(db: Kysely<DB>, email: string): Promise<void> {
  await sql`
    INSERT INTO login_throttle AS t (email, failures, updated_at) VALUES (${email}, 1, now())
    ON CONFLICT (email) DO UPDATE SET
      failures = t.failures + 1,
      updated_at = now(),
      locked_until = CASE WHEN t.failures + 1 >= 5
        THEN now() + make_interval(mins => least(60, power(2, t.failures + 1 - 5)::int))
        ELSE t.locked_until END`.execute(db);
}

export async function clearLoginFailures(db: Kysely<DB>, email: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('email', '=', email).execute();
}
