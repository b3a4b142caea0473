// The item a report or a moderation action is about, read through the posts feature's own rules (its space, its
// label, the hidden rule), so moderation never sees more than the posts pages show.
import type { Viewer } from '../../access/viewer.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Executor, SpaceAccess } from '../core/context.ts';
import { loadReadableComment } from '../posts/comments.service.ts';
import { loadReadablePost } from '../posts/posts.service.ts';
import type { TargetType } from './moderation.repo.ts';

export interface Target {
  type: TargetType;
  id: string;
  postId: string;
  authorId: string | null;
  level: number;
  tlp: string;
  compartmentId: string | null;
  hiddenAt: Date | null;
  access: SpaceAccess;
}

/** The post or comment as the viewer may read it, or the 404 of an unknown id. */
export async function loadReadableTarget(db: Executor, viewer: Viewer, type: TargetType, id: string): Promise<Target> {
  if (type === 'post') {
    const { post, access } = await loadReadablePost(db, viewer, id);
    return {
      type,
      id: post.id,
      postId: post.id,
      authorId: post.author_id,
      level: post.level,
      tlp: post.tlp,
      compartmentId: post.compartment_id,
      hiddenAt: post.hidden_at,
      access,
    };
  }
  const { comment, access } = await loadReadableComment(db, viewer, id);
  return {
    type,
    id: comment.id,
    postId: comment.post_id,
    authorId: comment.author_id,
    level: comment.level,
    tlp: comment.tlp,
    compartmentId: comment.compartment_id,
    hiddenAt: comment.hidden_at,
    access,
  };
}

/**
 * The item, when the viewer moderates its space (space owners and moderators, a room's agents, global moderators)
 * and can read it. A reader who does not moderate gets 403, or 404 with `hideUnmoderated` (for reports, whose
 * existence only moderators may learn).
 */
export async function loadModeratedTarget(
  db: Executor,
  viewer: Viewer,
  type: TargetType,
  id: string,
  options: { hideUnmoderated?: boolean } = {},
): Promise<Target> {
  const target = await loadReadableTarget(db, viewer, type, id);
  if (!target.access.canModerate) throw options.hideUnmoderated ? notFound() : new AppError('ERR_FORBIDDEN');
  return target;
}
