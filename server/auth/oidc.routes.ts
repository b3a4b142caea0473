import type { FastifyInstance } from 'fastify';

export async function oidcRoutes(_app: FastifyInstance) {}
