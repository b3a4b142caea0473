// The journey: steps and their pages, providers (partners).
import type { FastifyInstance } from 'fastify';

export async function journeyRoutes(_app: FastifyInstance) {}
