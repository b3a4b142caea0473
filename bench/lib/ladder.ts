// The layers of server/app.ts, added one at a time (for bench/http-ladder.bench.ts). This copies buildApp's
// composition: keep it in step with server/app.ts.
import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { authPlugin } from '../../server/auth/auth.plugin.ts';
import type { Config } from '../../server/config.ts';
import type { Database } from '../../server/db/index.ts';
import { healthRoutes } from '../../server/health/health.routes.ts';
import { errorsPlugin } from '../../server/plugins/errors.ts';
import { metricsPlugin } from '../../server/plugins/metrics.ts';
import { openapiPlugin } from '../../server/plugins/openapi.ts';
import { securityHeadersPlugin } from '../../server/plugins/security-headers.ts';

export const layers = [
  'fastify() + /healthz',
  '+ buildApp Fastify options (logger, genReqId, ajv)',
  '+ onSend x-request-id',
  '+ errors',
  '+ security-headers',
  '+ metrics',
  '+ @fastify/cookie (hook: false)',
  '+ @fastify/rate-limit (global: false)',
  '+ openapi (swagger)',
  '+ auth',
] as const;

/** Rung 0 is Fastify() with the real /healthz; rung n adds layers[1..n]. */
export async function buildRung(rung: number, config: Config, database: Database): Promise<FastifyInstance> {
  const app =
    rung === 0
      ? Fastify({ logger: false })
      : Fastify({
          logger: {
            level: config.logLevel,
            redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]'],
          },
          trustProxy: config.trustProxy,
          bodyLimit: 1024 * 1024,
          requestIdHeader: 'x-request-id',
          genReqId: () => randomUUID(),
          ajv: {
            customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: false },
          },
          routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
        });
  app.decorate('config', config);
  app.decorate('database', database);
  if (rung >= 2) {
    app.addHook('onSend', async (request, reply, payload) => {
      reply.header('x-request-id', request.id);
      return payload;
    });
  }
  if (rung >= 3) await app.register(errorsPlugin);
  if (rung >= 4) await app.register(securityHeadersPlugin, { https: config.publicUrl.startsWith('https:') });
  if (rung >= 5) await app.register(metricsPlugin);
  if (rung >= 6) await app.register(cookie, { hook: false });
  if (rung >= 7) await app.register(rateLimit, { global: false });
  if (rung >= 8) await app.register(openapiPlugin);
  if (rung >= 9) await app.register(authPlugin);
  await app.register(healthRoutes);
  await app.ready();
  return app;
}
