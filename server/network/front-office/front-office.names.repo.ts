// The front office's reads of names and timelines, SQL only: people (with their listing state and title),
// organisations, a file's members, and the request events the viewer may read (filtered with `visibleTo`).
import { type Kysely, sql } from 'kysely';
import { listedMember } from '../../access/directory.ts';
import { visibleTo } from '../../access/policy.ts';
import type { Viewer } from '../../access/viewer.ts';
import type { DB, RequestEventKind, RequestStatus } from '../../db/schema.ts';

type Db = Kysely<DB>;

// --- People and names -----------------------------------------------------------------------------------------

export interface PersonRow {
  id: string;
  name: string;
  audience: 'company' | 'partner' | 'agent';
  organisation_id: string;
  organisation: string;
  verified_at: Date | null;
  title: string;
  listed: boolean;
}

function people(db: Db) {
  return db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .leftJoin('net_profiles as p', 'p.user_id', 'u.id')
    .select([
      'u.id',
      'u.name',
      'u.audience',
      'u.organisation_id',
      'o.name as organisation',
      'p.verified_at',
      sql<string>`coalesce(p.title, '')`.as('title'),
      sql<boolean>`${listedMember('u')}`.as('listed'),
    ]);
}

export async function findPeople(db: Db, ids: readonly string[]): Promise<PersonRow[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  return people(db).where('u.id', 'in', unique).execute();
}

/** Listed members of organisations (agents, or agents and partners), by organisation then name. */
export async function membersOf(
  db: Db,
  organisationIds: readonly string[],
  audiences: readonly ('agent' | 'partner')[],
  limit: number,
): Promise<PersonRow[]> {
  if (organisationIds.length === 0) return [];
  return people(db)
    .where('u.organisation_id', 'in', [...new Set(organisationIds)])
    .where('u.audience', 'in', [...audiences])
    .where(listedMember('u'))
    .orderBy('u.name')
    .orderBy('u.id')
    .limit(limit)
    .execute();
}

/** Contacts of many organisations: their listed agents and partners, at most `perOrganisation` each, by name. */
export async function contactsOf(
  db: Db,
  organisationIds: readonly string[],
  perOrganisation: number,
): Promise<PersonRow[]> {
  if (organisationIds.length === 0) return [];
  const ranked = people(db)
    .select(sql<number>`row_number() OVER (PARTITION BY u.organisation_id ORDER BY u.name, u.id)`.as('rank'))
    .where('u.organisation_id', 'in', [...new Set(organisationIds)])
    .where('u.audience', 'in', ['agent', 'partner'])
    .where(listedMember('u'));
  const rows = await db
    .selectFrom(ranked.as('ranked'))
    .selectAll()
    .where('ranked.rank', '<=', perOrganisation)
    .orderBy('ranked.organisation_id')
    .orderBy('ranked.rank')
    .execute();
  return rows.map(({ rank: _rank, ...person }) => person);
}

export async function organisationNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The file's members: named users and agent teams. */
export async function fileMembers(
  db: Db,
  compartmentId: string,
): Promise<{ userIds: string[]; organisationIds: string[] }> {
  const rows = await db
    .selectFrom('compartment_members')
    .select(['user_id', 'organisation_id'])
    .where('compartment_id', '=', compartmentId)
    .execute();
  return {
    userIds: rows.flatMap((r) => (r.user_id ? [r.user_id] : [])),
    organisationIds: rows.flatMap((r) => (r.organisation_id ? [r.organisation_id] : [])),
  };
}

export async function dealRoomName(db: Db, id: string): Promise<string | undefined> {
  const row = await db.selectFrom('net_spaces').select('name').where('id', '=', id).executeTakeFirst();
  return row?.name;
}

// --- Timeline -------------------------------------------------------------------------------------------------

export interface EventRow {
  id: number;
  request_id: string;
  at: Date;
  actor_id: string | null;
  actor_name: string | null;
  kind: RequestEventKind;
  status: RequestStatus | null;
  details: Record<string, unknown>;
  body: string | null;
  level: number;
  tlp: string;
  compartment_id: string;
}

/** The events of some requests the viewer may read (level 2 ones reach agents of the file only), in order. */
export async function visibleEvents(
  db: Db,
  viewer: Viewer,
  requestIds: readonly string[],
  kinds?: readonly RequestEventKind[],
): Promise<EventRow[]> {
  if (requestIds.length === 0) return [];
  let query = db
    .selectFrom('net_request_events as e')
    .leftJoin('users as a', 'a.id', 'e.actor_id')
    .select([
      'e.id',
      'e.request_id',
      'e.at',
      'e.actor_id',
      'a.name as actor_name',
      'e.kind',
      'e.status',
      'e.details',
      'e.body',
      'e.level',
      'e.tlp',
      'e.compartment_id',
    ])
    .where('e.request_id', 'in', [...new Set(requestIds)])
    .where(visibleTo(viewer, { level: 'e.level', compartmentId: 'e.compartment_id' }));
  if (kinds) query = query.where('e.kind', 'in', [...kinds]);
  const rows = await query.orderBy('e.at').orderBy('e.id').execute();
  return rows.map((r) => ({
    ...r,
    id: Number(r.id),
    details: (typeof r.details === 'string' ? JSON.parse(r.details) : r.details) as Record<string, unknown>,
  }));
}
