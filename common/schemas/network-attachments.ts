// Attachments of posts, comments and messages: uploaded first (pending), then attached to an item whose label
// they take. Downloads answer only when the viewer may read both the attachment and its item.
import { type Static, Type } from '@sinclair/typebox';
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_TYPES } from '../network-terms.ts';
import { DateTime, literals, Uuid } from './network.ts';

const MEDIA_TYPES = Object.keys(ATTACHMENT_TYPES) as (keyof typeof ATTACHMENT_TYPES)[];
export const AttachmentMediaTypeSchema = literals(MEDIA_TYPES as [string, ...string[]], {
  description: 'Media type decided from the file’s content (not from its name)',
});

/** An attachment as shown next to its item: a link to download it. */
export const AttachmentRef = Type.Object({
  id: Uuid,
  filename: Type.String({ minLength: 1, maxLength: 200 }),
  mediaType: Type.String({ description: 'Media type decided from the content' }),
  size: Type.Integer({ minimum: 1, maximum: ATTACHMENT_MAX_BYTES, description: 'Size in bytes' }),
  url: Type.String({ description: 'Download address: /api/network/attachments/{id}' }),
});
export type AttachmentRef = Static<typeof AttachmentRef>;

export const UploadQuery = Type.Object({
  filename: Type.String({
    minLength: 1,
    maxLength: 1000,
    description: 'The file’s name; its extension must agree with its content',
  }),
});

/** A pending upload: pass its id in `attachmentIds` when creating a post, comment or message. */
export const UploadedAttachment = Type.Object({
  ...AttachmentRef.properties,
  pending: Type.Literal(true),
  createdAt: DateTime,
});
export type UploadedAttachment = Static<typeof UploadedAttachment>;

export const AttachmentIds = Type.Array(Uuid, { maxItems: 10, uniqueItems: true, description: 'Pending uploads' });
