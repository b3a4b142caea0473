// /api/portal: the export portal's HTTP API, one sub-plugin per feature. Public reads need no session.
import type { FastifyInstance } from 'fastify';
import { agendaRoutes } from './agenda/agenda.routes.ts';
import { assessmentRoutes } from './assessment/assessment.routes.ts';
import { backofficeRoutes } from './backoffice/backoffice.routes.ts';
import { catalogueRoutes } from './catalogue/catalogue.routes.ts';
import { countriesRoutes } from './countries/countries.routes.ts';
import { directoriesRoutes } from './directories/directories.routes.ts';
import { hotlineRoutes } from './hotline/hotline.routes.ts';
import { journeyRoutes } from './journey/journey.routes.ts';
import { newsRoutes } from './news/news.routes.ts';

export async function portalRoutes(app: FastifyInstance) {
  await app.register(journeyRoutes);
  await app.register(catalogueRoutes);
  await app.register(directoriesRoutes);
  await app.register(countriesRoutes);
  await app.register(agendaRoutes);
  await app.register(newsRoutes);
  await app.register(assessmentRoutes);
  await app.register(hotlineRoutes);
  await app.register(backofficeRoutes, { prefix: '/admin' });
}
