// Browser end-to-end harness: the real server (built web app, fresh PGlite database, real SMTP server) listening
// on a local port, Chromium driven by playwright-core, and helpers shared by the e2e test files.
//
// Extension point: startServer({ env, config }) passes extra environment (e.g. OIDC_ISSUER, OIDC_CLIENT_ID...)
// to loadConfig and overrides to the resulting Config, so a test can start the server against a local OpenID
// provider, a different rate limit, and so on.

import { createHash } from 'node:crypto';
import {
  type Dirent,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { buildApp, webDistDir } from '../server/app.ts';
import { type Config, loadConfig } from '../server/config.ts';
import { type Database, openDatabase } from '../server/db/index.ts';
import { listMigrations, migrate } from '../server/db/migrate.ts';
import { createMailer } from '../server/mail/mailer.ts';
import { startTestSmtp, type TestSmtp } from '../server/test/smtp.ts';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SECRET = 'e2e-secret-e2e-secret-e2e-secret-0123456789';

export interface E2eServer {
  /** http://127.0.0.1:PORT, also the server's PUBLIC_URL (so e-mailed links point at it). */
  url: string;
  app: FastifyInstance;
  database: Database;
  smtp: TestSmtp;
  config: Config;
  close(): Promise<void>;
}

/** The built web app must exist (scripts/test.mjs runs `vite build` before the browser tests). */
export function assertWebBuilt(): void {
  const index = path.join(webDistDir, 'index.html');
  if (!existsSync(index)) {
    throw new Error(`${path.relative(rootDir, index)} is missing: build the web app first with \`npx vite build\``);
  }
  // A stale build would test yesterday's app: warn when sources are newer than the build.
  const built = statSync(index).mtimeMs;
  const newest = newestMtime(path.join(rootDir, 'web'), ['dist', 'node_modules']);
  if (newest > built) console.warn('[e2e] web/ has changed since the last `vite build`: the tests run the older build');
}

function newestMtime(dir: string, skip: string[]): number {
  let newest = 0;
  for (const entry of readdirSafe(dir)) {
    if (skip.includes(entry.name)) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full, skip) : statSync(full).mtimeMs);
  }
  return newest;
}

function readdirSafe(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

/** A free TCP port on the loopback: the server's public URL must be known before it is built. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * A fresh PGlite database, migrated. Creating one costs 5-15 s here, loading a dump about 1 s: the first test
 * file migrates and keeps a dump (keyed by the PGlite version and the migrations) in .tmp/ for the next ones.
 */
async function openMigratedDatabase(): Promise<Database> {
  const pgliteVersion = (
    JSON.parse(readFileSync(path.join(rootDir, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const key = createHash('sha256')
    .update(pgliteVersion)
    .update(
      listMigrations()
        .map((m) => `${m.version}\n${m.text}`)
        .join('\n'),
    )
    .digest('hex')
    .slice(0, 16);
  const templateDir = path.join(rootDir, '.tmp');
  const template = path.join(templateDir, `e2e-pglite-${key}.tar`);
  if (existsSync(template)) {
    return openDatabase({ engine: 'pglite', loadDataDir: new Blob([readFileSync(template)]) });
  }
  const database = await openDatabase({ engine: 'pglite' });
  await migrate(database);
  const dump = await database.pglite!.dumpDataDir('none');
  mkdirSync(templateDir, { recursive: true });
  const partial = `${template}.${process.pid}`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, template);
  return database;
}

export async function startServer(
  options: { env?: Record<string, string>; config?: Partial<Config> } = {},
): Promise<E2eServer> {
  assertWebBuilt();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'diplomatie-e2e-'));
  const database = await openMigratedDatabase();
  const smtp = await startTestSmtp();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const config = loadConfig(
    {
      NODE_ENV: 'test',
      PORT: String(port),
      PUBLIC_URL: url,
      DATA_DIR: dataDir,
      SMTP_URL: smtp.url,
      SERVE_WEB: 'true',
      AUTH_RATE_LIMIT_PER_MINUTE: '10000',
      ...options.env,
    },
    { secret: SECRET, ...options.config },
  );
  const mailer = createMailer({
    smtpUrl: config.mail.smtpUrl,
    from: config.mail.from,
    outboxDir: path.join(dataDir, 'outbox'),
  });
  const app = await buildApp(config, { database, mailer });
  await app.listen({ port, host: '127.0.0.1' });
  return {
    url,
    app,
    database,
    smtp,
    config,
    close: async () => {
      await app.close();
      mailer.close();
      await smtp.close();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface E2ePage {
  context: BrowserContext;
  page: Page;
  /** Console errors and failed requests seen so far (CSP violations show up here). */
  problems: string[];
}

/** A fresh browser profile (cookies, localStorage) on the server, with the CSP enforced as in production. */
export async function openPage(
  browser: Browser,
  server: E2eServer,
  options: BrowserContextOptions = {},
): Promise<E2ePage> {
  const context = await browser.newContext({
    baseURL: server.url,
    viewport: { width: 1280, height: 900 },
    locale: 'fr-FR',
    ...options,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Chromium logs every 4xx answer; refused API calls are part of the flows under test.
    if (message.text().startsWith('Failed to load resource') && message.location().url.includes('/api/')) return;
    problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { context, page, problems };
}

/** Signs in through the API with the browser's own cookies (for tests whose subject is not sign-in). */
export async function signInViaApi(context: BrowserContext, email: string, password: string): Promise<void> {
  const me = await context.request.get('/api/auth/me');
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const login = await context.request.post('/api/auth/login', {
    data: { email, password },
    headers: { 'x-csrf-token': csrfToken },
  });
  if (!login.ok()) throw new Error(`sign-in of ${email} failed: ${login.status()} ${await login.text()}`);
}

/** Waits until the page has rendered its content: an h1, and no loading message left. */
export async function pageReady(page: Page): Promise<void> {
  // Server-rendered portal pages carry a `data-prerendered` main until the app mounts over it.
  await page.locator('main:not([data-prerendered]) h1').first().waitFor({ state: 'visible' });
  await page.waitForFunction(() => !document.querySelector('main [role="status"] .fr-icon-refresh-line'));
}

const axeSource = readFileSync(path.join(rootDir, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Runs axe-core (WCAG 2 A and AA rules) on the page and returns the serious and critical violations.
 * axe is evaluated through the DevTools protocol, so the page's CSP (script-src 'self') stays enforced.
 */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }).axe;
    const result = (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } })) as {
      violations: AxeViolation[];
    };
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export function formatViolations(label: string, violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `[${label}] ${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`).join('\n')}`,
    )
    .join('\n');
}

/** Polls until the assertion holds (Playwright-style auto-waiting, with vitest's expect). */
export const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 10_000, interval: 100 });
