// The agenda: events and their iCal feed.
import type { FastifyInstance } from 'fastify';

export async function agendaRoutes(_app: FastifyInstance) {}
