// Who needs a second factor, and where a session stands with it.
import type { MfaState } from '../../common/schemas/auth.ts';
import type { Role } from '../db/schema.ts';

export interface MfaSubject {
  audience: string;
  roles: readonly Role[];
  mfa_exempt: boolean;
  totp_enabled_at: Date | null;
}

/** TOTP is mandatory for agents and admins, unless an operator exempted the account (`user create --no-2fa`). */
export const mfaMandatory = (u: MfaSubject): boolean =>
  (u.audience === 'agent' || u.roles.includes('admin')) && !u.mfa_exempt;

export function mfaState(u: MfaSubject, sessionVerified: boolean): MfaState {
  if (sessionVerified) return 'none';
  if (u.totp_enabled_at) return 'required';
  if (mfaMandatory(u)) return 'enrolment_required';
  return 'none';
}
