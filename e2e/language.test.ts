// The interface language: French by default, English from the header's language switch, kept across reloads,
// on <html lang>, and used by the server for its error messages. And the light/dark display settings.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueEmail } from '../server/test/factories.ts';
import { type E2eServer, eventually, launchBrowser, openPage, pageReady, startServer } from './harness.ts';

let server: E2eServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('language switch', () => {
  it('starts in French, switches to English, and keeps English after a reload', async () => {
    const { page, context, problems } = await openPage(browser, server, { locale: 'en-GB' });
    await page.goto('/');
    await pageReady(page);
    // French by default, whatever the browser's own language.
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.title()).toBe('Accueil – Diplomatie');
    const nav = page.getByRole('navigation', { name: 'Menu principal' });
    await nav.getByRole('link', { name: 'Observatoire' }).waitFor();

    await page.locator('header').getByRole('button', { name: 'fr', exact: true }).click();
    await page
      .locator('header')
      .getByRole('link', { name: /English/ })
      .click();

    await eventually(() => page.getAttribute('html', 'lang')).toBe('en');
    await eventually(() => page.title()).toBe('Home – Diplomatie');
    await eventually(() => page.locator('main h1').textContent()).toContain(
      'the digital platform for public diplomacy',
    );
    await page.locator('header').getByRole('link', { name: 'Sign in' }).waitFor();

    await page.reload();
    await pageReady(page);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.title()).toBe('Home – Diplomatie');
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Observatory' }).click();
    await page.waitForURL(/\/observatoire$/);
    await eventually(() => page.title()).toBe('Influence observatory – Diplomatie');

    // Server errors come back in the interface language (Accept-Language on every API call).
    await page.locator('header').getByRole('link', { name: 'Sign in' }).click();
    await page.waitForURL(/\/connexion$/);
    await page.getByLabel('E-mail address').fill(uniqueEmail('nobody'));
    await page.getByLabel('Password', { exact: true }).fill('not the right password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await eventually(() => page.getByRole('alert').textContent()).toContain('Incorrect e-mail address or password.');

    // And back to French.
    await page.locator('header').getByRole('button', { name: 'en', exact: true }).click();
    await page
      .locator('header')
      .getByRole('link', { name: /Français/ })
      .click();
    await eventually(() => page.getAttribute('html', 'lang')).toBe('fr');
    await eventually(() => page.title()).toBe('Connexion – Diplomatie');

    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('display settings', () => {
  it('switches to the dark theme from the footer and keeps it after a reload', async () => {
    const { page, context, problems } = await openPage(browser, server, { colorScheme: 'light' });
    await page.goto('/');
    await pageReady(page);
    expect(await page.getAttribute('html', 'data-fr-theme')).toBe('light');
    await page
      .locator('footer')
      .getByRole('button', { name: /Paramètres d.affichage/ })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Thème sombre').click();
    await eventually(() => page.getAttribute('html', 'data-fr-theme')).toBe('dark');
    await page.reload();
    await pageReady(page);
    expect(await page.getAttribute('html', 'data-fr-theme')).toBe('dark');
    expect(problems).toEqual([]);
    await context.close();
  });
});
