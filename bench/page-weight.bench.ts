// Landing page weight: the export portal's home (/portail-export) loaded in Chromium from the real server (built
// web app, in-memory PGlite with the portal's reference data), every JS, CSS and font response of the first load
// recorded (lazy chunks included), raw and gzip (zlib level 9: the server itself does not compress) against the
// aim of 150 KiB of gzipped JavaScript; the platform's home (/) measured the same way in the same run is the
// baseline. Also: the server's cost of prerendering a portal page (autocannon, the server in a child process)
// against the plain index.html of a page that is not prerendered, and a Lighthouse performance score when
// BENCH_LIGHTHOUSE_DIR names a folder where `npm install lighthouse` was run (not a project dependency).
//
// The bench builds the web app first when web/dist is missing or older than web/ (BENCH_BUILD=1 always, 0 never:
// a build replaces web/dist under any server or browser test running from it).
import { type ChildProcess, execFile, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { chromium, type Response } from 'playwright-core';

const here = fileURLToPath(import.meta.url);
const rootDir = path.resolve(path.dirname(here), '..');
const webDir = path.join(rootDir, 'web');
const distIndex = path.join(webDir, 'dist', 'index.html');
const aimJsGzipBytes = 150 * 1024;

export interface PageWeightBenchOptions {
  /** Seconds of autocannon per prerender target (0: skip the server-side measure). */
  loadSeconds: number;
  connections: number;
  build: 'auto' | 'always' | 'never';
  lighthouseDir: string | undefined;
  log: (line: string) => void;
}

type Kind = 'js' | 'css' | 'font' | 'html' | 'image' | 'api' | 'other';
interface Bytes {
  count: number;
  raw: number;
  gzip: number;
}

// --- The server, in a child process of its own (this file with the argument `serve`) -------------------------

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

async function serve(): Promise<void> {
  const { buildApp } = await import('../server/app.ts');
  const { loadConfig } = await import('../server/config.ts');
  const { openDatabase } = await import('../server/db/index.ts');
  const { migrate } = await import('../server/db/migrate.ts');
  const { createMailer } = await import('../server/mail/mailer.ts');
  const { seedPortal } = await import('../server/portal/seed/index.ts');
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'diplomatie-page-weight-'));
  const port = await freePort();
  const config = loadConfig({
    NODE_ENV: 'production',
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DATA_DIR: dataDir,
    SECRET: randomBytes(32).toString('base64url'),
    LOG_LEVEL: 'warn',
    SERVE_WEB: 'true',
    DEMO_SEED: 'false',
  });
  const database = await openDatabase({ engine: 'pglite' });
  await migrate(database);
  await seedPortal(database.db);
  const offer = await database.db
    .selectFrom('portal_offers')
    .select('id')
    .where('status', '=', 'published')
    .orderBy('id')
    .executeTakeFirst();
  const mailer = createMailer({ smtpUrl: undefined, from: config.mail.from, outboxDir: path.join(dataDir, 'outbox') });
  const app = await buildApp(config, { database, mailer });
  await app.listen({ port, host: '127.0.0.1' });
  process.on('message', async (message) => {
    if (message !== 'stop') return;
    await app.close();
    mailer.close();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  });
  process.send?.({ port, offerId: offer?.id ?? null });
}

function startChild(
  log: (line: string) => void,
): Promise<{ child: ChildProcess; port: number; offerId: string | null }> {
  const child = fork(here, ['serve'], {
    cwd: rootDir,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 2, 'inherit', 'ipc'],
  });
  log('starting the server (migrations and portal seed on an in-memory PGlite)');
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('the server did not start within 180 s'));
    }, 180_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with code ${code} before listening`));
    });
    child.once('message', (message: { port: number; offerId: string | null }) => {
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({ child, ...message });
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.send('stop');
  });
}

// --- The web build ----------------------------------------------------------------------------------------------

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

async function ensureWebBuilt(
  mode: PageWeightBenchOptions['build'],
  log: (line: string) => void,
): Promise<{ built: boolean; stale: boolean; seconds: number }> {
  if (!existsSync(distIndex) && mode === 'never') throw new Error('web/dist is missing: run `npx vite build` first');
  const stale = !existsSync(distIndex) || newestMtime(webDir) > statSync(distIndex).mtimeMs;
  if (mode === 'never' || (mode === 'auto' && !stale)) return { built: false, stale, seconds: 0 };
  log('building the web app (vite build)');
  const started = Date.now();
  const { build } = await import('vite');
  await build({ configFile: path.join(rootDir, 'vite.config.ts'), logLevel: 'warn' });
  return { built: true, stale: false, seconds: Math.round((Date.now() - started) / 100) / 10 };
}

// --- The browser's first load -----------------------------------------------------------------------------------

function kindOf(response: Response): Kind {
  const type = response.request().resourceType();
  const contentType = response.headers()['content-type'] ?? '';
  if (type === 'script' || contentType.includes('javascript')) return 'js';
  if (type === 'stylesheet' || contentType.includes('text/css')) return 'css';
  if (type === 'font' || /font|woff/.test(contentType)) return 'font';
  if (type === 'document') return 'html';
  if (type === 'image') return 'image';
  if (type === 'fetch' || type === 'xhr') return 'api';
  return 'other';
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

async function measureFirstLoad(browserPath: string, baseUrl: string, pagePath: string) {
  const browser = await chromium.launch({
    executablePath: browserPath,
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
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
    const page = await context.newPage();
    const pending: Promise<{ url: string; kind: Kind; raw: number; gzip: number; status: number }>[] = [];
    page.on('response', (response) => {
      pending.push(
        response
          .body()
          .catch(() => Buffer.alloc(0))
          .then((body) => ({
            url: new URL(response.url()).pathname,
            kind: kindOf(response),
            raw: body.length,
            gzip: body.length ? gzipSync(body, { level: 9 }).length : 0,
            status: response.status(),
          })),
      );
    });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(baseUrl + pagePath, { waitUntil: 'load' });
    await page.locator('main h1').first().waitFor({ state: 'visible', timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return {
        firstContentfulPaintMs: fcp ? Math.round(fcp.startTime) : null,
        domContentLoadedMs: nav ? Math.round(nav.domContentLoadedEventEnd) : null,
        loadMs: nav ? Math.round(nav.loadEventEnd) : null,
        h1Count: document.querySelectorAll('h1').length,
        mainCount: document.querySelectorAll('main').length,
      };
    });
    const responses = await Promise.all(pending);
    const byKind = {} as Record<Kind, Bytes>;
    for (const kind of ['js', 'css', 'font', 'html', 'image', 'api', 'other'] as Kind[])
      byKind[kind] = { count: 0, raw: 0, gzip: 0 };
    for (const r of responses) {
      const total = byKind[r.kind];
      total.count++;
      total.raw += r.raw;
      total.gzip += r.gzip;
    }
    const files = (kind: Kind) =>
      responses
        .filter((r) => r.kind === kind)
        .sort((a, b) => b.gzip - a.gzip)
        .map((r) => ({ path: r.url, raw: r.raw, gzip: r.gzip }));
    return {
      path: pagePath,
      ...byKind,
      jsFiles: files('js'),
      cssFiles: files('css'),
      fontFiles: files('font'),
      timing,
      problems,
    };
  } finally {
    await browser.close();
  }
}

// --- The server's cost of prerendering ----------------------------------------------------------------------------

async function loadTarget(url: string, seconds: number, connections: number) {
  const result = await autocannon({ url, connections, duration: seconds, headers: { accept: 'text/html' } });
  return {
    reqPerSec: Math.round(result.requests.average),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

// --- Lighthouse (optional) -----------------------------------------------------------------------------------------

async function lighthouseScore(dir: string, url: string, browserPath: string) {
  const cli = path.join(dir, 'node_modules', 'lighthouse', 'cli', 'index.js');
  if (!existsSync(cli)) return { skipped: `no Lighthouse in ${dir} (npm install lighthouse there)` };
  const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'];
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [cli, url, '--only-categories=performance', '--output=json', '--quiet', `--chrome-flags=${flags.join(' ')}`],
    { env: { ...process.env, CHROME_PATH: browserPath }, maxBuffer: 64 * 1024 * 1024, timeout: 180_000 },
  );
  const report = JSON.parse(stdout) as {
    lighthouseVersion: string;
    categories: { performance: { score: number | null } };
    audits: Record<string, { numericValue?: number }>;
  };
  const metric = (id: string) => Math.round(report.audits[id]?.numericValue ?? Number.NaN);
  return {
    version: report.lighthouseVersion,
    performanceScore:
      report.categories.performance.score === null ? null : Math.round(report.categories.performance.score * 100),
    firstContentfulPaintMs: metric('first-contentful-paint'),
    largestContentfulPaintMs: metric('largest-contentful-paint'),
    totalBlockingTimeMs: metric('total-blocking-time'),
    cumulativeLayoutShift: Math.round((report.audits['cumulative-layout-shift']?.numericValue ?? 0) * 1000) / 1000,
    settings: 'Lighthouse defaults: simulated mobile, slow 4G, 4x CPU slowdown',
  };
}

export async function runPageWeightBench(options: PageWeightBenchOptions) {
  const build = await ensureWebBuilt(options.build, options.log);
  const browserPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  const server = await startChild(options.log);
  const baseUrl = `http://127.0.0.1:${server.port}`;
  try {
    const pages: Record<string, Awaited<ReturnType<typeof measureFirstLoad>>> = {};
    for (const pagePath of ['/', '/portail-export']) {
      options.log(`first load of ${pagePath} in Chromium`);
      pages[pagePath] = await measureFirstLoad(browserPath, baseUrl, pagePath);
    }
    const portal = pages['/portail-export']!;
    const home = pages['/']!;

    // Each prerendered page against the JSON read its React app makes for the same content, and the plain
    // index.html of a page that is not prerendered (/connexion).
    const pairs: { page: string; api: string }[] = [
      { page: '/portail-export', api: '/api/portal/steps' },
      { page: '/portail-export/offres', api: '/api/portal/offers' },
      ...(server.offerId
        ? [{ page: `/portail-export/offres/${server.offerId}`, api: `/api/portal/offers/${server.offerId}` }]
        : []),
      { page: '/portail-export/pays/VN', api: '/api/portal/countries/VN' },
    ];
    const prerender: Record<string, Awaited<ReturnType<typeof loadTarget>> & { apiRatio?: number }> = {};
    if (options.loadSeconds > 0) {
      for (const target of ['/connexion', ...pairs.flatMap((p) => [p.api, p.page])]) {
        options.log(`autocannon ${target} (${options.loadSeconds} s, ${options.connections} connections)`);
        await loadTarget(baseUrl + target, 1, options.connections);
        prerender[target] = await loadTarget(baseUrl + target, options.loadSeconds, options.connections);
      }
      for (const { page, api } of pairs) {
        const pageRun = prerender[page];
        const apiRun = prerender[api];
        if (pageRun && apiRun?.reqPerSec)
          pageRun.apiRatio = Math.round((pageRun.reqPerSec / apiRun.reqPerSec) * 100) / 100;
      }
    }

    let lighthouse: object = { skipped: 'BENCH_LIGHTHOUSE_DIR not set' };
    if (options.lighthouseDir) {
      options.log('Lighthouse on /portail-export and /');
      try {
        lighthouse = {
          '/portail-export': await lighthouseScore(options.lighthouseDir, `${baseUrl}/portail-export`, browserPath),
          '/': await lighthouseScore(options.lighthouseDir, `${baseUrl}/`, browserPath),
        };
      } catch (err) {
        lighthouse = { failed: (err as Error).message.slice(0, 500) };
      }
    }

    return {
      bench: 'page-weight',
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '', node: process.version },
      webBuild: build,
      aim: { jsGzipBytes: aimJsGzipBytes, meetsAim: portal.js.gzip <= aimJsGzipBytes },
      summaryKiB: Object.fromEntries(
        Object.entries(pages).map(([p, m]) => [
          p,
          {
            jsGzip: kb(m.js.gzip),
            jsRaw: kb(m.js.raw),
            cssGzip: kb(m.css.gzip),
            cssRaw: kb(m.css.raw),
            fontsRaw: kb(m.font.raw),
            fontsGzip: kb(m.font.gzip),
            htmlGzip: kb(m.html.gzip),
          },
        ]),
      ),
      portalToBaselineJsGzipRatio: Math.round((portal.js.gzip / home.js.gzip) * 100) / 100,
      pages,
      prerender: {
        note: 'Server only (autocannon): /connexion is the plain index.html; each prerendered page has apiRatio, its req/s over the JSON read of the same content',
        seconds: options.loadSeconds,
        connections: options.connections,
        targets: prerender,
      },
      lighthouse,
    };
  } finally {
    await stopChild(server.child);
  }
}

if (process.argv[2] === 'serve' && path.resolve(process.argv[1] ?? '') === here) {
  serve().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
