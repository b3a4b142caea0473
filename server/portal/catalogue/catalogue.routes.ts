// The catalogue of support offers: French search with facets, one offer.
import type { FastifyInstance } from 'fastify';

export async function catalogueRoutes(_app: FastifyInstance) {}
