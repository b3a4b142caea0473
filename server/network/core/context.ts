// What every network feature shares: its dependencies, the signed-in member, suspensions, and the space an item
// lives in as the viewer may see it (404 otherwise) with the viewer's role there.
import type { FastifyBaseLogger, FastifyInstance, FastifyRequest } from 'fastify';
import { type Kysely, type Selectable, type SqlBool, sql } from 'kysely';
import type { Lang } from '../../../common/errors.ts';
import { canRead } from '../../access/policy.ts';
import type { Viewer } from '../../access/viewer.ts';
import { requireMember } from '../../auth/auth.plugin.ts';
import type { Config } from '../../config.ts';
import type { DB, NetSpacesTable } from '../../db/schema.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { requestLang } from '../../plugins/lang.ts';

export type Executor = Kysely<DB>;

export interface NetworkDeps {
  db: Kysely<DB>;
  mailer: Mailer;
  log: FastifyBaseLogger;
  config: Config;
  lang: Lang;
  ip: string | null;
}

export function networkDeps(app: FastifyInstance, request: FastifyRequest): NetworkDeps {
  return {
    db: app.database.db,
    mailer: app.mailer,
    log: request.log,
    config: app.config,
    lang: requestLang(request),
    ip: request.ip ?? null,
  };
}

/** A signed-in, active member (401 signed out, 403 when the account reads as a visitor); sets no-store. */
export function requireNetworkMember(request: FastifyRequest): Viewer & { userId: string; organisationId: string } {
  const member = requireMember(request);
  return member.viewer as Viewer & { userId: string; organisationId: string };
}

export const isAgent = (viewer: Viewer) => viewer.audience === 'agent' && viewer.userId !== null;
/** The platform's moderators: agents with the moderator (or admin) role. */
export const isGlobalModerator = (viewer: Viewer) =>
  isAgent(viewer) && (viewer.roles.includes('moderator') || viewer.roles.includes('admin'));

/** Refuses writes (posts, comments, messages, reports, reactions) from a suspended member. */
/** The member's active suspension, newest first (none: no row): they read but may not write. */
export function activeSuspensionQuery(db: Executor, userId: string | null) {
  return db
    .selectFrom('net_suspensions')
    .select(['reason', 'until'])
    .where(sql<SqlBool>`user_id = ${userId}::uuid`)
    .where('lifted_at', 'is', null)
    .where((eb) => eb.or([eb('until', 'is', null), eb('until', '>', new Date())]))
    .orderBy('created_at', 'desc')
    .limit(1);
}

export async function assertNotSuspended(db: Executor, viewer: Viewer, lang: Lang = 'fr'): Promise<void> {
  if (viewer.userId === null) throw new AppError('ERR_UNAUTHENTICATED');
  const row = await activeSuspensionQuery(db, viewer.userId).executeTakeFirst();
  if (!row) return;
  const until = row.until
    ? lang === 'fr'
      ? ` jusqu’au ${row.until.toLocaleDateString('fr-FR')}`
      : ` until ${row.until.toISOString().slice(0, 10)}`
    : '';
  throw new AppError('ERR_SUSPENDED', { params: { reason: row.reason, until } });
}

export type SpaceRow = Selectable<NetSpacesTable>;
export type SpaceRoleName = 'owner' | 'moderator' | 'member';

export interface SpaceAccess {
  space: Omit<SpaceRow, 'search'>;
  /** The viewer's membership of a community (null for deal rooms: their members are the compartment's). */
  role: SpaceRoleName | null;
  state: 'member' | 'requested' | 'invited' | null;
  /** Takes part: a member of the community, or of the deal room's compartment. */
  isMember: boolean;
  /** May hide, restore and relabel others' items and manage members. */
  canModerate: boolean;
}

const spaceColumns = [
  'id',
  'kind',
  'name',
  'description',
  'country',
  'sector',
  'level',
  'tlp',
  'compartment_id',
  'default_level',
  'default_tlp',
  'membership',
  'created_by',
  'created_at',
  'archived_at',
] as const;

/**
 * The space (community or deal room) as `viewer` may see it, or 404 (unknown and hidden answer the same).
 * The space's own label decides: deal rooms are level 3 in their compartment.
 */
export async function findVisibleSpace(db: Executor, viewer: Viewer, spaceId: string): Promise<SpaceAccess> {
  if (!UUID.test(spaceId)) throw notFound();
  const space = await db.selectFrom('net_spaces').select(spaceColumns).where('id', '=', spaceId).executeTakeFirst();
  if (!space || !canRead(viewer, { level: space.level, compartmentId: space.compartment_id })) throw notFound();
  return spaceAccess(db, viewer, space);
}

/** The viewer's standing in a space they can see. */
export async function spaceAccess(db: Executor, viewer: Viewer, space: SpaceAccess['space']): Promise<SpaceAccess> {
  if (space.kind === 'deal_room') {
    const isMember = space.compartment_id !== null && viewer.compartmentIds.has(space.compartment_id);
    return { space, role: null, state: null, isMember, canModerate: isMember && isAgent(viewer) };
  }
  const membership =
    viewer.userId === null
      ? undefined
      : await db
          .selectFrom('net_space_members')
          .select(['role', 'state'])
          .where('space_id', '=', space.id)
          .where('user_id', '=', viewer.userId)
          .executeTakeFirst();
  const isMember = membership?.state === 'member';
  const spaceModerator = isMember && membership?.role !== 'member' && isAgent(viewer);
  return {
    space,
    role: membership?.role ?? null,
    state: membership?.state ?? null,
    isMember,
    canModerate: spaceModerator || isGlobalModerator(viewer),
  };
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** 404 for anything that is not a well-formed id, before it reaches SQL (a bad uuid would be a 500 there). */
export function assertUuid(id: string): void {
  if (!UUID.test(id)) throw notFound();
}
