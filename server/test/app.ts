// An app on a fresh database with a real SMTP server, plus a tiny cookie-keeping client for app.inject().
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.ts';
import { type Config, loadConfig } from '../config.ts';
import type { Database } from '../db/index.ts';
import { createMailer } from '../mail/mailer.ts';
import { createTestDatabase } from './db.ts';
import { startTestSmtp, type TestSmtp } from './smtp.ts';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  smtp: TestSmtp;
  config: Config;
  close(): Promise<void>;
}

export async function createTestApp(
  options: { env?: Record<string, string>; config?: Partial<Config> } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const smtp = await startTestSmtp();
  const config = loadConfig(
    {
      NODE_ENV: 'test',
      SMTP_URL: smtp.url,
      PUBLIC_URL: 'http://localhost:3000',
      AUTH_RATE_LIMIT_PER_MINUTE: '10000',
      SERVE_WEB: 'false',
      ...options.env,
    },
    { secret: 'test-secret-test-secret-test-secret-0123', ...options.config },
  );
  const mailer = createMailer({ smtpUrl: config.mail.smtpUrl, from: config.mail.from, outboxDir: '/nonexistent' });
  const app = await buildApp(config, { database, mailer });
  await app.ready();
  return {
    app,
    database,
    smtp,
    config,
    close: async () => {
      await app.close();
      mailer.close();
      await smtp.close();
      await database.close();
    },
  };
}

/** A browser-like client: keeps cookies, sends the CSRF token it was last given. */
export class Client {
  cookies = new Map<string, string>();
  csrf: string | undefined;
  lang: 'fr' | 'en' = 'fr';

  constructor(private readonly app: FastifyInstance) {}

  async request(options: InjectOptions & { url: string }): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = {
      'accept-language': this.lang,
      ...(options.headers as Record<string, string>),
    };
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (this.csrf && options.method && options.method !== 'GET' && !('x-csrf-token' in headers))
      headers['x-csrf-token'] = this.csrf;
    const response = await this.app.inject({ ...options, headers });
    for (const c of response.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired = c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.now()) || c.value === '';
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const type = response.headers['content-type'];
    if (typeof type === 'string' && type.includes('json') && response.body) {
      const body = response.json() as { csrfToken?: string };
      if (body && typeof body.csrfToken === 'string') this.csrf = body.csrfToken;
    }
    return response;
  }

  get(url: string) {
    return this.request({ method: 'GET', url });
  }
  post(url: string, payload?: unknown) {
    return this.request({ method: 'POST', url, ...(payload === undefined ? {} : { payload: payload as object }) });
  }
  patch(url: string, payload: unknown) {
    return this.request({ method: 'PATCH', url, payload: payload as object });
  }
  delete(url: string) {
    return this.request({ method: 'DELETE', url });
  }
  /** Fetches /api/auth/me first, as the web app does, to get a CSRF token. */
  async start(): Promise<this> {
    await this.get('/api/auth/me');
    return this;
  }
}
