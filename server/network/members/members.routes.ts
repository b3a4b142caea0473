// /api/network (members): placeholder registered by network.routes.ts, replaced by the feature's routes.
import type { FastifyInstance } from 'fastify';

export async function membersRoutes(_app: FastifyInstance) {}
