// Accessibility: axe-core (WCAG 2 A and AA rules) on every page, in the light and the dark theme, as a visitor
// or in the session state each page is for. No serious or critical violation is allowed.
import { TOTP } from 'otpauth';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, uniqueEmail } from '../server/test/factories.ts';
import { linkIn } from '../server/test/smtp.ts';
import {
  type E2eServer,
  formatViolations,
  launchBrowser,
  openPage,
  pageReady,
  seriousA11yViolations,
  signInViaApi,
  startServer,
} from './harness.ts';

type Scheme = 'light' | 'dark';
type Role = 'visitor' | 'admin' | 'enrolling' | 'challenged';

let server: E2eServer;
let browser: Browser;
let invitationPath = '';
const contexts = new Map<string, { context: BrowserContext; page: Page; problems: string[] }>();

async function csrf(context: BrowserContext): Promise<string> {
  return ((await (await context.request.get('/api/auth/me')).json()) as { csrfToken: string }).csrfToken;
}

async function post(context: BrowserContext, url: string, data: object = {}) {
  const response = await context.request.post(url, { data, headers: { 'x-csrf-token': await csrf(context) } });
  if (!response.ok()) throw new Error(`${url}: ${response.status()} ${await response.text()}`);
  return response.json();
}

/** An agent whose TOTP is on, signed in with the password only: the session waits for the second factor. */
async function challengedAgent(context: BrowserContext): Promise<void> {
  const agent = await makeUser(server.database.db, { audience: 'agent' });
  await signInViaApi(context, agent.email, agent.password);
  const setup = (await post(context, '/api/auth/totp/setup')) as { secret: string };
  const totp = new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: setup.secret });
  await post(context, '/api/auth/totp/enable', { code: totp.generate() });
  await post(context, '/api/auth/logout');
  await signInViaApi(context, agent.email, agent.password);
}

beforeAll(async () => {
  // ProConnect configured (never contacted: discovery is lazy) so that the sign-in page shows its button.
  const oidc = { OIDC_ISSUER: 'http://127.0.0.1:9/oidc', OIDC_CLIENT_ID: 'diplomatie-a11y' };
  [server, browser] = await Promise.all([startServer({ env: oidc }), launchBrowser()]);
  const db = server.database.db;
  const admin = await makeUser(db, { audience: 'agent', roles: ['admin'], no2fa: true, organisation: 'Ministère' });
  const enrolling = await makeUser(db, { audience: 'agent' });
  for (const role of ['visitor', 'admin', 'enrolling', 'challenged'] as const) {
    const opened = await openPage(browser, server, { colorScheme: 'light' });
    if (role === 'admin') await signInViaApi(opened.context, admin.email, admin.password);
    if (role === 'enrolling') await signInViaApi(opened.context, enrolling.email, enrolling.password);
    if (role === 'challenged') await challengedAgent(opened.context);
    contexts.set(role, opened);
  }
  // A real invitation, so that its page shows the acceptance form.
  const adminContext = contexts.get('admin')!.context;
  const invited = uniqueEmail('partner');
  await post(adminContext, '/api/auth/invitations', {
    email: invited,
    audience: 'partner',
    organisation: { name: 'Conseillers du commerce extérieur', kind: 'association' },
    partnerExpiresAt: new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10),
  });
  const mail = await server.smtp.waitFor(invited, { timeoutMs: 10_000 });
  const link = new URL(linkIn(mail, '/invitation'));
  invitationPath = link.pathname + link.search;
});

afterAll(async () => {
  for (const { context } of contexts.values()) await context.close();
  await browser?.close();
  await server?.close();
});

interface PageCase {
  name: string;
  role: Role;
  path: () => string;
  /** Brings the page into the state to check (e.g. a form with its errors shown). */
  act?: (page: Page) => Promise<void>;
}

const pages: PageCase[] = [
  { name: 'home', role: 'visitor', path: () => '/' },
  { name: 'observatory', role: 'visitor', path: () => '/observatoire' },
  { name: 'export portal', role: 'visitor', path: () => '/portail-export' },
  { name: 'network', role: 'visitor', path: () => '/reseau' },
  { name: 'sign-up', role: 'visitor', path: () => '/inscription' },
  {
    name: 'sign-up with errors',
    role: 'visitor',
    path: () => '/inscription',
    act: async (page) => {
      await page.getByRole('button', { name: 'Créer mon compte' }).click();
      await page.locator('.fr-input-group--error').first().waitFor();
    },
  },
  {
    name: 'sign-in',
    role: 'visitor',
    path: () => '/connexion',
    act: async (page) => {
      await page.getByRole('link', { name: /S.identifier avec\s*ProConnect/ }).waitFor();
    },
  },
  {
    name: 'sign-in refused',
    role: 'visitor',
    path: () => '/connexion',
    act: async (page) => {
      await page.getByLabel('Adresse électronique').fill(uniqueEmail('nobody'));
      await page.getByLabel('Mot de passe', { exact: true }).fill('not the right password');
      await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
      await page.getByRole('alert').waitFor();
    },
  },
  {
    name: 'sign-in after a refused ProConnect sign-in',
    role: 'visitor',
    path: () => '/connexion?erreur=ERR_OIDC_NOT_ALLOWED',
    act: async (page) => {
      await page
        .getByRole('alert')
        .getByText('Votre organisation n’est pas inscrite sur Diplomatie', { exact: false })
        .waitFor();
    },
  },
  { name: 'forgotten password', role: 'visitor', path: () => '/mot-de-passe-oublie' },
  { name: 'password reset', role: 'visitor', path: () => '/reinitialiser-mot-de-passe?token=abcdefghijklmnop' },
  {
    name: 'e-mail verification (bad link)',
    role: 'visitor',
    path: () => '/verifier-email?token=abcdefghijklmnop',
    act: async (page) => {
      await page.getByRole('heading', { name: 'Le lien n’a pas pu être utilisé' }).waitFor();
    },
  },
  { name: 'invitation', role: 'visitor', path: () => invitationPath },
  { name: 'accessibility statement', role: 'visitor', path: () => '/accessibilite' },
  { name: 'not found', role: 'visitor', path: () => '/cette-page-n-existe-pas' },
  { name: 'account (admin, with the invitation form)', role: 'admin', path: () => '/compte' },
  {
    name: 'TOTP enrolment',
    role: 'enrolling',
    path: () => '/compte/double-authentification',
    act: async (page) => {
      await page.getByTestId('totp-secret').waitFor();
    },
  },
  { name: 'TOTP challenge at sign-in', role: 'challenged', path: () => '/connexion/double-authentification' },
];

describe('axe-core finds no serious or critical violation', () => {
  it.each(pages)('$name', async ({ name, role, path, act }) => {
    const { page, problems } = contexts.get(role)!;
    const report: string[] = [];
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path());
    await pageReady(page);
    if (act) await act(page);
    // The same page in both themes: DSFR follows the system preference ("system" is the default scheme).
    for (const scheme of ['light', 'dark'] as const satisfies Scheme[]) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.waitForFunction((wanted) => document.documentElement.dataset.frTheme === wanted, scheme);
      const violations = await seriousA11yViolations(page);
      if (violations.length > 0) report.push(formatViolations(`${name}, ${scheme}`, violations));
    }
    expect(problems, `console errors on ${name}`).toEqual([]);
    expect(report.join('\n'), 'serious or critical accessibility violations').toBe('');
  });
});
