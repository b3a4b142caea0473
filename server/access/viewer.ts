// The viewer: who is reading, as the access policy sees them. Audience is derived from the account, never declared.
import type { Audience, Role } from '../db/schema.ts';

export type ViewerAudience = 'visitor' | Audience;

export interface Viewer {
  userId: string | null;
  organisationId: string | null;
  audience: ViewerAudience;
  roles: readonly Role[];
  /** Compartments the viewer belongs to, by name or through their agent team. */
  compartmentIds: ReadonlySet<string>;
}

export const visitor: Viewer = Object.freeze({
  userId: null,
  organisationId: null,
  audience: 'visitor',
  roles: [],
  compartmentIds: new Set<string>(),
});

export interface AccountState {
  audience: Audience;
  active: boolean;
  email_verified_at: Date | null;
  partner_expires_at: Date | null;
}

/** A deactivated, unverified or expired account reads as a visitor. */
export function effectiveAudience(account: AccountState, now: Date = new Date()): ViewerAudience {
  if (!account.active || !account.email_verified_at) return 'visitor';
  if (account.audience === 'partner' && (!account.partner_expires_at || account.partner_expires_at <= now)) {
    return 'visitor';
  }
  return account.audience;
}
