// The regional directory and contacts.
import type { FastifyInstance } from 'fastify';

export async function directoriesRoutes(_app: FastifyInstance) {}
