// The editors' back office.
import type { FastifyInstance } from 'fastify';

export async function backofficeRoutes(_app: FastifyInstance) {}
