// What other network features use of attachments: attach pending uploads to a new item (in its transaction),
// list the attachments of items as the viewer may read them, and make attachments follow their item's label.
import type { AttachmentRef } from '../../../common/schemas/network-attachments.ts';
import type { Viewer } from '../../access/viewer.ts';
import { AppError } from '../../errors.ts';
import { type Executor, UUID } from '../core/context.ts';
import * as repo from './attachments.repo.ts';

export type { ParentKind, ParentLabel } from './attachments.repo.ts';
export { removeStaleUploads } from './attachments.storage.ts';

export const attachmentUrl = (id: string) => `/api/network/attachments/${id}`;

/**
 * Attaches the viewer's pending uploads `ids` to a new item, which they take the label of. Call it inside the
 * transaction that creates the item. An id that is not a pending upload of this viewer (unknown, someone else's,
 * already attached, cleaned up) answers 422 ERR_ATTACHMENT_UNAVAILABLE naming it.
 */
export async function attachTo(db: Executor, viewer: Viewer, ids: readonly string[], parent: repo.ParentLabel) {
  if (ids.length === 0) return;
  if (viewer.userId === null) throw new AppError('ERR_UNAUTHENTICATED');
  const unique = [...new Set(ids)];
  const malformed = unique.find((id) => !UUID.test(id));
  if (malformed !== undefined) throw unavailable(malformed);
  const pending = await repo.lockPendingOf(db, viewer.userId, unique);
  const missing = unique.find((id) => !pending.has(id));
  if (missing !== undefined) throw unavailable(missing);
  await repo.attach(db, unique, parent);
}

function unavailable(id: string) {
  return new AppError('ERR_ATTACHMENT_UNAVAILABLE', {
    params: { id: id.slice(0, 60) },
    fieldErrors: [{ field: 'attachmentIds', message: id.slice(0, 60) }],
  });
}

/** The attachments of the items `ids` of one kind that the viewer may read, each by its own label: the query. */
export const attachmentsQuery = (
  db: Executor,
  viewer: Viewer,
  parent: { kind: repo.ParentKind; ids: readonly string[] },
) => repo.readableOfQuery(db, viewer, parent.kind, parent.ids);

/** Its rows keyed by item id, in order. */
export function attachmentsOf(
  rows: readonly { id: string; filename: string; media_type: string; size: number; parent_id: string }[],
): Map<string, AttachmentRef[]> {
  const result = new Map<string, AttachmentRef[]>();
  for (const row of rows) {
    const list = result.get(row.parent_id) ?? [];
    list.push({
      id: row.id,
      filename: row.filename,
      mediaType: row.media_type,
      size: row.size,
      url: attachmentUrl(row.id),
    });
    result.set(row.parent_id, list);
  }
  return result;
}

/** The attachments of the items `ids` of one kind, keyed by item id, each filtered by its own label. */
export async function listAttachments(
  db: Executor,
  viewer: Viewer,
  parent: { kind: repo.ParentKind; ids: readonly string[] },
): Promise<Map<string, AttachmentRef[]>> {
  if (parent.ids.length === 0) return new Map();
  return attachmentsOf(await attachmentsQuery(db, viewer, parent).execute());
}

/** The attachments of an item take its new label (call it in the relabelling transaction). */
export async function relabelAttachments(
  db: Executor,
  parent: { kind: repo.ParentKind; id: string },
  label: { level: number; tlp: string; compartmentId: string | null },
): Promise<void> {
  await repo.relabel(db, parent.kind, parent.id, label);
}
