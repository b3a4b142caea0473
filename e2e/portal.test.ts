// The export portal in the browser, on the real reference data: a visitor searches the catalogue, filters by step
// and opens an offer; takes the self-assessment and reads the recommendations; subscribes to a country's events;
// sends a hotline request (the acknowledgement reaches the SMTP server); an editor publishes an offer that a visitor
// then finds. axe finds no serious violation on any portal page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedPortal } from '../server/portal/seed/index.ts';
import { makeUser } from '../server/test/factories.ts';
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

let server: E2eServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  await seedPortal(server.database.db);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function expectAccessible(page: Page, label: string): Promise<void> {
  const violations = await seriousA11yViolations(page);
  expect(violations, formatViolations(label, violations)).toEqual([]);
}

describe('export portal, as a visitor', () => {
  it('searches "assurance prospection", filters by step 4 and opens the offer', async () => {
    const { page, problems, context } = await openPage(browser, server);
    await page.goto('/portail-export/offres');
    await pageReady(page);
    await page.getByRole('searchbox', { name: /Rechercher dans le catalogue/ }).fill('assurance prospection');
    await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
    await page.waitForURL(/q=assurance/);
    const results = page.locator('section[aria-labelledby="catalogue-results"]');
    await expect.poll(() => results.getByRole('link', { name: /Assurance prospection/ }).count()).toBeGreaterThan(0);

    // The box follows the URL (the search state): click, then check what the page did, not the box right away. A click
    // that lands while the facets re-render (the search's answer arriving) is lost: click again only while the URL
    // still lacks the step, so a late click is never undone.
    const stepFour = page
      .getByRole('group', { name: 'Étape du parcours' })
      .getByRole('checkbox', { name: /Prospecter/ });
    for (let attempt = 0; attempt < 5 && !/step=4/.test(page.url()); attempt++) {
      await stepFour.click({ force: true });
      await page.waitForURL(/step=4/, { timeout: 5_000 }).catch(() => undefined);
    }
    await page.waitForURL(/step=4/);
    await expect
      .poll(() =>
        page
          .getByRole('group', { name: 'Étape du parcours' })
          .getByRole('checkbox', { name: /Prospecter/ })
          .isChecked(),
      )
      .toBe(true);
    await expectAccessible(page, 'catalogue');
    // Every offer listed is one of step 4: the API says so for the same search.
    const api = await context.request.get('/api/portal/offers?q=assurance%20prospection&step=4');
    const body = (await api.json()) as { items: { id: string; steps: number[] }[]; total: number };
    expect(body.total).toBeGreaterThan(0);
    expect(body.items.every((item) => item.steps.includes(4))).toBe(true);

    await results
      .getByRole('link', { name: /Assurance prospection/ })
      .first()
      .click();
    await page.waitForURL(/\/portail-export\/offres\/[a-z0-9-]+$/);
    await pageReady(page);
    await expect.poll(() => page.locator('main h1').textContent()).toMatch(/Assurance prospection/);
    await expect.poll(() => page.getByText('Bpifrance').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'offer');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('takes the self-assessment and sees recommendations that point to steps and offers', async () => {
    const { page, problems, context } = await openPage(browser, server);
    await page.goto('/portail-export/autodiagnostic');
    await pageReady(page);
    await expectAccessible(page, 'assessment intro');
    await page.getByRole('button', { name: /Commencer l’autodiagnostic/ }).click();
    // One theme per step: answer every question with its weakest option, then go on.
    for (let theme = 0; theme < 6; theme++) {
      const groups = page.locator('main fieldset:has(input[type="radio"])');
      await groups.first().waitFor();
      const count = await groups.count();
      for (let i = 0; i < count; i++) await groups.nth(i).locator('input[type="radio"]').first().check({ force: true });
      if (theme < 5) await page.getByRole('button', { name: /Thème suivant/ }).click();
    }
    await page.getByRole('button', { name: 'Envoyer mes réponses et voir mon résultat' }).click();
    await page.waitForURL(/\/autodiagnostic\/resultats\/[0-9a-f-]{36}$/);
    await pageReady(page);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Vos points à renforcer et nos recommandations' }).count())
      .toBe(1);
    await expect.poll(() => page.getByText('Primo-exportateur').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('main a[href^="/portail-export/etapes/"]').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('main a[href^="/portail-export/offres/"]').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'assessment result');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('subscribes to the events on Vietnam: the feed holds Vietnam events only', async () => {
    const { page, problems, context } = await openPage(browser, server);
    await page.goto('/portail-export/pays/VN');
    await pageReady(page);
    await expectAccessible(page, 'country');
    const link = page.locator('main a[href^="/api/portal/events.ics"][href*="country=VN"]').first();
    const href = await link.getAttribute('href');
    expect(href).toBeTruthy();
    const feed = await context.request.get(new URL(href as string, server.url).toString());
    expect(feed.headers()['content-type']).toMatch(/^text\/calendar/);
    const text = await feed.text();
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const uids = [...text.matchAll(/^UID:([^\r\n]+)/gm)].map((m) => (m[1] ?? '').split('@')[0]);
    expect(uids.length).toBeGreaterThan(0);
    const { rows } = await server.database.pglite!.query<{ id: string }>(
      `SELECT id FROM portal_events WHERE status = 'published' AND ('VN' = country OR 'VN' = ANY (countries))`,
    );
    const vietnam = new Set(rows.map((r) => r.id));
    for (const uid of uids) expect(vietnam.has(uid as string), `${uid} is about Vietnam`).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('sends a hotline request and the acknowledgement arrives by e-mail', async () => {
    const { page, problems, context } = await openPage(browser, server);
    await page.goto('/portail-export/ligne-directe');
    await pageReady(page);
    await expectAccessible(page, 'hotline');
    await page.getByLabel('Nom de l’entreprise').fill('Fromagerie des Alpes e2e');
    await page.getByLabel(/Numéro SIREN/).fill('552 100 554');
    await page.getByLabel('Secteur d’activité').selectOption('agri_food');
    await page.getByLabel('Rechercher un pays').fill('Viet');
    await page.locator('label[for="hotline-country-VN"]').click();
    await page.getByRole('radio', { name: 'Participer à un salon' }).check({ force: true });
    await page
      .locator('#hotline-message')
      .fill('Nous voulons exposer au prochain salon agroalimentaire à Hô Chi Minh-Ville.');
    await page.locator('#hotline-contact-name').fill('Claire Fromage');
    const email = `hotline-${Date.now()}@example.test`;
    await page.locator('#hotline-email').fill(email);
    await page.getByRole('checkbox', { name: /J’accepte que ces informations/ }).check({ force: true });
    await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Demande envoyée' }).count(), { timeout: 15_000 })
      .toBe(1);
    const reference =
      (
        await page
          .getByText(/^DEM-\d{4}-\d+$/)
          .first()
          .textContent()
      )?.trim() ?? '';
    expect(reference).toMatch(/^DEM-\d{4}-\d+$/);
    const mail = await server.smtp.waitFor(email, { timeoutMs: 15_000 });
    expect(mail.text ?? '').toContain(reference);
    await expectAccessible(page, 'hotline sent');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('has no serious accessibility violation on the other public portal pages', async () => {
    const { page, problems, context } = await openPage(browser, server);
    const { rows: events } = await server.database.pglite!.query<{ id: string }>(
      `SELECT id FROM portal_events WHERE status = 'published' AND starts_at > now() ORDER BY starts_at LIMIT 1`,
    );
    const { rows: news } = await server.database.pglite!.query<{ id: string }>(
      `SELECT id FROM portal_news WHERE status = 'published' ORDER BY dated DESC LIMIT 1`,
    );
    const pages = [
      '/portail-export',
      '/portail-export/etapes/prospecter',
      '/portail-export/partenaires',
      '/portail-export/regions',
      '/portail-export/pays',
      '/portail-export/pays/ML',
      '/portail-export/agenda',
      `/portail-export/agenda/${events[0]?.id}`,
      '/portail-export/actualites',
      `/portail-export/actualites/${news[0]?.id}`,
    ];
    for (const path of pages) {
      await page.goto(path);
      await pageReady(page);
      await expectAccessible(page, path);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('export portal, as an editor', () => {
  it('publishes a draft offer in the back office and a visitor finds it in the catalogue', async () => {
    const editor = await makeUser(server.database.db, { audience: 'agent', roles: ['editor'], no2fa: true });
    const { page, problems, context } = await openPage(browser, server);
    await signInViaApi(context, editor.email, editor.password);
    const me = (await (await context.request.get('/api/auth/me')).json()) as { csrfToken: string };
    const created = await context.request.post('/api/portal/admin/offers', {
      headers: { 'x-csrf-token': me.csrfToken },
      data: {
        id: 'accompagnement-e2e-kiwi-export',
        providerId: 'business-france',
        titleFr: 'Accompagnement kiwi export e2e',
        titleEn: 'Kiwi export support e2e',
        summaryFr: 'Une offre de démonstration pour le test de bout en bout.',
        summaryEn: 'A demonstration offer for the end-to-end test.',
        descriptionFr: 'Elle aide les producteurs de kiwis à prospecter.',
        descriptionEn: 'It helps kiwi growers prospect.',
        steps: [4],
        type: 'prospecting',
        price: 'paid',
        url: 'https://www.businessfrance.fr/',
      },
    });
    expect(created.status(), await created.text()).toBe(201);

    await page.goto('/portail-export/gestion');
    await pageReady(page);
    await expectAccessible(page, 'back office list');
    await page.goto('/portail-export/gestion/offres/accompagnement-e2e-kiwi-export');
    await pageReady(page);
    await expectAccessible(page, 'back office item');
    // A draft is not public.
    const before = await context.request.get('/api/portal/offers?q=kiwi');
    expect(((await before.json()) as { total: number }).total).toBe(0);
    await page.getByRole('button', { name: 'Publier', exact: true }).click();
    await expect.poll(() => page.getByText('Publié : le public le voit dès maintenant.').count()).toBeGreaterThan(0);

    const visitor = await openPage(browser, server);
    await visitor.page.goto('/portail-export/offres?q=kiwi');
    await pageReady(visitor.page);
    await expect
      .poll(() => visitor.page.getByRole('link', { name: /Accompagnement kiwi export e2e/ }).count())
      .toBeGreaterThan(0);
    expect(problems).toEqual([]);
    expect(visitor.problems).toEqual([]);
    await visitor.context.close();
    await context.close();
  });
});
