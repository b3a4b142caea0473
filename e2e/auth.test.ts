// Accounts in the browser: company sign-up through the e-mailed link, sign-in and out, a refused sign-in, and
// an agent's mandatory TOTP enrolment followed by sign-in with a code and with a recovery code.
import { TOTP } from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, PASSWORD, uniqueEmail } from '../server/test/factories.ts';
import { linkIn } from '../server/test/smtp.ts';
import { type E2eServer, eventually, launchBrowser, openPage, startServer } from './harness.ts';

let server: E2eServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function signInWithForm(page: Page, email: string, password: string) {
  await page.goto('/connexion');
  await page.getByLabel('Adresse électronique').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
}

describe('company account', () => {
  it('signs up, follows the e-mailed link, signs in, sees the account and signs out', async () => {
    const { page, context, problems } = await openPage(browser, server);
    const email = uniqueEmail('company');

    await page.goto('/inscription');
    await eventually(() => page.title()).toBe('Créer un compte entreprise – Diplomatie');
    await page.getByLabel('Prénom et nom').fill('Claire Martin');
    await page.getByLabel('Adresse électronique').fill(email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Nom de l’entreprise').fill('Export & Co');
    await page.getByLabel(/Numéro SIREN/).fill('732829320');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByRole('heading', { level: 1, name: 'Consultez votre messagerie' }).waitFor();
    expect(await page.locator('main').textContent()).toContain(email);

    const mail = await server.smtp.waitFor(email, { subject: /Confirmez/, timeoutMs: 10_000 });
    const link = linkIn(mail, '/verifier-email');
    expect(link.startsWith(`${server.url}/verifier-email?token=`)).toBe(true);
    await page.goto(link);
    await page.getByRole('heading', { name: 'Adresse confirmée' }).waitFor();

    await page.getByRole('main').getByRole('link', { name: 'Se connecter' }).click();
    await page.waitForURL(/\/connexion$/);
    await page.getByLabel('Adresse électronique').fill(email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter', exact: true }).click();

    await page.waitForURL(/\/compte$/);
    await eventually(() => page.title()).toBe('Mon compte – Diplomatie');
    const profile = page.getByTestId('account-profile');
    await eventually(() => profile.textContent()).toContain('Claire Martin');
    await eventually(() => profile.textContent()).toContain(email);
    await eventually(() => profile.textContent()).toContain('Export & Co');
    await eventually(() => profile.textContent()).toContain('Entreprise');
    await eventually(() => page.getByTestId('totp-status').textContent()).toContain('Désactivée');
    await eventually(() => page.getByTestId('sessions').textContent()).toContain('Cette session');

    const header = page.locator('header');
    await header.getByRole('link', { name: 'Mon compte' }).waitFor();
    // The account page's queries settle first: a header re-rendered under the pointer can swallow the click.
    await page.waitForLoadState('networkidle');
    // Waiting for the logout answer tells a lost click (no request) from a slow server (a late answer).
    const [logout] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/auth/logout'), { timeout: 60_000 }),
      header.getByRole('button', { name: 'Se déconnecter' }).click(),
    ]);
    expect(logout.status()).toBe(200);
    await page.waitForURL(`${server.url}/`, { timeout: 60_000 });
    await header.getByRole('link', { name: 'Se connecter' }).waitFor();
    const me = await (await context.request.get('/api/auth/me')).json();
    expect(me.user).toBeNull();

    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the server’s message when sign-in fails', async () => {
    const { page, context } = await openPage(browser, server);
    await signInWithForm(page, uniqueEmail('nobody'), 'not the right password');
    const alert = page.getByRole('alert');
    await eventually(() => alert.textContent()).toContain('Adresse électronique ou mot de passe incorrect.');
    await page.waitForURL(/\/connexion$/);
    await context.close();
  });
});

describe('agent with mandatory two-factor authentication', () => {
  it('enrols, keeps the recovery codes, then signs in with a code and with a recovery code', async () => {
    const agent = await makeUser(server.database.db, { audience: 'agent', organisation: 'Ministère de l’Europe' });
    const { page, context, problems } = await openPage(browser, server);

    await signInWithForm(page, agent.email, agent.password);
    await page.waitForURL(/\/compte\/double-authentification$/);
    await eventually(() => page.title()).toBe('Double authentification – Diplomatie');
    await page.getByAltText('QR code à scanner avec votre application d’authentification').waitFor();
    const secret = await page.getByTestId('totp-secret').getAttribute('data-secret');
    expect(secret).toMatch(/^[A-Z2-7]+$/);
    const totp = new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: secret! });

    await page.getByLabel('Code à 6 chiffres').fill(totp.generate());
    await page.getByRole('button', { name: 'Activer la double authentification' }).click();
    const codes = page.getByTestId('recovery-codes').locator('code');
    await eventually(() => codes.count()).toBe(10);
    const recoveryCodes = await codes.allInnerTexts();
    await page.getByRole('button', { name: 'Télécharger les codes' }).waitFor();
    await page.getByRole('button', { name: 'J’ai conservé mes codes, continuer' }).click();

    await page.waitForURL(/\/compte$/);
    await eventually(() => page.getByTestId('totp-status').textContent()).toContain('Activée');
    await eventually(() => page.getByTestId('account-profile').textContent()).toContain('Agent public');
    await page.getByRole('main').getByRole('button', { name: 'Se déconnecter' }).click();
    await page.locator('header').getByRole('link', { name: 'Se connecter' }).waitFor();

    // The code used for enrolment cannot be replayed: take the next time step (the server allows one step of drift).
    await signInWithForm(page, agent.email, agent.password);
    await page.waitForURL(/\/connexion\/double-authentification$/);
    await page.getByLabel('Code à 6 chiffres').fill(totp.generate({ timestamp: Date.now() + 30_000 }));
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await page.waitForURL(/\/compte$/);
    await eventually(() => page.getByTestId('account-profile').textContent()).toContain(agent.email);

    await page.locator('header').getByRole('button', { name: 'Se déconnecter' }).click();
    await page.locator('header').getByRole('link', { name: 'Se connecter' }).waitFor();
    await signInWithForm(page, agent.email, agent.password);
    await page.waitForURL(/\/connexion\/double-authentification$/);
    await page.getByRole('button', { name: 'Utiliser un code de secours' }).click();
    await page.getByLabel('Code de secours').fill(recoveryCodes[0]!);
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await page.waitForURL(/\/compte$/);

    expect(problems).toEqual([]);
    await context.close();
  });
});
