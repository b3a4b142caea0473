// The observatory in the browser, as a visitor, on a small synthetic world scored once: the world ranking (map,
// table, window), France's console (accounts sorted by the server), an account's "why this score", the GEXF
// download, an unknown country, and axe on the ranking and the console in both themes.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreAll } from '../server/observatory/scoring/index.ts';
import { seedWorld } from '../server/observatory/synthetic/index.ts';
import {
  type E2eServer,
  eventually,
  formatViolations,
  launchBrowser,
  openPage,
  pageReady,
  seriousA11yViolations,
  startServer,
} from './harness.ts';

let server: E2eServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  await seedWorld(server.database, { size: 'small', seed: 1 });
  await scoreAll(server.database);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** axe in the light then the dark theme; returns the report of serious and critical violations (empty: none). */
async function a11yReport(page: Page, label: string): Promise<string> {
  const report: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.waitForFunction((wanted) => document.documentElement.dataset.frTheme === wanted, scheme);
    const violations = await seriousA11yViolations(page);
    if (violations.length > 0) report.push(formatViolations(`${label}, ${scheme}`, violations));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return report.join('\n');
}

describe('observatory before any scoring', () => {
  let empty: E2eServer;
  beforeAll(async () => {
    empty = await startServer();
  });
  afterAll(async () => {
    await empty?.close();
  });

  it('explains that scores come after imports, the index with the weights in force, and an empty console', async () => {
    const { page, context, problems } = await openPage(browser, empty, { colorScheme: 'light' });
    await page.goto('/observatoire');
    await pageReady(page);
    await page.getByRole('heading', { level: 2, name: 'Pas encore de scores' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('Les scores sont calculés après chaque import');
    expect(await page.getByTestId('country-ranking').count()).toBe(0);
    expect(await a11yReport(page, 'empty ranking')).toBe('');

    await page.getByRole('link', { name: 'Comprendre l’indice' }).click();
    await page.waitForURL(/\/observatoire\/methodologie$/);
    await pageReady(page);
    await eventually(() => page.title()).toBe('Méthode de l’indice d’influence – Diplomatie');
    const weights = page.getByTestId('methodology-weights');
    // The weights come from the server (defaults: dialogue 10 %, centrality 25 %).
    await eventually(() => weights.getByRole('row', { name: /Dialogue/ }).textContent()).toMatch(/10\s%/);
    await eventually(() => weights.getByRole('row', { name: /Centralité/ }).textContent()).toMatch(/25\s%/);
    expect(await page.locator('main').textContent()).toContain('Aucun score n’a encore été calculé');
    expect(await a11yReport(page, 'methodology')).toBe('');

    // A real country the registry has no account of is not an "unknown country".
    await page.goto('/observatoire/pays/FR');
    await page.getByRole('heading', { level: 1, name: 'France' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Aucun compte suivi' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('observatory, as a visitor', () => {
  it('ranks the countries, opens France’s console, then an account’s breakdown', async () => {
    const { page, context, problems } = await openPage(browser, server, { colorScheme: 'light' });

    await page.goto('/observatoire');
    await pageReady(page);
    await eventually(() => page.title()).toBe('Observatoire de l’influence – Diplomatie');
    const ranking = page.getByTestId('country-ranking');
    await ranking.waitFor();
    // Cumulative followers are labelled as a sum, not an audience.
    expect(await ranking.locator('thead').textContent()).toContain('Abonnés cumulés (somme, pas une audience unique)');
    expect(await ranking.locator('tbody tr').count()).toBeGreaterThan(10);
    // The map: every ranked country a link to its console, France among them.
    const map = page.getByTestId('world-map');
    await map.waitFor();
    await map.locator('a[href="/observatoire/pays/FR"]').waitFor({ state: 'attached' });
    expect(await map.locator('a').count()).toBeGreaterThan(10);
    // The comparison chart (France and the top countries by default) has its table alternative.
    await page.getByRole('figure', { name: /Indice d’influence au fil du temps/ }).waitFor();

    // Another window is kept in the URL and reloads the table.
    await page.getByText('Semaine', { exact: true }).click();
    await page.waitForURL(/periode=week/);
    await ranking.locator('caption', { hasText: 'semaine' }).waitFor({ state: 'attached' });

    expect(await a11yReport(page, 'world ranking')).toBe('');

    await ranking.getByRole('link', { name: 'France', exact: true }).click();
    await page.waitForURL(/\/observatoire\/pays\/FR\?periode=week$/);
    await page.getByRole('heading', { level: 1, name: 'France' }).waitFor();
    await pageReady(page);
    await eventually(() => page.title()).toBe('France : console de l’influence diplomatique – Diplomatie');
    const accounts = page.getByTestId('country-accounts');
    await accounts.waitFor();
    expect(await accounts.locator('tbody tr').count()).toBeGreaterThan(5);
    await page.getByRole('heading', { level: 2, name: 'Chiffres clés' }).waitFor();

    // Sorting is done by the server: by followers, largest first, then smallest first.
    const followersHeader = accounts.locator('thead th', { hasText: 'Abonnés' });
    await followersHeader.getByRole('button').click();
    await eventually(() => followersHeader.getAttribute('aria-sort')).toBe('descending');
    await page.waitForURL(/tri=followers/);
    const followers = async () =>
      (await accounts.locator('tbody tr td:nth-child(4)').allTextContents()).map((text) =>
        Number(text.replace(/\D/g, '')),
      );
    await eventually(async () => {
      const values = await followers();
      return values.length > 1 && values.every((value, i) => i === 0 || value <= (values[i - 1] ?? 0));
    }).toBe(true);
    await followersHeader.getByRole('button').click();
    await eventually(() => followersHeader.getAttribute('aria-sort')).toBe('ascending');
    await eventually(async () => {
      const values = await followers();
      return values.length > 1 && values.every((value, i) => i === 0 || value >= (values[i - 1] ?? 0));
    }).toBe(true);

    expect(await a11yReport(page, 'France’s console')).toBe('');

    // An account's page explains its score factor by factor.
    const firstAccount = accounts.locator('tbody tr th a').first();
    const accountName = (await firstAccount.textContent())?.trim() ?? '';
    await firstAccount.click();
    await page.waitForURL(/\/observatoire\/comptes\/\d+/);
    await pageReady(page);
    await eventually(() => page.locator('main h1').textContent()).toContain(accountName);
    await page.getByRole('main').getByText('Dialogue', { exact: true }).first().waitFor();

    expect(problems).toEqual([]);
    await context.close();
  });

  it('downloads the interaction graph as GEXF from the ranking page', async () => {
    const { page, context, problems } = await openPage(browser, server, { acceptDownloads: true });
    await page.goto('/observatoire');
    await pageReady(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Réseau d’interactions, pour Gephi/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.gexf$/);
    const gexf = await readFile(await download.path(), 'utf8');
    expect(gexf.startsWith('<?xml')).toBe(true);
    expect(gexf).toContain('<gexf');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('says so when the country code is unknown', async () => {
    const { page, context, problems } = await openPage(browser, server);
    await page.goto('/observatoire/pays/QQ');
    await page.getByRole('heading', { level: 1, name: 'Pays inconnu' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('« QQ » n’est pas un code de pays');
    await page.getByRole('link', { name: 'Retour au classement mondial' }).click();
    await page.waitForURL(/\/observatoire$/);
    expect(problems).toEqual([]);
    await context.close();
  });
});
