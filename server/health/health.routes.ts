// Liveness (/healthz: the process answers) and readiness (/readyz: the database answers).

import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.ts';

const Status = Type.Object({ status: Type.String() });

export async function healthRoutes(app: FastifyInstance) {
  app.get(
    '/healthz',
    { schema: { tags: ['operations'], summary: 'Process is up', response: { 200: Status } } },
    async () => ({
      status: 'ok',
    }),
  );
  app.get(
    '/readyz',
    { schema: { tags: ['operations'], summary: 'Database is reachable', response: { 200: Status } } },
    async (request) => {
      try {
        await app.database.ping();
      } catch (err) {
        request.log.warn({ err }, 'readiness check failed');
        throw new AppError('ERR_SERVICE_UNAVAILABLE');
      }
      return { status: 'ready' };
    },
  );
}
