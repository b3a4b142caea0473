// The OpenAPI 3.1 description, generated from the route schemas: /api/openapi.json, browsable at /api/docs.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { errorCatalogue } from '../../common/errors.ts';
import { Problem } from '../../common/schemas/problem.ts';

const errorTable = Object.entries(errorCatalogue)
  .map(([code, e]) => `| <a id="error-${code}"></a>\`${code}\` | ${e.status} | ${e.en} |`)
  .join('\n');

export const openapiPlugin = fp(
  async (app: FastifyInstance) => {
    app.addSchema(Problem);
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Diplomatie API',
          version: '0.1.0',
          description: [
            'The open API of Diplomatie: observatory, export portal and network.',
            '',
            'Errors are RFC 9457 `application/problem+json` documents with a stable `code`; the message follows `Accept-Language` (French by default, English).',
            '',
            'State-changing requests need the `X-CSRF-Token` header: read `csrfToken` from `GET /api/auth/me` (it changes when you sign in).',
            '',
            '| code | status | meaning |',
            '| --- | --- | --- |',
            errorTable,
          ].join('\n'),
        },
        components: {
          securitySchemes: {
            session: { type: 'apiKey', in: 'cookie', name: 'diplomatie_session' },
            csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
          },
        },
        tags: [
          { name: 'auth', description: 'Accounts, sessions, second factor, single sign-on' },
          { name: 'operations', description: 'Health and readiness' },
          { name: 'observatory', description: 'Influence rankings, accounts, countries, interaction graph, exports' },
          { name: 'observatory-registry', description: 'Registry of diplomatic actors and accounts (editors)' },
          { name: 'observatory-imports', description: 'File imports and network polls (editors)' },
        ],
      },
      refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
    });
    await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true, uiConfig: { deepLinking: true } });
    app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'openapi', dependencies: ['errors'] },
);
