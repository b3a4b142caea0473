// The portal's public pages as server-rendered documents (see docs/decisions/0006-portal-prerendering.md), plus
// sitemap.xml and robots.txt. `portalPages` is registered by the web plugin (it needs the built index.html);
// `portalSeoRoutes` is registered with the areas, so that both files answer even without the web build.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { directoryPages } from './directory-pages.ts';
import { notFoundPage, type PageDocument, parseShell, renderDocument } from './document.ts';
import { journeyPages, type PageContext, type Params } from './journey-pages.ts';
import { robotsTxt, sitemapXml } from './sitemap.ts';

type Render = (ctx: PageContext, params: Params) => Promise<PageDocument | undefined>;

const slug = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const iso2 = /^[A-Za-z]{2}$/;

/** Every prerendered URL (web/app/paths.ts) with the pattern its parameter must match. */
export const portalPageRoutes: { url: string; param?: { name: string; pattern: RegExp }; render: Render }[] = [
  { url: '/portail-export', render: journeyPages.home },
  { url: '/portail-export/etapes/:slug', param: { name: 'slug', pattern: slug }, render: journeyPages.step },
  { url: '/portail-export/offres', render: journeyPages.catalogue },
  { url: '/portail-export/offres/:id', param: { name: 'id', pattern: slug }, render: journeyPages.offer },
  { url: '/portail-export/partenaires', render: journeyPages.partners },
  { url: '/portail-export/autodiagnostic', render: journeyPages.assessment },
  { url: '/portail-export/ligne-directe', render: journeyPages.hotline },
  { url: '/portail-export/regions', render: directoryPages.regions },
  { url: '/portail-export/pays', render: directoryPages.countries },
  { url: '/portail-export/pays/:iso2', param: { name: 'iso2', pattern: iso2 }, render: directoryPages.country },
  { url: '/portail-export/agenda', render: directoryPages.agenda },
  { url: '/portail-export/agenda/:id', param: { name: 'id', pattern: slug }, render: directoryPages.event },
  { url: '/portail-export/actualites', render: directoryPages.newsList },
  { url: '/portail-export/actualites/:id', param: { name: 'id', pattern: slug }, render: directoryPages.news },
];

/** A malformed id is an unknown page: 404 without a query. */
function validParam(param: { name: string; pattern: RegExp } | undefined, params: Params): boolean {
  if (!param) return true;
  const value = params[param.name] ?? '';
  return value.length <= 100 && param.pattern.test(value);
}

// The document does not depend on the viewer (the session is read by the React app from /api/auth/me), so it is
// cacheable by anyone for as long as published content may lag: a minute, like the public API reads.
const pageCacheControl = 'public, max-age=60';

export async function portalPages(app: FastifyInstance, options: { indexHtml: string }) {
  const shell = parseShell(options.indexHtml);
  const notFound = notFoundPage();
  const send = (reply: FastifyReply, status: number, cacheControl: string, body: string) =>
    reply
      .status(status)
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', cacheControl)
      .send(body);

  for (const route of portalPageRoutes) {
    app.get(route.url, { schema: { hide: true } }, async (request, reply) => {
      const params = request.params as Params;
      const ctx: PageContext = { db: app.database.db, publicUrl: app.config.publicUrl, now: new Date() };
      let page: PageDocument | undefined;
      try {
        page = validParam(route.param, params) ? await route.render(ctx, params) : undefined;
      } catch (err) {
        // The page still works without its prerendered content: the React app fetches the data itself.
        request.log.error({ err }, 'prerendering a portal page failed');
        return send(reply, 503, 'no-store', options.indexHtml);
      }
      if (!page) return send(reply, 404, 'no-cache', renderDocument(shell, notFound, app.config.publicUrl));
      return send(reply, page.status, pageCacheControl, renderDocument(shell, page, app.config.publicUrl));
    });
  }
}

export async function portalSeoRoutes(app: FastifyInstance) {
  app.get('/sitemap.xml', { schema: { hide: true } }, async (_request, reply) => {
    const xml = await sitemapXml(app.database.db, app.config.publicUrl);
    return reply
      .header('content-type', 'application/xml; charset=utf-8')
      .header('cache-control', pageCacheControl)
      .send(xml);
  });
  app.get('/robots.txt', { schema: { hide: true } }, async (_request, reply) =>
    reply
      .header('content-type', 'text/plain; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(robotsTxt(app.config.publicUrl)),
  );
}
