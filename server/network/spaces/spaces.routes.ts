// /api/network (spaces): placeholder registered by network.routes.ts, replaced by the feature's routes.
import type { FastifyInstance } from 'fastify';

export async function spacesRoutes(_app: FastifyInstance) {}
