// The home feed: the newest posts of the viewer's communities and deal rooms that they may read (hidden posts
// left out), with the same decorations as a space's stream; level-3 posts read are audited.
import type { PostStream, StreamQuery } from '../../../common/schemas/network-posts.ts';
import type { Viewer } from '../../access/viewer.ts';
import { isGlobalModerator } from '../core/context.ts';
import { decodeCursor, encodeCursor } from '../core/present.ts';
import { presentPost } from '../posts/posts.present.ts';
import { auditRestrictedPosts, decoratePosts, type PostsDeps } from '../posts/posts.service.ts';
import { selectFeedPosts } from './feed.repo.ts';

export async function getFeed(deps: PostsDeps, viewer: Viewer, query: StreamQuery): Promise<PostStream> {
  const before = decodeCursor(query.before);
  const limit = query.limit ?? 20;
  const rows = await selectFeedPosts(deps.db, viewer, null, { before, limit: limit + 1 });
  const page = rows.slice(0, limit);
  const moderated = isGlobalModerator(viewer)
    ? true
    : [...new Set(page.filter((r) => r.moderated).map((r) => r.space_id))];
  // Every space of the feed is one the viewer takes part in.
  const decor = await decoratePosts(deps, viewer, page, { moderated, takesPart: () => true });
  await auditRestrictedPosts(deps, viewer, page);
  const last = page.at(-1);
  return {
    items: page.map((row) => presentPost(viewer, row, decor)),
    nextCursor: rows.length > limit && last ? encodeCursor(last.created_at, last.id) : null,
  };
}
