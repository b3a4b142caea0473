// buildApp(config, deps): registers the plugins, then the areas. It never listens: tests use app.inject().
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import { authPlugin } from './auth/auth.plugin.ts';
import { authRoutes } from './auth/auth.routes.ts';
import type { Config } from './config.ts';
import type { Database } from './db/index.ts';
import { healthRoutes } from './health/health.routes.ts';
import type { Mailer } from './mail/mailer.ts';
import { networkRoutes } from './network/network.routes.ts';
import { observatoryRoutes } from './observatory/observatory.routes.ts';
import { errorsPlugin } from './plugins/errors.ts';
import { metricsPlugin } from './plugins/metrics.ts';
import { openapiPlugin } from './plugins/openapi.ts';
import { securityHeadersPlugin } from './plugins/security-headers.ts';
import { webPlugin } from './plugins/web.ts';
import { portalPages, portalSeoRoutes } from './portal/pages/pages.routes.ts';
import { portalRoutes } from './portal/portal.routes.ts';
import './types.ts';

export interface AppDeps {
  database: Database;
  mailer: Mailer;
}

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const webDistDir = path.join(rootDir, 'web', 'dist');

export async function buildApp(config: Config, deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]'],
    },
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: false } },
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorate('config', config);
  app.decorate('database', deps.database);
  app.decorate('mailer', deps.mailer);

  // Cross-cutting plugins, in a fixed order.
  await app.register(errorsPlugin);
  await app.register(securityHeadersPlugin, { https: config.publicUrl.startsWith('https:') });
  await app.register(metricsPlugin);
  await app.register(cookie, { hook: false });
  await app.register(rateLimit, { global: false });
  await app.register(openapiPlugin);
  await app.register(authPlugin);

  // Areas.
  await app.register(healthRoutes);
  await app.register(authRoutes, { prefix: '/api/auth' });
  await app.register(observatoryRoutes, { prefix: '/api/observatory' });
  await app.register(portalRoutes, { prefix: '/api/portal' });
  await app.register(networkRoutes, { prefix: '/api/network' });
  await app.register(portalSeoRoutes);

  const webDir = config.webDir ?? webDistDir;
  if (config.serveWeb && existsSync(path.join(webDir, 'index.html'))) {
    await app.register(webPlugin, { root: webDir, pages: portalPages });
  }
  return app;
}
