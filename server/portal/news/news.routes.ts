// News.
import type { FastifyInstance } from 'fastify';

export async function newsRoutes(_app: FastifyInstance) {}
