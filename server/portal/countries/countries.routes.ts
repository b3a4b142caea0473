// The country directory.
import type { FastifyInstance } from 'fastify';

export async function countriesRoutes(_app: FastifyInstance) {}
