// Passwords: argon2id (OWASP parameters), a length-based policy, and constant work for unknown accounts.
import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../errors.ts';

// algorithm 2 is Argon2id (a const enum in the typings, which isolated modules cannot import).
const options = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string): Promise<string> => hash(password, options);

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  // Without a hash (unknown account, SSO-only account) the same work is done, so timing reveals nothing.
  const target = passwordHash ?? (await dummyHash);
  const ok = await verify(target, password).catch(() => false);
  return ok && passwordHash !== null;
}

const dummyHash = hash('not-a-real-password-for-timing', options);

/** At least 12 characters, not the e-mail address or its local part (NIST SP 800-63B: length over rules). */
export function assertPasswordPolicy(password: string, email: string): void {
  const lower = password.toLowerCase();
  const local = email.split('@')[0] ?? email;
  if (
    [...password].length < 12 ||
    lower.includes(email.toLowerCase()) ||
    (local.length >= 4 && lower.includes(local.toLowerCase())) ||
    /^(.)\1+$/.test(password)
  ) {
    throw new AppError('ERR_WEAK_PASSWORD', { fieldErrors: [{ field: 'password', message: 'too weak' }] });
  }
}
