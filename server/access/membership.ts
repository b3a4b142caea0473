// Compartment membership as the in-memory predicate sees it, read from the same rows the SQL fragment
// checks (compartment_members): named users, plus agent teams for agents only. Builds viewers.
import type { Kysely } from 'kysely';
import type { DB, Role } from '../db/schema.ts';
import { type AccountState, effectiveAudience, type Viewer, type ViewerAudience, visitor } from './viewer.ts';

export interface CompartmentSubject {
  userId: string | null;
  organisationId: string | null;
  audience: ViewerAudience;
}

/** The compartments a subject belongs to now: by name, or through their organisation's agent team. */
export async function loadCompartmentIds(db: Kysely<DB>, subject: CompartmentSubject): Promise<Set<string>> {
  const [ids] = await loadCompartmentIdsForMany(db, [subject]);
  return ids!;
}

/** The same for many subjects in one query (fan-out of live events, tests); results in input order. */
export async function loadCompartmentIdsForMany(
  db: Kysely<DB>,
  subjects: readonly CompartmentSubject[],
): Promise<Set<string>[]> {
  // Visitors (including deactivated, unverified and expired accounts) belong to nothing.
  const signedIn = subjects.filter((s) => s.audience !== 'visitor' && s.userId !== null);
  const userIds = [...new Set(signedIn.map((s) => s.userId!))];
  const teamIds = [
    ...new Set(
      signedIn.filter((s) => s.audience === 'agent' && s.organisationId !== null).map((s) => s.organisationId!),
    ),
  ];
  const rows =
    userIds.length === 0
      ? []
      : await db
          .selectFrom('compartment_members')
          .select(['compartment_id', 'user_id', 'organisation_id'])
          .where((eb) =>
            teamIds.length === 0
              ? eb('user_id', 'in', userIds)
              : eb.or([eb('user_id', 'in', userIds), eb('organisation_id', 'in', teamIds)]),
          )
          .execute();
  return subjects.map((s) => {
    const ids = new Set<string>();
    if (s.audience === 'visitor' || s.userId === null) return ids;
    const team = s.audience === 'agent' ? s.organisationId : null;
    for (const row of rows) {
      if (row.user_id === s.userId || (team !== null && row.organisation_id === team)) ids.add(row.compartment_id);
    }
    return ids;
  });
}

export interface ViewerAccount extends AccountState {
  id: string;
  organisation_id: string;
  roles: readonly Role[];
  /** Already read with the account (the session query does): saves a round trip. */
  compartment_ids?: readonly string[];
}

/** The viewer for a signed-in account; an account that reads as a visitor gets exactly the anonymous viewer. */
export async function buildViewer(db: Kysely<DB>, account: ViewerAccount, now: Date = new Date()): Promise<Viewer> {
  const audience = effectiveAudience(account, now);
  if (audience === 'visitor') return { ...visitor, compartmentIds: new Set() };
  const subject = { userId: account.id, organisationId: account.organisation_id, audience };
  const compartmentIds = account.compartment_ids
    ? new Set(account.compartment_ids)
    : await loadCompartmentIds(db, subject);
  return { ...subject, roles: [...account.roles], compartmentIds };
}
