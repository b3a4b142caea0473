// Test data of the prerendered pages: a small portal with published, draft and unpublished items, and one item
// of each kind whose text is hostile HTML (escaping tests). Also a minimal built web app folder to serve.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

export const nasty = `</script><script>alert("x")</script> "quoted" & 'single' <img src=x onerror=alert(1)>`;

/** A web/dist-like folder: index.html as Vite builds it (entry script, preload, stylesheet, empty #root). */
export function makeWebRoot(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'diplomatie-web-'));
  writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html>
<html lang="fr" data-fr-scheme="system">
  <head>
    <meta charset="utf-8" />
    <meta name="description" content="Diplomatie : description générique." />
    <title>Diplomatie</title>
    <script type="module" crossorigin src="/assets/index-test.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/index-test.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`,
  );
  return dir;
}

const day = 86_400_000;

export async function insertPortalFixtures(db: Kysely<DB>, now = new Date()): Promise<void> {
  const stepNames = ['Diagnostic export', 'S’informer', 'Bâtir une stratégie', 'Prospecter', 'Gérer', 'Se développer'];
  await db
    .insertInto('portal_steps')
    .values(
      stepNames.map((name, i) => ({
        id: i + 1,
        slug: ['diagnostic-export', 's-informer', 'batir-une-strategie', 'prospecter', 'gerer', 'se-developper'][i]!,
        name_fr: name,
        name_en: name,
        summary_fr: `Résumé de l’étape ${name}.`,
        summary_en: `Summary of ${name}.`,
      })),
    )
    .execute();
  await db
    .insertInto('portal_providers')
    .values([
      {
        id: 'bpifrance',
        name: 'Bpifrance',
        short_name: 'Bpifrance',
        kind: 'public',
        team_france_export: true,
        description_fr: 'La banque publique d’investissement.',
        description_en: 'The public investment bank.',
        url: 'https://www.bpifrance.fr',
      },
      {
        id: 'piege',
        name: `Fournisseur ${nasty}`,
        short_name: 'Piège',
        kind: 'private',
        description_fr: `Description ${nasty}`,
        description_en: 'Trap',
        url: 'https://example.org/?a=1&b="2"',
      },
    ])
    .execute();
  const offer = (id: string, status: 'draft' | 'published' | 'unpublished', extra: Record<string, unknown> = {}) => ({
    id,
    provider_id: 'bpifrance',
    title_fr: `Offre ${id}`,
    title_en: `Offer ${id}`,
    summary_fr: `Résumé de l’offre ${id}.`,
    summary_en: `Summary ${id}.`,
    description_fr: `Première partie de ${id}.\n\nSeconde partie de ${id}.`,
    description_en: `Description ${id}.`,
    steps: [4, 5],
    type: 'insurance_guarantees',
    price: 'paid' as const,
    url: 'https://www.bpifrance.fr/assurance-prospection',
    status,
    updated_at: new Date('2026-10-01T08:00:00Z'),
    ...extra,
  });
  await db
    .insertInto('portal_offers')
    .values([
      offer('assurance-prospection', 'published', {
        title_fr: 'Assurance prospection',
        summary_fr:
          'Couvre une partie des dépenses de prospection à l’étranger non compensées par le chiffre d’affaires.',
        countries: ['VN'],
        maturities: ['new', 'occasional'],
        price_note_fr: 'Prime de 3 % du budget garanti.',
      }),
      offer('offre-brouillon', 'draft'),
      offer('offre-retiree', 'unpublished'),
      offer('offre-piegee', 'published', {
        provider_id: 'piege',
        title_fr: `Titre ${nasty}`,
        summary_fr: `Résumé ${nasty}`,
        description_fr: `Texte ${nasty}`,
        url: 'https://example.org/offre?x=1&y=2',
        steps: [1],
        updated_at: new Date('2026-11-02T10:30:00Z'),
      }),
    ])
    .execute();
  const event = (id: string, status: 'draft' | 'published', extra: Record<string, unknown> = {}) => ({
    id,
    title_fr: `Événement ${id}`,
    title_en: `Event ${id}`,
    summary_fr: `Résumé de ${id}.`,
    summary_en: `Summary ${id}.`,
    description_fr: `Description de ${id}.`,
    description_en: `Description ${id}.`,
    type: 'trade_fair',
    starts_at: new Date(now.getTime() + 30 * day),
    ends_at: new Date(now.getTime() + 32 * day),
    timezone: 'Asia/Ho_Chi_Minh',
    venue: 'Saigon Exhibition and Convention Center',
    city: 'Hô Chi Minh-Ville',
    country: 'VN',
    countries: ['VN'],
    provider_id: 'bpifrance',
    status,
    ...extra,
  });
  await db
    .insertInto('portal_events')
    .values([
      event('salon-vietnam', 'published', { title_fr: 'Salon Vietnam Foodexpo' }),
      event('evenement-brouillon', 'draft'),
      event('webinaire-piege', 'published', {
        title_fr: `Webinaire ${nasty}`,
        online: true,
        country: null,
        countries: [],
      }),
    ])
    .execute();
  await db
    .insertInto('portal_news')
    .values([
      {
        id: 'nouvelle-aide',
        title_fr: 'Une nouvelle aide pour les primo-exportateurs',
        title_en: 'New aid',
        summary_fr: 'Le chèque relance export revient en 2027.',
        summary_en: 'Back in 2027.',
        body_fr: 'Premier paragraphe.\n\nSecond paragraphe de l’article.',
        body_en: 'Body.',
        dated: '2026-11-15',
        status: 'published',
      },
      {
        id: 'actualite-brouillon',
        title_fr: 'Brouillon',
        title_en: 'Draft',
        summary_fr: 'Pas encore publiée.',
        summary_en: 'Not yet.',
        body_fr: 'Texte.',
        body_en: 'Text.',
        dated: '2026-11-16',
        status: 'draft',
      },
    ])
    .execute();
  await db
    .insertInto('portal_regions')
    .values({
      code: '84',
      slug: 'auvergne-rhone-alpes',
      name: 'Auvergne-Rhône-Alpes',
      export_site_url: 'https://www.auvergnerhonealpes-export.fr',
    })
    .execute();
  await db
    .insertInto('portal_contacts')
    .values([
      {
        id: 'tfe-aura',
        kind: 'regional_export',
        name: 'Team France Export Auvergne-Rhône-Alpes',
        region: '84',
        city: 'Lyon',
        email: 'contact@example.org',
        steps: [1],
        status: 'published',
      },
      {
        id: 'se-hanoi',
        kind: 'embassy_economic_service',
        name: 'Service économique de Hanoï',
        country: 'VN',
        city: 'Hanoï',
        status: 'published',
      },
      { id: 'contact-brouillon', kind: 'cci_abroad', name: 'CCI cachée', country: 'VN', status: 'draft' },
    ])
    .execute();
  await db
    .insertInto('portal_countries')
    .values([
      {
        iso2: 'VN',
        intro_fr: 'Le Viêt Nam, marché en forte croissance.',
        sectors: ['agri_food'],
        sources: JSON.stringify([
          {
            title: 'Fiche pays',
            publisher: 'DG Trésor',
            url: 'https://www.tresor.economie.gouv.fr/Pays/VN',
            lang: 'fr',
          },
          { title: 'Lien piégé', publisher: '', url: 'javascript:alert(1)', lang: 'fr' },
        ]),
        status: 'published',
        updated_at: new Date('2026-09-01T00:00:00Z'),
      },
      { iso2: 'DE', intro_fr: 'Allemagne (brouillon).', status: 'draft' },
    ])
    .execute();
}
