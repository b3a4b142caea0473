// In production the same server serves the built web app: hashed assets cached for a year, index.html for
// every other page so that the client router takes over.
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.ts';
import { sendProblem } from './errors.ts';

export async function webPlugin(app: FastifyInstance, options: { root: string }) {
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
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html');
  });
}
