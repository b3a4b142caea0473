// Posts in a space (community or deal room): the stream, writing, editing, deleting and reactions. Every item is
// read through the access policy; hidden ones only by their author and the space's moderators; level-3 reads audited.
import type { Reaction } from '../../../common/network-terms.ts';
import type {
  PostCreateBody,
  PostPatchBody,
  PostStream,
  PostView,
  ReactionSummary,
  StreamQuery,
} from '../../../common/schemas/network-posts.ts';
import { appendAudit, recordRestrictedReads } from '../../access/audit.ts';
import { assertNoClassificationMarking } from '../../access/markings.ts';
import { canRead } from '../../access/policy.ts';
import type { Viewer } from '../../access/viewer.ts';
import { assertCanCreate } from '../../access/write.ts';
import { selectSets } from '../../db/json-sets.ts';
import { AppError, notFound } from '../../errors.ts';
import { attachmentsOf, attachmentsQuery, attachTo } from '../attachments/index.ts';
import {
  activeSuspensionQuery,
  assertNotSuspended,
  assertUuid,
  findVisibleSpace,
  isGlobalModerator,
  type NetworkDeps,
  type SpaceAccess,
} from '../core/context.ts';
import { mentionedUserIds, renderMarkdown } from '../core/markdown.ts';
import { notify } from '../core/notify.ts';
import { decodeCursor, encodeCursor } from '../core/present.ts';
import { postLabelIn } from './posts.labels.ts';
import { type PostDecor, presentPost } from './posts.present.ts';
import * as repo from './posts.repo.ts';

export type PostsDeps = Pick<NetworkDeps, 'db' | 'lang' | 'ip'>;

/** At most this many members are notified of mentions in one item. */
const MAX_MENTIONS = 50;

export interface ReadablePost {
  post: repo.PostRow;
  access: SpaceAccess;
}

/** The post as `viewer` may read it (its label, its space, the hidden rule), or the same 404 as an unknown id. */
export async function loadReadablePost(db: repo.Db, viewer: Viewer, id: string): Promise<ReadablePost> {
  assertUuid(id);
  const post = await repo.selectPost(db, id);
  if (!post || !canRead(viewer, { level: post.level, compartmentId: post.compartment_id })) throw notFound();
  const access = await findVisibleSpace(db, viewer, post.space_id);
  if (post.hidden_at !== null && post.author_id !== viewer.userId && !access.canModerate) throw notFound();
  return { post, access };
}

/** Refuses writes in a space the viewer does not take part in, or that is archived, or while suspended. */
export async function assertCanWriteIn(deps: PostsDeps, viewer: Viewer, access: SpaceAccess): Promise<void> {
  if (!access.isMember) throw new AppError('ERR_NOT_SPACE_MEMBER');
  await assertNotSuspended(deps.db, viewer, deps.lang);
  if (access.space.archived_at !== null) throw new AppError('ERR_SPACE_ARCHIVED');
}

export function assertNoMarkings(...texts: (string | undefined)[]): void {
  for (const text of texts) assertNoClassificationMarking(text);
}

/** A Markdown body that is not only blanks. */
export function assertBody(body: string, field = 'body'): void {
  if (body.trim() === '') {
    throw new AppError('ERR_VALIDATION', { fieldErrors: [{ field, message: 'must not be blank' }] });
  }
}

export function auditRestrictedPosts(deps: PostsDeps, viewer: Viewer, rows: readonly repo.PostRow[]) {
  return recordRestrictedReads(
    deps.db,
    viewer,
    rows.map((row) => ({ type: 'post', id: row.id, level: row.level, compartmentId: row.compartment_id })),
    deps.ip,
  );
}

/** Everything a list of posts shows besides the rows: authors, spaces, reactions, counts, attachments. */
export async function decoratePosts(
  deps: PostsDeps,
  viewer: Viewer,
  rows: readonly repo.PostRow[],
  standing: { moderated: boolean | readonly string[]; takesPart: (spaceId: string) => boolean },
): Promise<PostDecor> {
  const ids = rows.map((row) => row.id);
  // One statement for every decoration: a round trip each would cost more than the lookups (PGlite above all).
  const sets = await selectSets(deps.db, {
    authors: repo.memberRefsQuery(
      deps.db,
      rows.map((row) => row.author_id),
    ),
    spaces: repo.spaceFactsQuery(
      deps.db,
      rows.map((row) => row.space_id),
    ),
    reactions: repo.reactionsQuery(deps.db, viewer.userId, ids),
    commentCounts: repo.commentCountsQuery(deps.db, viewer, ids, standing.moderated),
    attachments: attachmentsQuery(deps.db, viewer, { kind: 'post', ids }),
    suspension: activeSuspensionQuery(deps.db, viewer.userId),
  });
  const moderated = standing.moderated;
  return {
    lang: deps.lang,
    authors: repo.memberRefsOf(sets.authors),
    spaces: repo.spaceFactsOf(sets.spaces),
    reactions: repo.reactionsOf(sets.reactions),
    commentCounts: repo.commentCountsOf(sets.commentCounts),
    attachments: attachmentsOf(sets.attachments),
    suspended: viewer.userId === null || sets.suspension.length > 0,
    takesPart: standing.takesPart,
    moderates: (spaceId) => moderated === true || (Array.isArray(moderated) && moderated.includes(spaceId)),
  };
}

async function presentOne(deps: PostsDeps, viewer: Viewer, readable: ReadablePost): Promise<PostView> {
  const decor = await decoratePosts(deps, viewer, [readable.post], {
    moderated: readable.access.canModerate,
    takesPart: () => readable.access.isMember,
  });
  return presentPost(viewer, readable.post, decor);
}

export async function listSpacePosts(
  deps: PostsDeps,
  viewer: Viewer,
  spaceId: string,
  query: StreamQuery,
): Promise<PostStream> {
  const access = await findVisibleSpace(deps.db, viewer, spaceId);
  const before = decodeCursor(query.before);
  const limit = query.limit ?? 20;
  const rows = await repo.selectSpacePosts(deps.db, viewer, access.space.id, {
    before,
    limit: limit + 1,
    canModerate: access.canModerate,
  });
  const page = rows.slice(0, limit);
  const decor = await decoratePosts(deps, viewer, page, {
    moderated: access.canModerate,
    takesPart: () => access.isMember,
  });
  await auditRestrictedPosts(deps, viewer, page);
  const last = page.at(-1);
  return {
    items: page.map((row) => presentPost(viewer, row, decor)),
    nextCursor: rows.length > limit && last ? encodeCursor(last.created_at, last.id) : null,
  };
}

/** Notifies the members mentioned in `body` who can read the object (notify() checks each one). */
export async function notifyMentions(
  deps: PostsDeps,
  viewer: Viewer,
  body: string,
  object: { type: 'post' | 'comment'; id: string; level: number; compartmentId: string | null },
  already: readonly string[] = [],
): Promise<void> {
  const recipients = mentionedUserIds(body)
    .filter((id) => !already.includes(id))
    .slice(0, MAX_MENTIONS);
  if (recipients.length === 0) return;
  await notify(deps.db, { recipients, kind: 'mention', actorId: viewer.userId, object });
}

export async function createPost(
  deps: PostsDeps,
  viewer: Viewer,
  spaceId: string,
  input: PostCreateBody,
): Promise<PostView> {
  const access = await findVisibleSpace(deps.db, viewer, spaceId);
  await assertCanWriteIn(deps, viewer, access);
  const title = (input.title ?? '').trim();
  assertBody(input.body);
  assertNoMarkings(title, input.body);
  const label = assertCanCreate(viewer, postLabelIn(access.space, input.label));
  const post = await deps.db.transaction().execute(async (tx) => {
    const row = await repo.insertPost(tx, {
      spaceId: access.space.id,
      authorId: viewer.userId!,
      title,
      body: input.body,
      bodyHtml: renderMarkdown(input.body),
      level: label.level,
      tlp: label.tlp,
      compartmentId: label.compartmentId,
    });
    if (input.attachmentIds && input.attachmentIds.length > 0) {
      await attachTo(tx, viewer, input.attachmentIds, {
        kind: 'post',
        id: row.id,
        spaceId: access.space.id,
        level: label.level,
        tlp: label.tlp,
        compartmentId: label.compartmentId,
      });
    }
    return row;
  });
  await notifyMentions(deps, viewer, input.body, {
    type: 'post',
    id: post.id,
    level: post.level,
    compartmentId: post.compartment_id,
  });
  return presentOne(deps, viewer, { post, access });
}

export async function getPost(deps: PostsDeps, viewer: Viewer, id: string): Promise<PostView> {
  const readable = await loadReadablePost(deps.db, viewer, id);
  const view = await presentOne(deps, viewer, readable);
  await auditRestrictedPosts(deps, viewer, [readable.post]);
  return view;
}

export async function updatePost(deps: PostsDeps, viewer: Viewer, id: string, input: PostPatchBody): Promise<PostView> {
  const readable = await loadReadablePost(deps.db, viewer, id);
  const { post } = readable;
  if (post.author_id === null || post.author_id !== viewer.userId) throw new AppError('ERR_FORBIDDEN');
  await assertNotSuspended(deps.db, viewer, deps.lang);
  const title = input.title === undefined ? post.title : input.title.trim();
  const body = input.body ?? post.body;
  assertBody(body);
  assertNoMarkings(title, body);
  const updated = await repo.updatePostText(deps.db, post.id, { title, body, bodyHtml: renderMarkdown(body) });
  await notifyMentions(
    deps,
    viewer,
    body,
    { type: 'post', id: post.id, level: post.level, compartmentId: post.compartment_id },
    mentionedUserIds(post.body),
  );
  return presentOne(deps, viewer, { post: updated, access: readable.access });
}

export async function deletePost(deps: PostsDeps, viewer: Viewer, id: string): Promise<void> {
  const { post, access } = await loadReadablePost(deps.db, viewer, id);
  const author = post.author_id !== null && post.author_id === viewer.userId;
  if (!author && !access.canModerate) throw new AppError('ERR_FORBIDDEN');
  await deps.db.transaction().execute(async (tx) => {
    await repo.deletePost(tx, post.id);
    if (!author) {
      await appendAudit(tx, {
        action: 'content.deleted',
        actorId: viewer.userId,
        objectType: 'post',
        objectId: post.id,
        details: { spaceId: post.space_id, authorId: post.author_id, level: post.level },
        ip: deps.ip,
      });
    }
  });
}

export async function setReaction(
  deps: PostsDeps,
  viewer: Viewer,
  id: string,
  kind: Reaction,
  on: boolean,
): Promise<ReactionSummary> {
  const { post, access } = await loadReadablePost(deps.db, viewer, id);
  await assertCanWriteIn(deps, viewer, access);
  if (post.hidden_at !== null) throw new AppError('ERR_FORBIDDEN');
  if (on) {
    const added = await repo.insertReaction(deps.db, {
      postId: post.id,
      userId: viewer.userId!,
      kind,
      spaceId: post.space_id,
    });
    const authorId = post.author_id;
    if (added && authorId !== null && authorId !== viewer.userId) {
      if (!(await repo.reactionNotified(deps.db, authorId, viewer.userId!, post.id))) {
        await notify(deps.db, {
          recipients: [authorId],
          kind: 'reaction',
          actorId: viewer.userId,
          object: { type: 'post', id: post.id, level: post.level, compartmentId: post.compartment_id },
        });
      }
    }
  } else {
    await repo.deleteReaction(deps.db, post.id, viewer.userId!, kind);
  }
  const reactions = await repo.selectReactions(deps.db, viewer.userId, [post.id]);
  return reactions.get(post.id) ?? repo.emptyReactions();
}

/** Whether the viewer moderates every space (global moderators) — used by the feed. */
export const moderatesEverywhere = (viewer: Viewer) => isGlobalModerator(viewer);
