// Spaces: the communities a viewer may know of (their own label decides: a level-2 space does not exist for
// companies and partners), one space (a deal room too, for its members), creating a community (agents) and
// changing it (its owner and moderator agents, global moderators): raising the level is allowed, lowering is an
// explicit, audited action with a reason; archiving keeps a space readable and stops new posts.
import type { Kysely } from 'kysely';
import type { Lang } from '../../../common/errors.ts';
import type {
  SpaceCreateBody,
  SpaceList,
  SpaceListQuery,
  SpacePatchBody,
  SpaceView,
} from '../../../common/schemas/network-spaces.ts';
import { type AuditEntry, appendAudit, recordRestrictedReads } from '../../access/audit.ts';
import { defaultTlp, isLevel, LEVEL_NAMES, type Level, viewerLevel } from '../../access/labels.ts';
import { findClassificationMarking } from '../../access/markings.ts';
import type { Viewer } from '../../access/viewer.ts';
import type { DB } from '../../db/schema.ts';
import { AppError, notFound } from '../../errors.ts';
import { assertNotSuspended, assertUuid, isAgent, type NetworkDeps } from '../core/context.ts';
import { presentMemberRef } from '../core/present.ts';
import * as memberRepo from './spaces.members.repo.ts';
import { presentSpace, standing } from './spaces.present.ts';
import * as repo from './spaces.repo.ts';

export type SpacesDeps = Pick<NetworkDeps, 'db' | 'lang' | 'ip'>;

/** Lower-case words of letters and digits, accents removed (the SQL folds again with unaccent). */
export function queryWords(text: string): string[] {
  const plain = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const words = (plain.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8).map((w) => w.slice(0, 50));
  const long = words.filter((w) => w.length >= 2);
  return long.length > 0 ? long : words;
}

/** A free-text field without classification marking (422 naming the marking and the field). */
export function checkText(field: string, text: string | undefined): void {
  const marking = findClassificationMarking(text);
  if (marking !== null) {
    throw new AppError('ERR_CLASSIFIED_MARKING', { params: { marking }, fieldErrors: [{ field, message: marking }] });
  }
}

const invalid = (field: string, message: string) =>
  new AppError('ERR_VALIDATION', { fieldErrors: [{ field, message }] });

function defaultBelowLevel(): AppError {
  return new AppError('ERR_INVALID_LABEL', {
    params: {
      reason:
        'le niveau par défaut des publications ne peut pas être inférieur à celui de l’espace / ' +
        'the default level of posts cannot be below the space’s level',
    },
  });
}

export async function listSpaces(deps: SpacesDeps, viewer: Viewer, query: SpaceListQuery): Promise<SpaceList> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const text = query.q?.trim() ? query.q.trim().slice(0, 200) : null;
  const { rows, total } = await repo.listSpaces(
    deps.db,
    viewer,
    {
      text,
      words: text === null ? [] : queryWords(text),
      ...(query.kind ? { kind: query.kind } : {}),
      ...(query.country ? { country: query.country } : {}),
      ...(query.sector ? { sector: query.sector } : {}),
      ...(query.mine ? { mine: true } : {}),
      ...(query.state ? { state: query.state } : {}),
      ...(query.archived !== undefined ? { archived: query.archived } : {}),
    },
    { limit: pageSize, offset: (page - 1) * pageSize },
  );
  return { items: rows.map((row) => presentSpace(viewer, row, deps.lang)), total, page, pageSize };
}

/** The space if the viewer may know of it (its own label), else the one 404 of unknown and malformed ids. */
export async function visibleSpaceRow(db: Kysely<DB>, viewer: Viewer, id: string): Promise<repo.SpaceRow> {
  assertUuid(id);
  const row = await repo.selectSpace(db, viewer, id);
  if (!row) throw notFound();
  return row;
}

async function presentView(
  db: Kysely<DB>,
  viewer: Viewer,
  row: repo.SpaceRow,
  lang: Lang,
  ip: string | null,
): Promise<SpaceView> {
  const room = row.kind === 'deal_room' ? await repo.roomFacts(db, row.id) : undefined;
  if (row.kind === 'deal_room') {
    await recordRestrictedReads(
      db,
      viewer,
      [{ type: 'deal_room', id: row.id, level: row.level, compartmentId: row.id }],
      ip,
    );
  }
  const st = standing(viewer, row);
  const [creator, pending] = await Promise.all([
    memberRepo.visibleUser(db, viewer, row.created_by),
    st.canModerate && row.kind !== 'deal_room' ? memberRepo.pendingRequestCount(db, row.id) : Promise.resolve(null),
  ]);
  return {
    ...presentSpace(viewer, row, lang, room),
    archivedAt: row.archived_at ? row.archived_at.toISOString() : null,
    createdBy: creator ? presentMemberRef(creator) : null,
    pendingRequests: pending,
  };
}

export async function getSpace(deps: SpacesDeps, viewer: Viewer, id: string): Promise<SpaceView> {
  const row = await visibleSpaceRow(deps.db, viewer, id);
  return presentView(deps.db, viewer, row, deps.lang, deps.ip);
}

export async function createSpace(deps: SpacesDeps, viewer: Viewer, body: SpaceCreateBody): Promise<SpaceView> {
  if (!isAgent(viewer)) throw new AppError('ERR_FORBIDDEN');
  await assertNotSuspended(deps.db, viewer, deps.lang);
  const name = body.name.trim();
  if (name === '') throw invalid('name', 'the name is empty');
  const description = (body.description ?? '').trim();
  checkText('name', name);
  checkText('description', description);
  const country = body.country ?? null;
  const sector = body.sector ?? null;
  if (body.kind === 'country' && country === null) throw invalid('country', 'a country space needs its country');
  if (body.kind === 'sector' && sector === null) throw invalid('sector', 'a sector space needs its sector');
  const level = body.level as Level;
  const defaultLevel = (body.defaultLevel ?? level) as Level;
  if (defaultLevel < level) throw defaultBelowLevel();
  const actorId = viewer.userId!;
  const id = await deps.db.transaction().execute(async (tx) => {
    const spaceId = await repo.insertSpace(tx, {
      kind: body.kind,
      name,
      description,
      country,
      sector,
      level,
      tlp: defaultTlp(level),
      defaultLevel,
      defaultTlp: defaultTlp(defaultLevel),
      membership: body.membership ?? 'open',
      createdBy: actorId,
    });
    await memberRepo.insertMembership(tx, {
      spaceId,
      userId: actorId,
      role: 'owner',
      state: 'member',
      invitedBy: null,
    });
    const common = { actorId, objectType: 'space', objectId: spaceId, ip: deps.ip };
    await appendAudit(tx, [
      {
        ...common,
        action: 'space.created',
        details: { name, kind: body.kind, level, defaultLevel, membership: body.membership ?? 'open' },
      },
      { ...common, action: 'space.member.added', details: { userId: actorId, role: 'owner', via: 'created' } },
    ]);
    return spaceId;
  });
  return getSpace(deps, viewer, id);
}

/** Who may change a community: its owner and moderator agents, and global moderators (rooms: /deal-rooms). */
function assertCanEdit(viewer: Viewer, row: repo.SpaceRow): void {
  if (row.kind === 'deal_room' || !standing(viewer, row).canModerate) throw new AppError('ERR_FORBIDDEN');
}

export async function updateSpace(
  deps: SpacesDeps,
  viewer: Viewer,
  id: string,
  body: SpacePatchBody,
): Promise<SpaceView> {
  assertUuid(id);
  const updated = await deps.db.transaction().execute(async (tx) => {
    await repo.lockSpace(tx, id);
    const row = await visibleSpaceRow(tx, viewer, id);
    assertCanEdit(viewer, row);
    const actorId = viewer.userId;
    const audit: AuditEntry[] = [];
    const entry = (action: string, details: Record<string, unknown>): AuditEntry => ({
      action,
      actorId,
      objectType: 'space',
      objectId: row.id,
      details,
      ip: deps.ip,
    });
    const changes: Parameters<typeof repo.updateSpace>[2] = {};
    const fields: string[] = [];

    if (body.name !== undefined) {
      const name = body.name.trim();
      if (name === '') throw invalid('name', 'the name is empty');
      checkText('name', name);
      if (name !== row.name) {
        changes.name = name;
        fields.push('name');
      }
    }
    if (body.description !== undefined) {
      const description = body.description.trim();
      checkText('description', description);
      if (description !== row.description) {
        changes.description = description;
        fields.push('description');
      }
    }
    if (body.membership !== undefined && body.membership !== row.membership) {
      changes.membership = body.membership;
      fields.push('membership');
    }

    const level = (body.level ?? row.level) as Level;
    const reason = body.reason?.trim() ?? '';
    if (reason !== '') checkText('reason', reason);
    const defaultLevel = (body.defaultLevel ?? Math.max(row.default_level, level)) as Level;
    if (!isLevel(level) || !isLevel(defaultLevel) || defaultLevel < level) throw defaultBelowLevel();
    if (level < row.level && (body.lowerLevel !== true || reason === '')) {
      throw new AppError('ERR_SPACE_LEVEL_LOWERING', {
        fieldErrors: [{ field: 'reason', message: 'lowerLevel: true and a reason are required to lower the level' }],
      });
    }
    if (level !== row.level) {
      changes.level = level;
      changes.tlp = defaultTlp(level);
    }
    if (defaultLevel !== row.default_level) {
      changes.default_level = defaultLevel;
      changes.default_tlp = defaultTlp(defaultLevel);
      fields.push('defaultLevel');
    }
    if (body.archived === true && row.archived_at === null) changes.archived_at = new Date();
    if (body.archived === false && row.archived_at !== null) changes.archived_at = null;

    await repo.updateSpace(tx, row.id, changes);

    const from = { level: row.level, tlp: row.tlp };
    const to = { level, tlp: defaultTlp(level) };
    if (level < row.level) audit.push(entry('space.label.lowered', { from, to, reason }));
    if (level > row.level) audit.push(...(await raise(tx, viewer, row, level, reason, deps.ip)));
    if (fields.length > 0) {
      audit.push(
        entry('space.updated', {
          fields,
          ...(changes.membership ? { membership: { from: row.membership, to: changes.membership } } : {}),
          ...(changes.default_level !== undefined
            ? { defaultLevel: { from: row.default_level, to: changes.default_level } }
            : {}),
        }),
      );
    }
    if (changes.archived_at !== undefined) {
      audit.push(entry(changes.archived_at === null ? 'space.unarchived' : 'space.archived', {}));
    }
    await appendAudit(tx, audit);
    return visibleSpaceRow(tx, viewer, id);
  });
  return presentView(deps.db, viewer, updated, deps.lang, deps.ip);
}

/**
 * Raising a community's level: its posts, comments and attachments below the new level rise with it, and the
 * members whose audience cannot read the new level (companies and partners, for level 2) leave it. Returns the
 * audit entries of the change.
 */
async function raise(
  tx: Kysely<DB>,
  viewer: Viewer,
  row: repo.SpaceRow,
  level: Level,
  reason: string,
  ip: string | null,
): Promise<AuditEntry[]> {
  const to = { level, tlp: defaultTlp(level) };
  const raised = await repo.raiseContentBelow(tx, row.id, to);
  const memberships = await memberRepo.allMembershipUserIds(tx, row.id);
  const outsiders = memberships.filter((m) => viewerLevel(m.audience) < level);
  await memberRepo.deleteMemberships(
    tx,
    row.id,
    outsiders.map((m) => m.user_id),
  );
  const base = { actorId: viewer.userId, ip };
  const item = (type: 'post' | 'comment', r: { id: string; level: number; tlp: string }): AuditEntry => ({
    ...base,
    action: 'label.raised',
    objectType: type,
    objectId: r.id,
    details: { from: { level: r.level, tlp: r.tlp }, to, with: { space: row.id } },
  });
  return [
    {
      ...base,
      action: 'space.label.raised',
      objectType: 'space',
      objectId: row.id,
      details: {
        from: { level: row.level, tlp: row.tlp },
        to,
        ...(reason ? { reason } : {}),
        posts: raised.posts.length,
        comments: raised.comments.length,
        membersRemoved: outsiders.length,
      },
    },
    ...raised.posts.map((p) => item('post', p)),
    ...raised.comments.map((c) => item('comment', c)),
    ...outsiders.map(
      (m): AuditEntry => ({
        ...base,
        action: 'space.member.removed',
        objectType: 'space',
        objectId: row.id,
        details: { userId: m.user_id, role: m.role, state: m.state, via: 'label.raised', level },
      }),
    ),
  ];
}

/** The level's name in the request's language, for messages. */
export const levelName = (level: number, lang: Lang) => (isLevel(level) ? LEVEL_NAMES[level][lang] : String(level));
