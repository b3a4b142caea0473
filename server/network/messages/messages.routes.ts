// /api/network (messages): placeholder registered by network.routes.ts, replaced by the feature's routes.
import type { FastifyInstance } from 'fastify';

export async function messagesRoutes(_app: FastifyInstance) {}
