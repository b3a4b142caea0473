// Posts and comments as a viewer sees them: label banner, author, safe HTML, the counts they may know of, and what
// they may do (abilities computed here once, from the facts the services loaded; the web app never re-derives them).
import type { Lang } from '../../../common/errors.ts';
import type { MemberRef } from '../../../common/schemas/network.ts';
import type { AttachmentRef } from '../../../common/schemas/network-attachments.ts';
import type { CommentView, ItemAbilities, PostView } from '../../../common/schemas/network-posts.ts';
import type { Viewer } from '../../access/viewer.ts';
import { presentLabel } from '../core/present.ts';
import type { CommentRow } from './comments.repo.ts';
import { emptyReactions, type PostRow, type ReactionCounts, type SpaceFacts } from './posts.repo.ts';

/** What a list of items needs besides the rows themselves. */
export interface Decor {
  lang: Lang;
  authors: Map<string, MemberRef>;
  spaces: Map<string, SpaceFacts>;
  attachments: Map<string, AttachmentRef[]>;
  /** Whether the viewer moderates the space (hide, delete, relabel others' items). */
  moderates: (spaceId: string) => boolean;
  /** Whether the viewer takes part in the space (comment, react). */
  takesPart: (spaceId: string) => boolean;
  suspended: boolean;
}

export interface PostDecor extends Decor {
  reactions: Map<string, ReactionCounts>;
  commentCounts: Map<string, number>;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

// Only level 3 offers two markings: AMBER below RED.
const raisable = (level: number, tlp: string) => (level === 3 ? tlp === 'AMBER' : level < 2);

function spaceRef(decor: Decor, spaceId: string) {
  const space = decor.spaces.get(spaceId);
  if (!space) throw new Error(`space ${spaceId} not loaded`);
  return space;
}

export function postAbilities(viewer: Viewer, row: PostRow, decor: Decor): ItemAbilities {
  const space = spaceRef(decor, row.space_id);
  const author = row.author_id !== null && row.author_id === viewer.userId;
  const moderator = decor.moderates(row.space_id);
  const writes = !decor.suspended && space.archived_at === null;
  const takesPart = writes && decor.takesPart(row.space_id) && row.hidden_at === null;
  const lowerable = row.level === 3 ? row.tlp === 'RED' : row.level > space.level;
  const steward = (author || moderator) && !decor.suspended;
  return {
    edit: author && !decor.suspended,
    delete: author || moderator,
    comment: takesPart,
    react: takesPart,
    relabel: steward && (raisable(row.level, row.tlp) || lowerable),
    lower: steward && lowerable,
    hide: moderator,
    report: !author && !decor.suspended,
  };
}

export function presentPost(viewer: Viewer, row: PostRow, decor: PostDecor): PostView {
  const space = spaceRef(decor, row.space_id);
  const author = row.author_id !== null && row.author_id === viewer.userId;
  return {
    id: row.id,
    spaceId: row.space_id,
    space: { id: space.id, name: space.name, kind: space.kind, level: space.level },
    author: row.author_id ? (decor.authors.get(row.author_id) ?? null) : null,
    title: row.title,
    bodyHtml: row.body_html,
    body: author ? row.body : null,
    label: presentLabel(row.level, row.tlp, decor.lang),
    createdAt: row.created_at.toISOString(),
    editedAt: iso(row.edited_at),
    hidden: row.hidden_at ? { at: row.hidden_at.toISOString(), reason: row.hidden_reason } : null,
    reactions: decor.reactions.get(row.id) ?? emptyReactions(),
    commentCount: decor.commentCounts.get(row.id) ?? 0,
    attachments: decor.attachments.get(row.id) ?? [],
    abilities: postAbilities(viewer, row, decor),
  };
}

export function commentAbilities(
  viewer: Viewer,
  row: CommentRow,
  post: { level: number; tlp: string },
  decor: Decor,
): ItemAbilities {
  const author = row.author_id !== null && row.author_id === viewer.userId;
  const moderator = decor.moderates(row.space_id);
  const lowerable = row.level > post.level || (row.level === 3 && row.tlp === 'RED' && post.tlp !== 'RED');
  const steward = (author || moderator) && !decor.suspended;
  return {
    edit: author && !decor.suspended,
    delete: author || moderator,
    comment: false,
    react: false,
    relabel: steward && (raisable(row.level, row.tlp) || lowerable),
    lower: steward && lowerable,
    hide: moderator,
    report: !author && !decor.suspended,
  };
}

export function presentComment(
  viewer: Viewer,
  row: CommentRow,
  post: { level: number; tlp: string },
  decor: Decor,
): CommentView {
  const space = spaceRef(decor, row.space_id);
  const author = row.author_id !== null && row.author_id === viewer.userId;
  return {
    id: row.id,
    postId: row.post_id,
    spaceId: row.space_id,
    space: { id: space.id, name: space.name, kind: space.kind, level: space.level },
    author: row.author_id ? (decor.authors.get(row.author_id) ?? null) : null,
    bodyHtml: row.body_html,
    body: author ? row.body : null,
    label: presentLabel(row.level, row.tlp, decor.lang),
    createdAt: row.created_at.toISOString(),
    editedAt: iso(row.edited_at),
    hidden: row.hidden_at ? { at: row.hidden_at.toISOString(), reason: row.hidden_reason } : null,
    attachments: decor.attachments.get(row.id) ?? [],
    abilities: commentAbilities(viewer, row, post, decor),
  };
}
