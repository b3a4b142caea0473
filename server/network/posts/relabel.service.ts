// Changing the label of a post or comment. Raising: its author or a moderator of the space; the post's comments
// below the new label are raised with it (no comment sits below its post). Lowering: an explicit action with a
// reason, by the author or a moderator who can read the new label; never below the space (a post) or the post (a
// comment). Every change is audited in the same transaction; attachments follow their item's label.
import type { CommentView, PostView, RelabelBody } from '../../../common/schemas/network-posts.ts';
import { type AuditEntry, appendAudit } from '../../access/audit.ts';
import { type Label, validateLabel } from '../../access/labels.ts';
import type { Viewer } from '../../access/viewer.ts';
import { canWriteChild } from '../../access/write.ts';
import { AppError } from '../../errors.ts';
import { relabelAttachments } from '../attachments/index.ts';
import { assertNotSuspended } from '../core/context.ts';
import * as comments from './comments.repo.ts';
import { loadReadableComment, presentOneComment } from './comments.service.ts';
import {
  assertCanLowerItem,
  assertCanRaiseItem,
  commentLabelUnder,
  compareLabels,
  postLabelIn,
} from './posts.labels.ts';
import * as repo from './posts.repo.ts';
import { getPost, loadReadablePost, type PostsDeps } from './posts.service.ts';

const labelOf = (row: { level: number; tlp: string; compartment_id: string | null }): Label =>
  validateLabel({ level: row.level, tlp: row.tlp, compartmentId: row.compartment_id });

export async function relabelPost(deps: PostsDeps, viewer: Viewer, id: string, input: RelabelBody): Promise<PostView> {
  const { post, access } = await loadReadablePost(deps.db, viewer, id);
  const isAuthor = post.author_id !== null && post.author_id === viewer.userId;
  if (!isAuthor && !access.canModerate) throw new AppError('ERR_FORBIDDEN');
  await assertNotSuspended(deps.db, viewer, deps.lang);
  const next = postLabelIn(access.space, { level: input.level, tlp: input.tlp });
  const current = labelOf(post);
  const order = compareLabels(next, current);
  if (order === 0) return getPost(deps, viewer, post.id);
  const item = { type: 'post' as const, id: post.id, ...current };
  const options = { isAuthor, canModerate: access.canModerate, reason: input.reason, ip: deps.ip };
  const audit =
    order < 0 ? assertCanLowerItem(viewer, item, next, options) : assertCanRaiseItem(viewer, item, next, options);
  await deps.db.transaction().execute(async (tx) => {
    await repo.updatePostLabel(tx, post.id, next);
    await relabelAttachments(tx, { kind: 'post', id: post.id }, next);
    const entries: AuditEntry[] = [audit];
    if (order > 0) {
      for (const raised of await comments.raiseCommentsBelow(tx, post.id, next)) {
        await relabelAttachments(tx, { kind: 'comment', id: raised.id }, next);
        entries.push({
          action: 'label.raised',
          actorId: viewer.userId,
          objectType: 'comment',
          objectId: raised.id,
          details: { from: { level: raised.level, tlp: raised.tlp }, to: next, with: { post: post.id } },
          ip: deps.ip,
        });
      }
    }
    await appendAudit(tx, entries);
  });
  return getPost(deps, viewer, post.id);
}

export async function relabelComment(
  deps: PostsDeps,
  viewer: Viewer,
  id: string,
  input: RelabelBody,
): Promise<CommentView> {
  const readable = await loadReadableComment(deps.db, viewer, id);
  const { comment, post, access } = readable;
  const isAuthor = comment.author_id !== null && comment.author_id === viewer.userId;
  if (!isAuthor && !access.canModerate) throw new AppError('ERR_FORBIDDEN');
  await assertNotSuspended(deps.db, viewer, deps.lang);
  const next = commentLabelUnder(post, { level: input.level, tlp: input.tlp });
  if (!canWriteChild(labelOf(post), next)) throw new AppError('ERR_LEVEL_WRITE_DOWN');
  const current = labelOf(comment);
  const order = compareLabels(next, current);
  if (order === 0) return presentOneComment(deps, viewer, readable);
  const item = { type: 'comment' as const, id: comment.id, ...current };
  const options = { isAuthor, canModerate: access.canModerate, reason: input.reason, ip: deps.ip };
  const audit =
    order < 0 ? assertCanLowerItem(viewer, item, next, options) : assertCanRaiseItem(viewer, item, next, options);
  const updated = await deps.db.transaction().execute(async (tx) => {
    const row = await comments.updateCommentLabel(tx, comment.id, next);
    await relabelAttachments(tx, { kind: 'comment', id: comment.id }, next);
    await appendAudit(tx, audit);
    return row;
  });
  return presentOneComment(deps, viewer, { ...readable, comment: updated });
}
