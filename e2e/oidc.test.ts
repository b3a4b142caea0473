// Sign-in with ProConnect in a real browser: /connexion -> "S'identifier avec ProConnect" -> the test provider's
// sign-in form -> back in the app, signed in (TOTP enrolment for a new agent, the account page when the provider
// asserted a second factor), or on /connexion?erreur=... when the account is refused.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestOidcProvider, type TestOidcProvider } from '../server/test/oidc-provider.ts';
import { type E2eServer, eventually, launchBrowser, openPage, pageReady, startServer } from './harness.ts';

let provider: TestOidcProvider;
let server: E2eServer;
let browser: Browser;

beforeAll(async () => {
  provider = await startTestOidcProvider();
  [server, browser] = await Promise.all([startServer({ env: provider.env() }), launchBrowser()]);
  // The app's port is known only now: register its callback and post-logout URIs with the provider.
  provider.setClientUris([`${server.url}/api/auth/oidc/callback`], [server.url]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await provider?.close();
});

let counter = 0;
async function publicOrganisation() {
  counter += 1;
  const siret = `1100${String(Date.now()).slice(-7)}${String(counter).padStart(3, '0')}`;
  await server.database.db
    .insertInto('organisations')
    .values({ name: `Ambassade ${counter}`, kind: 'diplomatic_post', siren: null, siret, country: 'FR' })
    .execute();
  return siret;
}

function account(siret: string, amr: string[]) {
  counter += 1;
  const id = `${Date.now().toString(36)}${counter}`;
  return provider.addAccount({
    sub: `agent-${id}`,
    email: `agent-${id}@diplomatie.gouv.fr`,
    given_name: 'Jeanne',
    usual_name: 'Barret',
    siret,
    idp_id: 'idp-test',
    amr,
  });
}

/** From /connexion, through the provider's sign-in form, back into the app. */
async function signInWithProConnect(page: Page, login: string): Promise<void> {
  await page.goto('/connexion');
  await page.getByRole('link', { name: /S.identifier avec\s*ProConnect/ }).click();
  await page.waitForURL((url) => url.href.startsWith(`${provider.issuer}/interaction/`));
  await page.getByLabel('Identifiant').fill(login);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => url.href.startsWith(server.url));
}

const me = (page: Page) =>
  page.evaluate(async () => (await fetch('/api/auth/me', { credentials: 'same-origin' })).json()) as Promise<{
    user: { email: string; audience: string } | null;
    mfa: string;
  }>;

describe('sign-in with ProConnect in the browser', () => {
  it('creates a new agent from a known SIRET and takes them to the TOTP enrolment', async () => {
    const agent = account(await publicOrganisation(), ['pwd']);
    const { page, context, problems } = await openPage(browser, server);
    await signInWithProConnect(page, agent.sub);
    await page.waitForURL(`${server.url}/compte/double-authentification`);
    await pageReady(page);
    const session = await me(page);
    expect(session.user).toMatchObject({ email: agent.email, audience: 'agent' });
    expect(session.mfa).toBe('enrolment_required');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('signs an agent straight in when the provider asserts a second factor', async () => {
    const agent = account(await publicOrganisation(), ['pwd', 'otp', 'mfa']);
    const { page, context, problems } = await openPage(browser, server);
    await signInWithProConnect(page, agent.sub);
    await page.waitForURL(`${server.url}/compte`);
    await pageReady(page);
    const session = await me(page);
    expect(session.user?.email).toBe(agent.email);
    expect(session.mfa).toBe('none');

    // Signing out ends the ProConnect session too: the provider asks, then sends the browser back to the app.
    await page.locator('header').getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL((url) => url.href.startsWith(`${provider.issuer}/session/end`));
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL((url) => url.href.startsWith(`${server.url}/`) && url.searchParams.has('state'));
    await eventually(async () => (await me(page)).user).toBeNull();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('sends a refused account back to the sign-in page, which says why', async () => {
    const stranger = account('99999999999999', ['mfa']);
    const { page, context, problems } = await openPage(browser, server);
    await signInWithProConnect(page, stranger.sub);
    await page.waitForURL(`${server.url}/connexion?erreur=ERR_OIDC_NOT_ALLOWED`);
    await page.getByText('Votre organisation n’est pas inscrite sur Diplomatie').waitFor();
    expect((await me(page)).user).toBeNull();
    expect(problems).toEqual([]);
    await context.close();
  });
});
