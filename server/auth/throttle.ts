// Back-off on repeated failures (sign-in per address, TOTP per account): refuses while a key is locked.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { lockState } from './users.repo.ts';

export async function assertNotLocked(db: Kysely<DB>, key: string): Promise<void> {
  const lock = await lockState(db, key);
  if (lock?.locked_until && lock.locked_until > new Date()) {
    const seconds = Math.ceil((lock.locked_until.getTime() - Date.now()) / 1000);
    throw new AppError('ERR_ACCOUNT_LOCKED', {
      params: { minutes: Math.ceil(seconds / 60) },
      headers: { 'retry-after': String(seconds) },
    });
  }
}
