// /api/network (moderation): placeholder registered by network.routes.ts, replaced by the feature's routes.
import type { FastifyInstance } from 'fastify';

export async function moderationRoutes(_app: FastifyInstance) {}
