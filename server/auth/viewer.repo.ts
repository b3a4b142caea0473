// Compartment memberships of a viewer: by name, or through their agent team (agents of an organisation).
import type { Kysely } from 'kysely';
import type { ViewerAudience } from '../access/viewer.ts';
import type { DB } from '../db/schema.ts';

export async function loadCompartmentIds(
  db: Kysely<DB>,
  who: { userId: string; organisationId: string; audience: ViewerAudience },
): Promise<Set<string>> {
  const rows = await db
    .selectFrom('compartment_members')
    .select('compartment_id')
    .where((eb) =>
      who.audience === 'agent'
        ? eb.or([eb('user_id', '=', who.userId), eb('organisation_id', '=', who.organisationId)])
        : eb('user_id', '=', who.userId),
    )
    .execute();
  return new Set(rows.map((r) => r.compartment_id));
}
