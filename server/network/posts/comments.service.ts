// Comments under a post: each one carries its own label, never below its post's (no write-down), and is shown to
// a viewer only if that label allows it; hidden ones only to their author and moderators; level-3 reads audited.
import type {
  CommentCreateBody,
  CommentPatchBody,
  CommentQuery,
  CommentStream,
  CommentView,
} from '../../../common/schemas/network-posts.ts';
import { appendAudit, recordRestrictedReads } from '../../access/audit.ts';
import { validateLabel } from '../../access/labels.ts';
import { canRead } from '../../access/policy.ts';
import type { Viewer } from '../../access/viewer.ts';
import { assertCanCreate } from '../../access/write.ts';
import { selectSets } from '../../db/json-sets.ts';
import { AppError, notFound } from '../../errors.ts';
import { attachmentsOf, attachmentsQuery, attachTo } from '../attachments/index.ts';
import { activeSuspensionQuery, assertNotSuspended, assertUuid, type SpaceAccess } from '../core/context.ts';
import { mentionedUserIds, renderMarkdown } from '../core/markdown.ts';
import { notify } from '../core/notify.ts';
import { decodeCursor, encodeCursor } from '../core/present.ts';
import * as comments from './comments.repo.ts';
import { commentLabelUnder } from './posts.labels.ts';
import { type Decor, presentComment } from './posts.present.ts';
import * as repo from './posts.repo.ts';
import {
  assertBody,
  assertCanWriteIn,
  assertNoMarkings,
  loadReadablePost,
  notifyMentions,
  type PostsDeps,
} from './posts.service.ts';

export interface ReadableComment {
  comment: comments.CommentRow;
  post: repo.PostRow;
  access: SpaceAccess;
}

/** The comment as `viewer` may read it (its label, its post, its space, the hidden rule), or 404. */
export async function loadReadableComment(db: repo.Db, viewer: Viewer, id: string): Promise<ReadableComment> {
  assertUuid(id);
  const comment = await comments.selectComment(db, id);
  if (!comment || !canRead(viewer, { level: comment.level, compartmentId: comment.compartment_id })) throw notFound();
  const { post, access } = await loadReadablePost(db, viewer, comment.post_id);
  if (comment.hidden_at !== null && comment.author_id !== viewer.userId && !access.canModerate) throw notFound();
  return { comment, post, access };
}

async function decorateComments(
  deps: PostsDeps,
  viewer: Viewer,
  rows: readonly comments.CommentRow[],
  access: SpaceAccess,
): Promise<Decor> {
  // One statement, one round trip (as for posts).
  const sets = await selectSets(deps.db, {
    authors: repo.memberRefsQuery(
      deps.db,
      rows.map((row) => row.author_id),
    ),
    spaces: repo.spaceFactsQuery(deps.db, [access.space.id]),
    attachments: attachmentsQuery(deps.db, viewer, { kind: 'comment', ids: rows.map((row) => row.id) }),
    suspension: activeSuspensionQuery(deps.db, viewer.userId),
  });
  return {
    lang: deps.lang,
    authors: repo.memberRefsOf(sets.authors),
    spaces: repo.spaceFactsOf(sets.spaces),
    attachments: attachmentsOf(sets.attachments),
    suspended: viewer.userId === null || sets.suspension.length > 0,
    moderates: () => access.canModerate,
    takesPart: () => access.isMember,
  };
}

function auditRestrictedComments(deps: PostsDeps, viewer: Viewer, rows: readonly comments.CommentRow[]) {
  return recordRestrictedReads(
    deps.db,
    viewer,
    rows.map((row) => ({ type: 'comment', id: row.id, level: row.level, compartmentId: row.compartment_id })),
    deps.ip,
  );
}

export async function listComments(
  deps: PostsDeps,
  viewer: Viewer,
  postId: string,
  query: CommentQuery,
): Promise<CommentStream> {
  const { post, access } = await loadReadablePost(deps.db, viewer, postId);
  const after = decodeCursor(query.after);
  const limit = query.limit ?? 50;
  const rows = await comments.selectComments(deps.db, viewer, post.id, {
    after,
    limit: limit + 1,
    canModerate: access.canModerate,
  });
  const page = rows.slice(0, limit);
  const decor = await decorateComments(deps, viewer, page, access);
  await auditRestrictedComments(deps, viewer, page);
  const last = page.at(-1);
  return {
    items: page.map((row) => presentComment(viewer, row, post, decor)),
    nextCursor: rows.length > limit && last ? encodeCursor(last.created_at, last.id) : null,
  };
}

export async function presentOneComment(
  deps: PostsDeps,
  viewer: Viewer,
  readable: ReadableComment,
): Promise<CommentView> {
  const decor = await decorateComments(deps, viewer, [readable.comment], readable.access);
  return presentComment(viewer, readable.comment, readable.post, decor);
}

export async function createComment(
  deps: PostsDeps,
  viewer: Viewer,
  postId: string,
  input: CommentCreateBody,
): Promise<CommentView> {
  const { post, access } = await loadReadablePost(deps.db, viewer, postId);
  await assertCanWriteIn(deps, viewer, access);
  if (post.hidden_at !== null) throw new AppError('ERR_FORBIDDEN');
  assertBody(input.body);
  assertNoMarkings(input.body);
  const postLabel = validateLabel({ level: post.level, tlp: post.tlp, compartmentId: post.compartment_id });
  const label = assertCanCreate(viewer, commentLabelUnder(post, input.label), postLabel);
  const comment = await deps.db.transaction().execute(async (tx) => {
    const row = await comments.insertComment(tx, {
      postId: post.id,
      spaceId: post.space_id,
      authorId: viewer.userId!,
      body: input.body,
      bodyHtml: renderMarkdown(input.body),
      label,
    });
    if (input.attachmentIds && input.attachmentIds.length > 0) {
      await attachTo(tx, viewer, input.attachmentIds, {
        kind: 'comment',
        id: row.id,
        spaceId: post.space_id,
        level: label.level,
        tlp: label.tlp,
        compartmentId: label.compartmentId,
      });
    }
    return row;
  });
  const object = {
    type: 'comment' as const,
    id: comment.id,
    level: comment.level,
    compartmentId: comment.compartment_id,
  };
  const mentioned = mentionedUserIds(input.body);
  await notifyMentions(deps, viewer, input.body, object);
  // The post's author hears of the comment if they can read it (and was not already told by a mention).
  if (post.author_id !== null && !mentioned.includes(post.author_id)) {
    await notify(deps.db, { recipients: [post.author_id], kind: 'comment', actorId: viewer.userId, object });
  }
  return presentOneComment(deps, viewer, { comment, post, access });
}

export async function updateComment(
  deps: PostsDeps,
  viewer: Viewer,
  id: string,
  input: CommentPatchBody,
): Promise<CommentView> {
  const readable = await loadReadableComment(deps.db, viewer, id);
  const { comment } = readable;
  if (comment.author_id === null || comment.author_id !== viewer.userId) throw new AppError('ERR_FORBIDDEN');
  await assertNotSuspended(deps.db, viewer, deps.lang);
  assertBody(input.body);
  assertNoMarkings(input.body);
  const updated = await comments.updateCommentText(deps.db, comment.id, {
    body: input.body,
    bodyHtml: renderMarkdown(input.body),
  });
  await notifyMentions(
    deps,
    viewer,
    input.body,
    { type: 'comment', id: comment.id, level: comment.level, compartmentId: comment.compartment_id },
    mentionedUserIds(comment.body),
  );
  return presentOneComment(deps, viewer, { ...readable, comment: updated });
}

export async function deleteComment(deps: PostsDeps, viewer: Viewer, id: string): Promise<void> {
  const { comment, access } = await loadReadableComment(deps.db, viewer, id);
  const author = comment.author_id !== null && comment.author_id === viewer.userId;
  if (!author && !access.canModerate) throw new AppError('ERR_FORBIDDEN');
  await deps.db.transaction().execute(async (tx) => {
    await comments.deleteComment(tx, comment.id);
    if (!author) {
      await appendAudit(tx, {
        action: 'content.deleted',
        actorId: viewer.userId,
        objectType: 'comment',
        objectId: comment.id,
        details: { postId: comment.post_id, spaceId: comment.space_id, authorId: comment.author_id },
        ip: deps.ip,
      });
    }
  });
}
