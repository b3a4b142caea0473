// SQL of comments: each read filtered by `visibleTo` on the comment's own label (a comment may sit above its post).
import type { Label } from '../../access/labels.ts';
import { visibleTo } from '../../access/policy.ts';
import type { Viewer } from '../../access/viewer.ts';
import { type Cursor, type Db, hiddenRule, keyset } from './posts.repo.ts';

export const commentColumns = [
  'c.id',
  'c.post_id',
  'c.space_id',
  'c.author_id',
  'c.body',
  'c.body_html',
  'c.level',
  'c.tlp',
  'c.compartment_id',
  'c.created_at',
  'c.edited_at',
  'c.hidden_at',
  'c.hidden_reason',
] as const;

const commentFields = [
  'id',
  'post_id',
  'space_id',
  'author_id',
  'body',
  'body_html',
  'level',
  'tlp',
  'compartment_id',
  'created_at',
  'edited_at',
  'hidden_at',
  'hidden_reason',
] as const;

export interface CommentRow {
  id: string;
  post_id: string;
  space_id: string;
  author_id: string | null;
  body: string;
  body_html: string;
  level: number;
  tlp: string;
  compartment_id: string | null;
  created_at: Date;
  edited_at: Date | null;
  hidden_at: Date | null;
  hidden_reason: string | null;
}

export async function selectComments(
  db: Db,
  viewer: Viewer,
  postId: string,
  options: { after: Cursor | null; limit: number; canModerate: boolean },
): Promise<CommentRow[]> {
  let query = db
    .selectFrom('net_comments as c')
    .select(commentColumns)
    .where('c.post_id', '=', postId)
    .where(visibleTo(viewer, { level: 'c.level', compartmentId: 'c.compartment_id' }))
    .where(hiddenRule(viewer, 'c', options.canModerate));
  if (options.after) query = query.where(keyset('net_comments', 'c', options.after, 'newer'));
  return query.orderBy('c.created_at', 'asc').orderBy('c.id', 'asc').limit(options.limit).execute();
}

export async function selectComment(db: Db, id: string): Promise<CommentRow | undefined> {
  return db.selectFrom('net_comments as c').select(commentColumns).where('c.id', '=', id).executeTakeFirst();
}

export async function insertComment(
  db: Db,
  values: { postId: string; spaceId: string; authorId: string; body: string; bodyHtml: string; label: Label },
): Promise<CommentRow> {
  return db
    .insertInto('net_comments')
    .values({
      post_id: values.postId,
      space_id: values.spaceId,
      author_id: values.authorId,
      body: values.body,
      body_html: values.bodyHtml,
      level: values.label.level,
      tlp: values.label.tlp,
      compartment_id: values.label.compartmentId,
    })
    .returning(commentFields)
    .executeTakeFirstOrThrow();
}

export async function updateCommentText(db: Db, id: string, values: { body: string; bodyHtml: string }) {
  return db
    .updateTable('net_comments as c')
    .set({ body: values.body, body_html: values.bodyHtml, edited_at: new Date() })
    .where('c.id', '=', id)
    .returning(commentColumns)
    .executeTakeFirstOrThrow();
}

export async function updateCommentLabel(db: Db, id: string, label: Label): Promise<CommentRow> {
  return db
    .updateTable('net_comments as c')
    .set({ level: label.level, tlp: label.tlp, compartment_id: label.compartmentId })
    .where('c.id', '=', id)
    .returning(commentColumns)
    .executeTakeFirstOrThrow();
}

/**
 * Raises the post's comments that would sit below `label` (a lower level, or AMBER under a RED post) to it;
 * returns them with their previous label, for the audit trail.
 */
export async function raiseCommentsBelow(
  db: Db,
  postId: string,
  label: Label,
): Promise<{ id: string; level: number; tlp: string }[]> {
  const below = await db
    .selectFrom('net_comments')
    .select(['id', 'level', 'tlp'])
    .where('post_id', '=', postId)
    .where((eb) =>
      label.tlp === 'RED'
        ? eb.or([eb('level', '<', label.level), eb.and([eb('level', '=', label.level), eb('tlp', '<>', 'RED')])])
        : eb('level', '<', label.level),
    )
    .execute();
  if (below.length === 0) return [];
  await db
    .updateTable('net_comments')
    .set({ level: label.level, tlp: label.tlp, compartment_id: label.compartmentId })
    .where(
      'id',
      'in',
      below.map((c) => c.id),
    )
    .execute();
  return below;
}

export async function deleteComment(db: Db, id: string): Promise<void> {
  await db.deleteFrom('net_comments').where('id', '=', id).execute();
}
