// Uploading (checked, then stored pending) and downloading (only when both the attachment's label and its item
// allow it; level-3 downloads audited) attachments.
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import type { UploadedAttachment } from '../../../common/schemas/network-attachments.ts';
import { recordRestrictedReads } from '../../access/audit.ts';
import { canRead } from '../../access/policy.ts';
import type { Viewer } from '../../access/viewer.ts';
import { AppError, notFound } from '../../errors.ts';
import { assertNotSuspended, assertUuid, type NetworkDeps } from '../core/context.ts';
import { loadReadableComment } from '../posts/comments.service.ts';
import { loadReadablePost } from '../posts/posts.service.ts';
import * as repo from './attachments.repo.ts';
import { blobPath, storeBlob } from './attachments.storage.ts';
import { attachmentUrl } from './index.ts';
import { inspectUpload } from './inspect.ts';

export type AttachmentsDeps = Pick<NetworkDeps, 'db' | 'lang' | 'ip' | 'log'> & { dataDir: string };

/** Most pending uploads one member may hold at a time (they go when attached, or after a day). */
export const MAX_PENDING_UPLOADS = 50;

/** Checks the file, stores its bytes by content and records it pending: nobody reads it until it is attached. */
export async function uploadAttachment(
  deps: AttachmentsDeps,
  viewer: Viewer & { userId: string },
  rawName: string,
  bytes: Uint8Array,
): Promise<UploadedAttachment> {
  await assertNotSuspended(deps.db, viewer, deps.lang);
  const { filename, mediaType } = inspectUpload(rawName, bytes, deps.lang);
  if ((await repo.countPending(deps.db, viewer.userId)) >= MAX_PENDING_UPLOADS) {
    throw new AppError('ERR_RATE_LIMITED');
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  await storeBlob(deps.dataDir, sha256, bytes);
  const row = await repo.insertPending(deps.db, {
    uploaderId: viewer.userId,
    filename,
    mediaType,
    size: bytes.byteLength,
    sha256,
  });
  return {
    id: row.id,
    filename: row.filename,
    mediaType: row.media_type,
    size: row.size,
    url: attachmentUrl(row.id),
    pending: true,
    createdAt: row.created_at.toISOString(),
  };
}

export interface Download {
  path: string;
  filename: string;
  mediaType: string;
  size: number;
}

/**
 * The file to send, when the viewer may read the attachment's label and its item (the item's own rules: its
 * space, its label, the hidden rule); otherwise the same 404 as an unknown id. Pending uploads are read by nobody.
 */
export async function openAttachment(deps: AttachmentsDeps, viewer: Viewer, id: string): Promise<Download> {
  assertUuid(id);
  const row = await repo.selectOne(deps.db, id);
  if (!row || row.attached_at === null) throw notFound();
  if (!canRead(viewer, { level: row.level, compartmentId: row.compartment_id })) throw notFound();
  if (row.post_id !== null) await loadReadablePost(deps.db, viewer, row.post_id);
  else if (row.comment_id !== null) await loadReadableComment(deps.db, viewer, row.comment_id);
  else if (row.message_id !== null) {
    const message = await repo.selectMessageLabel(deps.db, row.message_id);
    if (!message || !canRead(viewer, { level: message.level, compartmentId: message.compartment_id })) {
      throw notFound();
    }
  } else throw notFound();
  const path = blobPath(deps.dataDir, row.sha256);
  const file = await stat(path).catch(() => null);
  if (!file?.isFile()) {
    deps.log.error({ attachmentId: row.id }, 'attachment file missing from the data folder');
    throw notFound();
  }
  await recordRestrictedReads(
    deps.db,
    viewer,
    [{ type: 'attachment', id: row.id, level: row.level, compartmentId: row.compartment_id }],
    deps.ip,
  );
  return { path, filename: row.filename, mediaType: row.media_type, size: file.size };
}
