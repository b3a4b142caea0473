// /api/network/attachments: upload a file (raw body, checked by content, kept pending until a post, comment or
// message takes it) and download one (only where its item is readable; level-3 downloads audited).
import { createReadStream, type ReadStream } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ATTACHMENT_MAX_BYTES } from '../../../common/network-terms.ts';
import { IdParams } from '../../../common/schemas/network.ts';
import { UploadedAttachment, UploadQuery } from '../../../common/schemas/network-attachments.ts';
import { Problem } from '../../../common/schemas/problem.ts';
import { AppError } from '../../errors.ts';
import { requestLang } from '../../plugins/lang.ts';
import { networkDeps, requireNetworkMember } from '../core/context.ts';
import { type AttachmentsDeps, openAttachment, uploadAttachment } from './attachments.service.ts';
import { tooLarge } from './inspect.ts';

const tags = ['network-attachments'];
const security = [{ session: [] }];
/** Fastify's own limit sits a little above ours, so that ours answers first with its clear message. */
const BODY_LIMIT = ATTACHMENT_MAX_BYTES + 64 * 1024;
const IMAGES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/** Reads the body into memory, refusing it as soon as it passes the attachment size limit. */
function readBody(request: FastifyRequest, payload: IncomingMessage): Promise<Buffer> {
  const lang = requestLang(request);
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > ATTACHMENT_MAX_BYTES) return Promise.reject(tooLarge(lang));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > ATTACHMENT_MAX_BYTES) {
        payload.removeListener('data', onData);
        payload.resume();
        reject(tooLarge(lang));
        return;
      }
      chunks.push(chunk);
    };
    payload.on('data', onData);
    payload.once('end', () => resolve(Buffer.concat(chunks, size)));
    payload.once('error', reject);
  });
}

/** `attachment; filename="ascii"; filename*=UTF-8''…` (RFC 6266), inline only for images. */
export function contentDisposition(filename: string, mediaType: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  const kind = IMAGES.has(mediaType) ? 'inline' : 'attachment';
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export async function attachmentsRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const deps = (request: FastifyRequest): AttachmentsDeps => ({
    ...networkDeps(app, request),
    dataDir: app.config.dataDir,
  });

  // The upload has its own context: its raw-body parser must not apply to any other route.
  await app.register(async (scope) => {
    const upload = scope.withTypeProvider<TypeBoxTypeProvider>();
    upload.removeAllContentTypeParsers();
    upload.addContentTypeParser('application/octet-stream', { bodyLimit: BODY_LIMIT }, readBody);

    upload.post(
      '/attachments',
      {
        // Checked before the body is read: only active members get to send bytes.
        onRequest: async (request) => {
          requireNetworkMember(request);
        },
        bodyLimit: BODY_LIMIT,
        schema: {
          tags,
          summary: 'Upload an attachment (raw body); attach it by id to a new post, comment or message',
          description:
            'Send the file itself as the body (Content-Type application/octet-stream) with its name in ' +
            '`filename`. The type is decided by the content and must agree with the extension: PDF, PNG, ' +
            'JPEG, GIF, WebP, docx, xlsx, pptx, odt, ods, txt, csv, md; at most 10 MB. Files marked Diffusion ' +
            'Restreinte or classified are refused. The upload stays pending (readable by nobody) until it is ' +
            'attached; unattached uploads are removed after a day.',
          security,
          querystring: UploadQuery,
          consumes: ['application/octet-stream'],
          // For the OpenAPI description only (no type to check): the parser above has read the bytes.
          body: Type.Unsafe<Buffer>({ contentMediaType: 'application/octet-stream', description: 'The file itself' }),
          response: {
            201: UploadedAttachment,
            400: Problem,
            401: Problem,
            403: Problem,
            413: Problem,
            415: Problem,
            422: Problem,
            429: Problem,
          },
        },
      },
      async (request, reply) => {
        const viewer = requireNetworkMember(request);
        reply.header('cache-control', 'private, no-store');
        const body = request.body as Buffer | undefined;
        if (!body) throw new AppError('ERR_EMPTY_FILE');
        const uploaded = await uploadAttachment(deps(request), viewer, request.query.filename, body);
        return reply.code(201).header('location', uploaded.url).send(uploaded);
      },
    );
  });

  app.get(
    '/attachments/:id',
    {
      schema: {
        tags,
        summary: 'Download an attachment',
        description:
          'Only when the viewer may read the attachment’s item (its space, its label, the hidden rule); ' +
          'otherwise 404, the same as an unknown id. Sent as a download (images inline) with the type ' +
          'decided at upload. Level-3 downloads are written to the audit log.',
        security,
        params: IdParams,
        produces: ['application/octet-stream'],
        response: {
          200: Type.Unsafe<Buffer | ReadStream>({ type: 'string', format: 'binary', description: 'The file' }),
          401: Problem,
          403: Problem,
          404: Problem,
        },
      },
    },
    async (request, reply) => {
      const viewer = requireNetworkMember(request);
      reply.header('cache-control', 'private, no-store');
      const file = await openAttachment(deps(request), viewer, request.params.id);
      const type = file.mediaType.startsWith('text/') ? `${file.mediaType}; charset=utf-8` : file.mediaType;
      return reply
        .header('content-type', type)
        .header('content-length', String(file.size))
        .header('content-disposition', contentDisposition(file.filename, file.mediaType))
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cross-origin-resource-policy', 'same-origin')
        .send(createReadStream(file.path));
    },
  );
}
