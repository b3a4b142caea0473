// In production the same server serves the built web app: hashed assets cached for a year, index.html for
// every other page so that the client router takes over. Pages that an area renders on the server (the portal's
// public pages) are registered through `pages`, which receives the built index.html to render into.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { AppError } from '../errors.ts';
import { sendProblem } from './errors.ts';

export interface WebPluginOptions {
  root: string;
  pages?: FastifyPluginAsync<{ indexHtml: string }>;
}

export async function webPlugin(app: FastifyInstance, options: WebPluginOptions) {
  await app.register(fastifyStatic, {
    root: options.root,
    wildcard: false,
    index: false,
    setHeaders: (res, filePath) => {
      if (filePath.includes('/assets/')) res.header('cache-control', 'public, max-age=31536000, immutable');
    },
  });
  // A catch-all GET route rather than setNotFoundHandler: the errors plugin already owns the root 404 handler, and
  // Fastify refuses a second one for the same prefix (buildApp threw whenever web/dist existed).
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    const wantsPage =
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      !/\.[a-z0-9]+(\?|$)/i.test(request.url.split('?')[0] ?? '') &&
      (request.headers.accept ?? '').includes('text/html');
    if (!wantsPage) return sendProblem(request, reply, new AppError('ERR_NOT_FOUND'));
    // cacheControl: false, or @fastify/static replaces no-cache with its own 'public, max-age=0'.
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html', { cacheControl: false });
  });
  if (options.pages)
    await app.register(options.pages, { indexHtml: readFileSync(path.join(options.root, 'index.html'), 'utf8') });
}
