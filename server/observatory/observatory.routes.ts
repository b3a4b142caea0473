// /api/observatory: the observatory's HTTP API, one sub-plugin per feature.
import type { FastifyInstance } from 'fastify';
import { accountsRoutes } from './accounts/accounts.routes.ts';
import { countryRoutes } from './countries/countries.routes.ts';
import { graphRoutes } from './graph/graph.routes.ts';
import { importsRoutes } from './imports/imports.routes.ts';
import { rankingsRoutes } from './rankings/rankings.routes.ts';
import { registryRoutes } from './registry/registry.routes.ts';

export async function observatoryRoutes(app: FastifyInstance) {
  await app.register(rankingsRoutes);
  await app.register(accountsRoutes);
  await app.register(countryRoutes);
  await app.register(graphRoutes);
  await app.register(registryRoutes);
  await app.register(importsRoutes);
}
