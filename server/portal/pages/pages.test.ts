// The portal's public pages as a crawler or a link preview sees them: server-rendered title, description,
// canonical URL, Open Graph tags, JSON-LD and content, 404 for what is not published, and every value escaped.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { insertPortalFixtures, makeWebRoot, nasty } from './test-fixtures.ts';

let t: TestApp;
let webDir: string;
const publicUrl = 'http://localhost:3000';

beforeAll(async () => {
  webDir = makeWebRoot();
  t = await createTestApp({ env: { SERVE_WEB: 'true' }, config: { webDir } });
  await insertPortalFixtures(t.database.db);
});
afterAll(async () => {
  await t.close();
  rmSync(webDir, { recursive: true, force: true });
});

const decode = (text: string) =>
  text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');

/** What a crawler reads from the <head>. */
function head(doc: string) {
  const meta = (attr: 'name' | 'property', key: string) => {
    const found = doc.match(new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`));
    return found ? decode(found[1] as string) : undefined;
  };
  return {
    titles: [...doc.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => decode(m[1] as string)),
    description: meta('name', 'description'),
    robots: meta('name', 'robots'),
    canonical: doc.match(/<link rel="canonical" href="([^"]*)"/)?.[1],
    og: (key: string) => meta('property', `og:${key}`),
    twitter: (key: string) => meta('name', `twitter:${key}`),
    jsonLd: [...doc.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map(
      (m) => JSON.parse(m[1] as string) as Record<string, unknown>,
    ),
  };
}

/** The text of #root, tags removed: what a crawler indexes before any JavaScript. */
function rootText(doc: string): string {
  const root = doc.slice(doc.indexOf('<div id="root">'), doc.lastIndexOf('</body>'));
  return decode(root.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' '));
}

const get = (url: string, accept = 'text/html,application/xhtml+xml') =>
  t.app.inject({ method: 'GET', url, headers: { accept } });

describe('prerendered portal pages', () => {
  const pages: { url: string; title: string; text: string[]; type?: string }[] = [
    { url: '/portail-export', title: 'Portail de l’export', text: ['Diagnostic export', '1 offre d’accompagnement'] },
    {
      url: '/portail-export/etapes/prospecter',
      title: 'Étape 4 : Prospecter',
      text: ['Résumé de l’étape Prospecter.', 'Assurance prospection', 'Les offres de cette étape (1)'],
    },
    { url: '/portail-export/offres', title: 'Catalogue des offres d’accompagnement', text: ['Assurance prospection'] },
    {
      url: '/portail-export/offres/assurance-prospection',
      title: 'Assurance prospection',
      type: 'article',
      text: [
        'Couvre une partie des dépenses',
        'Seconde partie de assurance-prospection',
        'Prime de 3 %',
        'Primo-exportateur',
      ],
    },
    {
      url: '/portail-export/partenaires',
      title: 'Les partenaires de l’export',
      text: ['Bpifrance', 'Team France Export'],
    },
    {
      url: '/portail-export/regions',
      title: 'Annuaire des régions',
      text: ['Auvergne-Rhône-Alpes', 'contact@example.org'],
    },
    { url: '/portail-export/pays', title: 'Annuaire des pays', text: ['Vietnam'] },
    {
      url: '/portail-export/pays/VN',
      title: 'Vietnam – Annuaire des pays',
      text: [
        'Le Viêt Nam, marché en forte croissance.',
        'Service économique de Hanoï',
        'Salon Vietnam Foodexpo',
        'Assurance prospection',
      ],
    },
    {
      url: '/portail-export/agenda',
      title: 'Agenda de l’export',
      text: ['Salon Vietnam Foodexpo', 'Hô Chi Minh-Ville'],
    },
    {
      url: '/portail-export/agenda/salon-vietnam',
      title: 'Salon Vietnam Foodexpo',
      type: 'article',
      text: ['Saigon Exhibition and Convention Center', 'Salon professionnel', 'Organisé par : Bpifrance'],
    },
    {
      url: '/portail-export/actualites',
      title: 'Actualités de l’export',
      text: ['Une nouvelle aide', '15 novembre 2026'],
    },
    {
      url: '/portail-export/actualites/nouvelle-aide',
      title: 'Une nouvelle aide pour les primo-exportateurs',
      type: 'article',
      text: ['Second paragraphe de l’article.'],
    },
    { url: '/portail-export/autodiagnostic', title: 'Autodiagnostic export', text: ['Stratégie et engagement'] },
    {
      url: '/portail-export/ligne-directe',
      title: 'Ligne directe export',
      text: ['Trouver des clients ou des partenaires'],
    },
  ];

  for (const page of pages) {
    it(`${page.url}: title, description, canonical, Open Graph and content`, async () => {
      const started = performance.now();
      const res = await get(page.url);
      const ms = performance.now() - started;
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['cache-control']).toBe('public, max-age=60');
      const h = head(res.body);
      expect(h.titles).toEqual([`${page.title} – Diplomatie`]);
      expect(h.description?.length).toBeGreaterThan(20);
      expect(h.description?.length).toBeLessThanOrEqual(200);
      expect(h.canonical).toBe(publicUrl + page.url);
      expect(h.og('url')).toBe(publicUrl + page.url);
      expect(h.og('title')).toBe(page.title);
      expect(h.og('description')).toBe(h.description);
      expect(h.og('type')).toBe(page.type ?? 'website');
      expect(h.og('locale')).toBe('fr_FR');
      expect(h.twitter('card')).toBe('summary');
      expect(h.robots).toBeUndefined();
      const crumbs = h.jsonLd.find((d) => d['@type'] === 'BreadcrumbList') as { itemListElement: { item: string }[] };
      expect(crumbs.itemListElement.at(-1)?.item).toBe(publicUrl + page.url);
      const text = rootText(res.body);
      expect(text).toContain(page.title.split(' – ')[0]);
      for (const expected of page.text) expect(text).toContain(expected);
      // The React app still loads: the shell's script and stylesheet are kept.
      expect(res.body).toContain('<script type="module" crossorigin src="/assets/index-test.js"></script>');
      expect(res.body).toContain('href="/assets/index-test.css"');
      console.log(`[pages] ${page.url} rendered in ${ms.toFixed(1)} ms (${res.body.length} bytes)`);
    });
  }

  it('answers crawlers and previews that do not ask for HTML explicitly', async () => {
    const res = await get('/portail-export/offres/assurance-prospection', '*/*');
    expect(res.statusCode).toBe(200);
    expect(head(res.body).titles).toEqual(['Assurance prospection – Diplomatie']);
  });

  it('describes an event, an offer, a news item and the partners in JSON-LD', async () => {
    const event = head((await get('/portail-export/agenda/salon-vietnam')).body).jsonLd.find(
      (d) => d['@type'] === 'Event',
    );
    expect(event).toMatchObject({
      '@context': 'https://schema.org',
      name: 'Salon Vietnam Foodexpo',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', address: { addressLocality: 'Hô Chi Minh-Ville', addressCountry: 'VN' } },
      organizer: { '@type': 'Organization', name: 'Bpifrance' },
      url: `${publicUrl}/portail-export/agenda/salon-vietnam`,
    });
    expect(new Date(event?.startDate as string).getTime()).toBeGreaterThan(Date.now());
    const online = head((await get('/portail-export/agenda/webinaire-piege')).body).jsonLd.find(
      (d) => d['@type'] === 'Event',
    );
    expect(online).toMatchObject({
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      name: `Webinaire ${nasty}`,
    });
    const offer = head((await get('/portail-export/offres/assurance-prospection')).body).jsonLd.find(
      (d) => d['@type'] === 'Service',
    );
    expect(offer).toMatchObject({
      name: 'Assurance prospection',
      provider: { '@type': 'Organization', name: 'Bpifrance' },
    });
    const news = head((await get('/portail-export/actualites/nouvelle-aide')).body).jsonLd.find(
      (d) => d['@type'] === 'NewsArticle',
    );
    expect(news).toMatchObject({
      headline: 'Une nouvelle aide pour les primo-exportateurs',
      datePublished: '2026-11-15',
    });
    const partners = head((await get('/portail-export/partenaires')).body).jsonLd.find(
      (d) => d['@type'] === 'ItemList',
    ) as {
      itemListElement: { item: { '@type': string; name: string } }[];
    };
    expect(partners.itemListElement.map((e) => e.item)).toContainEqual(
      expect.objectContaining({ '@type': 'Organization', name: 'Bpifrance', url: 'https://www.bpifrance.fr' }),
    );
  });

  it('never shows drafts, unpublished items or unknown ids: 404 with the not-found document', async () => {
    for (const url of [
      '/portail-export/offres/offre-brouillon',
      '/portail-export/offres/offre-retiree',
      '/portail-export/offres/nexiste-pas',
      '/portail-export/offres/Not_A_Slug',
      `/portail-export/offres/${'a'.repeat(150)}`,
      '/portail-export/agenda/evenement-brouillon',
      '/portail-export/actualites/actualite-brouillon',
      '/portail-export/etapes/etape-inconnue',
      '/portail-export/pays/zz',
      '/portail-export/pays/de',
      '/portail-export/pays/vnm',
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['cache-control']).toBe('no-cache');
      const h = head(res.body);
      expect(h.titles).toEqual(['Page non trouvée – Diplomatie']);
      expect(h.robots).toBe('noindex');
      expect(h.canonical).toBeUndefined();
      expect(res.body).toContain('/assets/index-test.js');
    }
    const lists = [
      '/portail-export',
      '/portail-export/offres',
      '/portail-export/etapes/prospecter',
      '/portail-export/agenda',
      '/portail-export/actualites',
      '/portail-export/pays',
      '/portail-export/pays/VN',
    ];
    for (const url of lists) {
      const text = rootText((await get(url)).body);
      for (const hidden of [
        'offre-brouillon',
        'offre-retiree',
        'evenement-brouillon',
        'Brouillon',
        'CCI cachée',
        'Allemagne',
      ])
        expect(text, `${url} shows ${hidden}`).not.toContain(hidden);
    }
  });

  it('accepts a country code in any case and names one canonical URL, upper-case like the app’s links', async () => {
    const res = await get('/portail-export/pays/vn');
    expect(res.statusCode).toBe(200);
    expect(head(res.body).canonical).toBe(`${publicUrl}/portail-export/pays/VN`);
  });

  it('escapes hostile text everywhere: content, attributes and JSON-LD', async () => {
    for (const url of [
      '/portail-export/offres/offre-piegee',
      '/portail-export/agenda/webinaire-piege',
      '/portail-export/partenaires',
      '/portail-export/etapes/diagnostic-export',
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).not.toContain('<img src=x');
      expect(res.body, url).not.toContain('<script>alert');
      // Only the shell's module script and the JSON-LD blocks: no script came from the data.
      const scripts = [...res.body.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      for (const tag of scripts)
        expect([
          '<script type="module" crossorigin src="/assets/index-test.js">',
          '<script type="application/ld+json">',
        ]).toContain(tag);
      expect(rootText(res.body), url).toContain(nasty);
    }
    const offer = head((await get('/portail-export/offres/offre-piegee')).body);
    expect(offer.titles).toEqual([`Titre ${nasty} – Diplomatie`]);
    expect(offer.og('title')).toBe(`Titre ${nasty}`);
    expect(offer.jsonLd.find((d) => d['@type'] === 'Service')?.name).toBe(`Titre ${nasty}`);
    const country = (await get('/portail-export/pays/VN')).body;
    expect(country).not.toContain('javascript:');
    expect(rootText(country)).toContain('Lien piégé');
    expect(country).toContain('href="https://www.tresor.economie.gouv.fr/Pays/VN"');
  });

  it('leaves the other pages to the plain index.html', async () => {
    for (const url of ['/observatoire', '/portail-export/gestion', '/portail-export/autodiagnostic/resultats/abc']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toContain('<title>Diplomatie</title>');
      expect(res.body).toContain('<div id="root"></div>');
    }
  });
});
