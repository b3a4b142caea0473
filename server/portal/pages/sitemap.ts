// sitemap.xml (sitemaps.org 0.9) of the portal's public pages and robots.txt pointing to it. Both are built from
// one query: the published items that have a page, with their last change.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { escapeHtml } from './html.ts';
import { portalPath } from './journey-pages.ts';
import { type SitemapRow, sitemapRows } from './pages.repo.ts';

interface SitemapUrl {
  path: string;
  lastmod: Date | null;
}

function latest(dates: (Date | null)[]): Date | null {
  let max: Date | null = null;
  for (const d of dates) if (d && (!max || d > max)) max = d;
  return max;
}

/** The URLs, list pages first; a list page's lastmod is the latest change among what it lists. */
export function sitemapUrls(rows: SitemapRow[]): SitemapUrl[] {
  const of = (kind: SitemapRow['kind']) => rows.filter((r) => r.kind === kind);
  const lastOf = (kind: SitemapRow['kind']) => latest(of(kind).map((r) => r.updated_at));
  const items = (kind: SitemapRow['kind'], base: string) =>
    of(kind)
      .map((r) => ({ path: `${portalPath}/${base}/${r.key}`, lastmod: r.updated_at }))
      .sort((a, b) => a.path.localeCompare(b.path));
  return [
    { path: portalPath, lastmod: lastOf('step') },
    { path: `${portalPath}/offres`, lastmod: lastOf('offer') },
    { path: `${portalPath}/partenaires`, lastmod: lastOf('offer') },
    { path: `${portalPath}/regions`, lastmod: lastOf('contacts') },
    { path: `${portalPath}/pays`, lastmod: lastOf('country') },
    { path: `${portalPath}/agenda`, lastmod: lastOf('event') },
    { path: `${portalPath}/actualites`, lastmod: lastOf('news') },
    { path: `${portalPath}/autodiagnostic`, lastmod: null },
    { path: `${portalPath}/ligne-directe`, lastmod: null },
    ...items('step', 'etapes'),
    ...items('offer', 'offres'),
    ...items('country', 'pays'),
    ...items('event', 'agenda'),
    ...items('news', 'actualites'),
  ];
}

/** W3C datetime, to the second. */
const w3c = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

export async function sitemapXml(db: Kysely<DB>, publicUrl: string): Promise<string> {
  const urls = sitemapUrls(await sitemapRows(db));
  const entries = urls.map(
    (u) =>
      `  <url><loc>${escapeHtml(publicUrl + u.path)}</loc>${u.lastmod ? `<lastmod>${w3c(u.lastmod)}</lastmod>` : ''}</url>\n`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('')}</urlset>\n`;
}

export function robotsTxt(publicUrl: string): string {
  return [
    'User-agent: *',
    'Disallow: /api/',
    `Disallow: ${portalPath}/gestion`,
    // A self-assessment's result is shared by its link, not meant for search engines.
    `Disallow: ${portalPath}/autodiagnostic/resultats/`,
    '',
    `Sitemap: ${publicUrl}/sitemap.xml`,
    '',
  ].join('\n');
}
