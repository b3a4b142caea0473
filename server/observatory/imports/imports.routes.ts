// Imports for editors: upload a file (raw body, streamed to disk), follow its run, list recent runs, and ask
// for a poll of one account now. The work runs in the background through the job queue.
import { rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  AccountIdParams,
  ImportRun,
  ImportRunList,
  ImportRunParams,
  ImportUploadQuery,
} from '../../../common/schemas/observatory.ts';
import { Problem } from '../../../common/schemas/problem.ts';
import { AppError } from '../../errors.ts';
import { requireEditor } from '../editors.ts';
import { observatoryJobRunner } from '../jobs/observatory-jobs.ts';
import * as service from './imports.service.ts';
import { type StoredUpload, storeUpload, UPLOAD_CONTENT_TYPES, uploadsDir } from './upload.ts';

const tags = ['observatory-imports'];
const security = [{ session: [], csrf: [] }];
const problems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

export async function importsRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const runner = observatoryJobRunner({ database: app.database, config: app.config, log: app.log });
  // Shutdown: no new job is taken; the running one finishes, or goes back to the queue to resume later.
  app.addHook('onClose', () => runner.stop());
  const deps = (): service.ImportsDeps => ({ database: app.database, config: app.config, runner });
  const editorsOnly = async (request: FastifyRequest) => {
    requireEditor(request);
  };
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  // The upload route has its own context: its body parser (file to disk) must not apply to other routes.
  await app.register(async (scope) => {
    const upload = scope.withTypeProvider<TypeBoxTypeProvider>();
    const limitBytes = app.config.observatory.importMaxMegabytes * 1024 * 1024;
    const dir = uploadsDir(app.config.dataDir);
    // Only the upload types: any other (text/plain, forms) is refused with 415 before a byte is stored.
    upload.removeAllContentTypeParsers();
    upload.addContentTypeParser(
      UPLOAD_CONTENT_TYPES,
      { bodyLimit: limitBytes },
      async (request: FastifyRequest, payload: IncomingMessage) => {
        const length = Number(request.headers['content-length']);
        return storeUpload(payload, {
          dir,
          limitBytes,
          ...(Number.isFinite(length) ? { declaredLength: length } : {}),
        });
      },
    );
    // A file no job took (refused, failed, answered from an earlier upload) does not stay on disk; removed
    // before the answer leaves, so a client that reads the answer finds the disk as it will stay.
    const discard = async (request: FastifyRequest) => {
      const stored = request.body as StoredUpload | undefined;
      if (stored?.path && !stored.owned) await rm(stored.path, { force: true });
    };
    upload.addHook('onSend', async (request) => discard(request));
    upload.addHook('onRequestAbort', discard);

    upload.post(
      '/imports',
      {
        // Checked before the body is read: nobody else gets to write to the server's disk.
        onRequest: editorsOnly,
        bodyLimit: limitBytes,
        schema: {
          tags,
          summary: 'Upload a file to import (editors): the raw file is the body; the import runs in the background',
          description:
            'Send the file itself as the request body (Content-Type application/octet-stream, text/csv, ' +
            'application/x-ndjson or application/json), up to IMPORT_MAX_MB megabytes. The answer (202) is the ' +
            'run: follow it with GET /imports/{id}. The same content uploaded again resumes an unfinished run, ' +
            'or adds nothing to a finished one.',
          security,
          querystring: ImportUploadQuery,
          consumes: UPLOAD_CONTENT_TYPES,
          // For the OpenAPI description only: the parser above has already stored the file (no type to check).
          body: Type.Unsafe<StoredUpload>({
            contentMediaType: 'application/octet-stream',
            description: 'The file itself, as the raw body',
          }),
          response: { 202: ImportRun, ...problems, 413: Problem, 415: Problem },
        },
      },
      async (request, reply) => {
        const editor = requireEditor(request);
        const stored = request.body as StoredUpload | undefined;
        if (!stored?.path) throw new AppError('ERR_EMPTY_FILE'); // No content type and no body.
        const run = await service.startImport(deps(), {
          kind: request.query.kind,
          source: request.query.filename?.trim() || `upload (${request.query.kind})`,
          upload: stored,
          startedBy: editor.user.id,
        });
        return reply.code(202).header('location', `/api/observatory/imports/${run.id}`).send(run);
      },
    );
  });

  app.get(
    '/imports',
    {
      onRequest: editorsOnly,
      schema: {
        tags,
        summary: 'The 50 latest import runs (files and polls), newest first (editors)',
        security,
        response: { 200: ImportRunList, ...problems },
      },
    },
    async () => ({ items: await service.listRuns(app.database) }),
  );

  app.get(
    '/imports/:id',
    {
      onRequest: editorsOnly,
      schema: {
        tags,
        summary: 'One import run with its progress (read / total) and errors (editors)',
        security,
        params: ImportRunParams,
        response: { 200: ImportRun, ...problems },
      },
    },
    async (request) => service.getRun(app.database, request.params.id),
  );

  app.post(
    '/accounts/:id/poll',
    {
      onRequest: editorsOnly,
      schema: {
        tags,
        summary:
          'Poll one account on its network now (editors): answers the run (202), which goes on in the background',
        description:
          'Mastodon and Bluesky accounts can always be polled; X accounts when the server has X_BEARER_TOKEN ' +
          '(409 ERR_CONNECTOR_NOT_CONFIGURED otherwise); other networks have no connector (400 ERR_NO_CONNECTOR).',
        security,
        params: AccountIdParams,
        response: { 202: ImportRun, ...problems, 409: Problem },
      },
    },
    async (request, reply) => {
      const editor = requireEditor(request);
      const run = await service.startPoll(deps(), request.params.id, editor.user.id);
      return reply.code(202).header('location', `/api/observatory/imports/${run.id}`).send(run);
    },
  );
}
