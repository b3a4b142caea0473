// What buildApp decorates the Fastify instance and requests with.

import type { Viewer } from './access/viewer.ts';
import type { Config } from './config.ts';
import type { Database } from './db/index.ts';
import type { Mailer } from './mail/mailer.ts';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    database: Database;
    mailer: Mailer;
  }
  interface FastifyRequest {
    /** Who is asking, derived from the session (a visitor when signed out). Loaded by the auth plugin. */
    viewer: Viewer;
    sessionId: string | null;
  }
}
