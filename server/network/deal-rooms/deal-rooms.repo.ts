// Deal rooms, SQL only: the compartment, space, project and company rows, the viewer's rooms, and the overlap
// (conflict) queries. Members live in deal-rooms.members.repo.ts. Callers check access first.
import { type Kysely, sql } from 'kysely';
import { visibleTo } from '../../access/policy.ts';
import type { Viewer } from '../../access/viewer.ts';
import type { DB } from '../../db/schema.ts';

type Db = Kysely<DB>;

export interface RoomInsert {
  id?: string;
  name: string;
  description: string;
  project: string;
  companyId: string;
  sector: string;
  country: string;
  consortium: boolean;
  requestId: string | null;
  createdBy: string;
}

/** The compartment, its space (level 3 AMBER in itself), the project row and the lead company. */
export async function insertRoom(db: Db, room: RoomInsert): Promise<string> {
  const { id } = await db
    .insertInto('compartments')
    .values({ kind: 'deal_room', name: room.name, created_by: room.createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('net_spaces')
    .values({
      id,
      kind: 'deal_room',
      name: room.name,
      description: room.description,
      country: room.country,
      sector: room.sector,
      level: 3,
      tlp: 'AMBER',
      compartment_id: id,
      default_level: 3,
      default_tlp: 'AMBER',
      membership: 'invitation',
      created_by: room.createdBy,
    })
    .execute();
  await db
    .insertInto('net_deal_rooms')
    .values({
      id,
      company_id: room.companyId,
      project: room.project,
      sector: room.sector,
      country: room.country,
      consortium: room.consortium,
      request_id: room.requestId,
      created_by: room.createdBy,
    })
    .execute();
  await insertCompany(db, id, room.companyId, room.createdBy);
  return id;
}

export async function insertCompany(db: Db, roomId: string, organisationId: string, addedBy: string): Promise<void> {
  await db
    .insertInto('net_deal_room_companies')
    .values({ room_id: roomId, organisation_id: organisationId, added_by: addedBy })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export interface RoomRow {
  id: string;
  name: string;
  description: string;
  project: string;
  sector: string;
  country: string;
  consortium: boolean;
  status: 'open' | 'closed';
  request_id: string | null;
  company_id: string;
  created_at: Date;
  level: number;
  tlp: string;
  compartment_id: string;
}

function roomQuery(db: Db) {
  return db
    .selectFrom('net_deal_rooms as r')
    .innerJoin('net_spaces as s', 's.id', 'r.id')
    .select([
      'r.id',
      's.name',
      's.description',
      'r.project',
      'r.sector',
      'r.country',
      'r.consortium',
      'r.status',
      'r.request_id',
      'r.company_id',
      'r.created_at',
      's.level',
      's.tlp',
      's.compartment_id',
    ])
    .$narrowType<{ compartment_id: string }>();
}

/** The room if the viewer may read its space label (a member of its compartment), else undefined. */
export async function findVisibleRoom(db: Db, viewer: Viewer, id: string): Promise<RoomRow | undefined> {
  return roomQuery(db)
    .where('r.id', '=', id)
    .where(visibleTo(viewer, { level: 's.level', compartmentId: 's.compartment_id' }))
    .executeTakeFirst();
}

/** The viewer's rooms, newest first (only those whose label they read: there is no "all rooms" view). */
export async function listVisibleRooms(
  db: Db,
  viewer: Viewer,
  page: { limit: number; offset: number; status?: 'open' | 'closed' },
): Promise<{ rows: RoomRow[]; total: number }> {
  let base = roomQuery(db).where(visibleTo(viewer, { level: 's.level', compartmentId: 's.compartment_id' }));
  if (page.status) base = base.where('r.status', '=', page.status);
  const rows = await base
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const count = await db
    .selectFrom('net_deal_rooms as r')
    .innerJoin('net_spaces as s', 's.id', 'r.id')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where(visibleTo(viewer, { level: 's.level', compartmentId: 's.compartment_id' }))
    .$if(page.status !== undefined, (q) => q.where('r.status', '=', page.status!))
    .executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}

export async function updateRoom(
  db: Db,
  id: string,
  patch: { name?: string; description?: string; project?: string; status?: 'open' | 'closed' },
): Promise<void> {
  if (patch.name !== undefined || patch.description !== undefined) {
    await db
      .updateTable('net_spaces')
      .set({
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.description !== undefined ? { description: patch.description } : {}),
      })
      .where('id', '=', id)
      .execute();
  }
  if (patch.name !== undefined) {
    await db.updateTable('compartments').set({ name: patch.name }).where('id', '=', id).execute();
  }
  if (patch.project !== undefined || patch.status !== undefined) {
    await db
      .updateTable('net_deal_rooms')
      .set({
        ...(patch.project !== undefined ? { project: patch.project } : {}),
        ...(patch.status !== undefined ? { status: patch.status } : {}),
      })
      .where('id', '=', id)
      .execute();
  }
}

export async function roomCompanies(db: Db, roomIds: readonly string[]) {
  if (roomIds.length === 0) return [];
  return db
    .selectFrom('net_deal_room_companies as c')
    .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
    .select(['c.room_id', 'o.id', 'o.name', 'c.added_at'])
    .where('c.room_id', 'in', [...roomIds])
    .orderBy('c.added_at')
    .orderBy('o.name')
    .execute();
}

export async function memberCounts(db: Db, roomIds: readonly string[]): Promise<Map<string, number>> {
  if (roomIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('compartment_members')
    .select(['compartment_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('compartment_id', 'in', [...roomIds])
    .where('user_id', 'is not', null)
    .groupBy('compartment_id')
    .execute();
  return new Map(rows.map((r) => [r.compartment_id, Number(r.n)]));
}

export interface Overlap {
  kind: 'deal_room' | 'request';
  id: string;
  label: string;
}

/** Other deal rooms and front-office requests of `organisationId` in the same sector and target country. */
export async function findOverlaps(
  db: Db,
  organisationId: string,
  sector: string,
  country: string,
  except: { roomId: string; requestId: string | null },
): Promise<Overlap[]> {
  const exceptRoomId = except.roomId;
  const rooms = await db
    .selectFrom('net_deal_room_companies as c')
    .innerJoin('net_deal_rooms as r', 'r.id', 'c.room_id')
    .innerJoin('net_spaces as s', 's.id', 'r.id')
    .select(['r.id', 's.name'])
    .where('c.organisation_id', '=', organisationId)
    .where('r.sector', '=', sector)
    .where('r.country', '=', country)
    .where('r.id', '<>', exceptRoomId)
    .where('r.status', '=', 'open')
    .execute();
  const requests = await db
    .selectFrom('portal_support_requests as q')
    .select(['q.id', 'q.reference'])
    .where('q.organisation_id', '=', organisationId)
    .where('q.sector', '=', sector)
    .where(sql<boolean>`${country} = ANY(q.countries)`)
    .where('q.status', '<>', 'closed')
    .where((eb) => eb.or([eb('q.deal_room_id', 'is', null), eb('q.deal_room_id', '<>', exceptRoomId)]))
    .$if(except.requestId !== null, (q) => q.where('q.id', '<>', except.requestId!))
    .execute();
  return [
    ...rooms.map((r) => ({ kind: 'deal_room' as const, id: r.id, label: r.name })),
    ...requests.map((r) => ({ kind: 'request' as const, id: r.id, label: r.reference })),
  ];
}

/** Whether the viewer reads the front-office request the room was opened from (its id is shown only then). */
export async function canReadRequest(db: Db, viewer: Viewer, requestId: string): Promise<boolean> {
  const row = await db
    .selectFrom('portal_support_requests as q')
    .select('q.id')
    .where('q.id', '=', requestId)
    .where(visibleTo(viewer, { level: 'q.level', compartmentId: 'q.compartment_id' }))
    .executeTakeFirst();
  return row !== undefined;
}
