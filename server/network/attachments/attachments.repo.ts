// SQL of the attachments: pending uploads, attaching to an item, listing by item, downloads and cleanup.
import { type SqlBool, sql } from 'kysely';
import { visibleTo } from '../../access/policy.ts';
import type { Viewer } from '../../access/viewer.ts';
import type { Executor } from '../core/context.ts';

export type ParentKind = 'post' | 'comment' | 'message';

export const PARENT_COLUMN = { post: 'post_id', comment: 'comment_id', message: 'message_id' } as const;

const refColumns = ['a.id', 'a.filename', 'a.media_type', 'a.size'] as const;

export interface NewAttachment {
  uploaderId: string;
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
}

/** A pending upload: level 3 outside any compartment, so nobody reads it until it is attached. */
export function insertPending(db: Executor, row: NewAttachment) {
  return db
    .insertInto('net_attachments')
    .values({
      uploader_id: row.uploaderId,
      filename: row.filename,
      media_type: row.mediaType,
      size: row.size,
      sha256: row.sha256,
      level: 3,
      tlp: 'RED',
      compartment_id: null,
    })
    .returning(['id', 'filename', 'media_type', 'size', 'created_at'])
    .executeTakeFirstOrThrow();
}

/** Of `ids`, those that are pending uploads of `uploaderId` (locked for the attaching transaction). */
export async function lockPendingOf(db: Executor, uploaderId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('net_attachments')
    .select('id')
    .where('id', 'in', ids)
    .where('uploader_id', '=', uploaderId)
    .where('attached_at', 'is', null)
    .where('post_id', 'is', null)
    .where('comment_id', 'is', null)
    .where('message_id', 'is', null)
    .forUpdate()
    .execute();
  return new Set(rows.map((row) => row.id));
}

export interface ParentLabel {
  kind: ParentKind;
  id: string;
  spaceId: string | null;
  level: number;
  tlp: string;
  compartmentId: string | null;
}

export async function attach(db: Executor, ids: readonly string[], parent: ParentLabel): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('net_attachments')
    .set({
      [PARENT_COLUMN[parent.kind]]: parent.id,
      space_id: parent.spaceId,
      level: parent.level,
      tlp: parent.tlp,
      compartment_id: parent.compartmentId,
      attached_at: new Date(),
    })
    .where('id', 'in', ids)
    .where('attached_at', 'is', null)
    .execute();
}

/** The attachments of the given items that the viewer may read (by the attachment's own label), oldest first. */
export function readableOfQuery(db: Executor, viewer: Viewer, kind: ParentKind, ids: readonly string[]) {
  const column = PARENT_COLUMN[kind];
  return db
    .selectFrom('net_attachments as a')
    .select([...refColumns, sql<string>`a.${sql.ref(column)}`.as('parent_id')])
    .where(sql<SqlBool>`a.${sql.ref(column)} = ANY(${[...ids]}::uuid[])`)
    .where('a.attached_at', 'is not', null)
    .where(visibleTo(viewer, { level: 'a.level', compartmentId: 'a.compartment_id' }))
    .orderBy('a.created_at')
    .orderBy('a.id');
}

export async function relabel(
  db: Executor,
  kind: ParentKind,
  id: string,
  label: { level: number; tlp: string; compartmentId: string | null },
): Promise<void> {
  await db
    .updateTable('net_attachments')
    .set({ level: label.level, tlp: label.tlp, compartment_id: label.compartmentId })
    .where(PARENT_COLUMN[kind], '=', id)
    .execute();
}

/** One attachment by id with its label and its parent, whatever the viewer (the service decides). */
export function selectOne(db: Executor, id: string) {
  return db
    .selectFrom('net_attachments')
    .select([
      'id',
      'uploader_id',
      'post_id',
      'comment_id',
      'message_id',
      'space_id',
      'filename',
      'media_type',
      'size',
      'sha256',
      'level',
      'tlp',
      'compartment_id',
      'attached_at',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Pending uploads older than `before`: deleted, returning their content hashes. */
export async function deletePendingBefore(db: Executor, before: Date): Promise<string[]> {
  const rows = await db
    .deleteFrom('net_attachments')
    .where('attached_at', 'is', null)
    .where('created_at', '<', before)
    .returning('sha256')
    .execute();
  return rows.map((row) => row.sha256);
}

/** Of the given hashes, those still referenced by a row. */
export async function referencedHashes(db: Executor, hashes: readonly string[]): Promise<Set<string>> {
  if (hashes.length === 0) return new Set();
  const rows = await db
    .selectFrom('net_attachments')
    .select('sha256')
    .distinct()
    .where('sha256', 'in', hashes)
    .execute();
  return new Set(rows.map((row) => row.sha256));
}

export async function countPending(db: Executor, uploaderId: string): Promise<number> {
  const row = await db
    .selectFrom('net_attachments')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('uploader_id', '=', uploaderId)
    .where('attached_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The label of the message an attachment belongs to (a message is level 3 in its conversation). */
export function selectMessageLabel(db: Executor, id: string) {
  return db.selectFrom('net_messages').select(['level', 'compartment_id']).where('id', '=', id).executeTakeFirst();
}
