// The HTML document of a prerendered page: the web app's built index.html (its scripts and styles untouched) with
// the page's own <head> tags and, inside #root, the page's content as semantic HTML with DSFR classes. The React
// app then mounts on #root and replaces that content (createRoot, not hydration).
import { html, jsonLd, type SafeHtml } from './html.ts';

export interface Crumb {
  label: string;
  /** Absent on the current page (the last crumb). */
  path?: string;
}

export interface PageDocument {
  status: 200 | 404;
  /** The page's own title, without the site name. */
  title: string;
  description: string;
  /** Canonical path (the canonical URL is config.publicUrl + path); absent on the not-found page. */
  path?: string;
  ogType?: 'website' | 'article';
  breadcrumb: Crumb[];
  /** JSON-LD objects besides the BreadcrumbList, which is derived from `breadcrumb`. */
  structuredData?: object[];
  /** The page's content inside <main>, from its <h1> on. */
  main: SafeHtml;
}

export interface Shell {
  render(head: SafeHtml, root: SafeHtml): string;
}

const rootElement = '<div id="root"></div>';

/** Splits index.html once at boot: its own <title> and description make way for the page's. */
export function parseShell(indexHtml: string): Shell {
  const template = indexHtml
    .replace(/<title>[\s\S]*?<\/title>\s*/i, '')
    .replace(/<meta\s+name="description"[^>]*>\s*/i, '');
  const headEnd = template.indexOf('</head>');
  const rootAt = template.indexOf(rootElement);
  if (headEnd < 0 || rootAt < headEnd)
    throw new Error(`the web app's index.html needs a </head> and an empty ${rootElement} in its <body>`);
  const beforeHeadEnd = `${template.slice(0, headEnd).trimEnd()}\n    `;
  const beforeRoot = template.slice(headEnd, rootAt);
  const afterRoot = template.slice(rootAt + rootElement.length);
  return {
    render: (head, root) =>
      `${beforeHeadEnd}${head.value}\n  ${beforeRoot}<div id="root">${root.value}</div>${afterRoot}`,
  };
}

export const siteName = 'Diplomatie';
const tagline = 'Observatoire de l’influence, portail de l’export et réseau professionnel';

function head(page: PageDocument, publicUrl: string): SafeHtml {
  const title = `${page.title} – ${siteName}`;
  if (!page.path) {
    return html`<title>${title}</title>
    <meta name="description" content="${page.description}" />
    <meta name="robots" content="noindex" />`;
  }
  const url = publicUrl + page.path;
  const crumbs = page.breadcrumb.map((crumb, i) => ({
    '@type': 'ListItem',
    position: i + 1,
    name: crumb.label,
    item: publicUrl + (crumb.path ?? page.path),
  }));
  const structured = [
    { '@context': 'https://schema.org', '@type': 'BreadcrumbList', itemListElement: crumbs },
    ...(page.structuredData ?? []),
  ];
  return html`<title>${title}</title>
    <meta name="description" content="${page.description}" />
    <link rel="canonical" href="${url}" />
    <meta property="og:type" content="${page.ogType ?? 'website'}" />
    <meta property="og:site_name" content="${siteName}" />
    <meta property="og:locale" content="fr_FR" />
    <meta property="og:title" content="${page.title}" />
    <meta property="og:description" content="${page.description}" />
    <meta property="og:url" content="${url}" />
    <meta property="og:image" content="${publicUrl}/dsfr/favicon/apple-touch-icon.png" />
    <meta name="twitter:card" content="summary" />
    <meta name="twitter:title" content="${page.title}" />
    <meta name="twitter:description" content="${page.description}" />
    ${structured.map((data) => jsonLd(data))}`;
}

/** The portal's sections, linked from every prerendered page so that a crawler reaches them all. */
const portalSections: Crumb[] = [
  { label: 'Le parcours de l’export', path: '/portail-export' },
  { label: 'Catalogue des offres', path: '/portail-export/offres' },
  { label: 'Partenaires', path: '/portail-export/partenaires' },
  { label: 'Annuaire des régions', path: '/portail-export/regions' },
  { label: 'Annuaire des pays', path: '/portail-export/pays' },
  { label: 'Agenda', path: '/portail-export/agenda' },
  { label: 'Actualités', path: '/portail-export/actualites' },
  { label: 'Autodiagnostic export', path: '/portail-export/autodiagnostic' },
  { label: 'Ligne directe export', path: '/portail-export/ligne-directe' },
];

function breadcrumb(crumbs: Crumb[]): SafeHtml {
  return html`<nav class="fr-breadcrumb" aria-label="vous êtes ici :">
      <ol class="fr-breadcrumb__list">${crumbs.map((crumb) =>
        crumb.path
          ? html`<li><a class="fr-breadcrumb__link" href="${crumb.path}">${crumb.label}</a></li>`
          : html`<li><a class="fr-breadcrumb__link" aria-current="page">${crumb.label}</a></li>`,
      )}</ol>
    </nav>`;
}

function body(page: PageDocument): SafeHtml {
  return html`<header class="fr-header">
      <div class="fr-header__body"><div class="fr-container"><div class="fr-header__body-row">
        <div class="fr-header__brand fr-enlarge-link">
          <div class="fr-header__brand-top"><div class="fr-header__logo"><p class="fr-logo">République<br />Française</p></div></div>
          <div class="fr-header__service">
            <a href="/" title="Accueil – ${siteName}"><p class="fr-header__service-title">${siteName}</p></a>
            <p class="fr-header__service-tagline">${tagline}</p>
          </div>
        </div>
      </div></div></div>
    </header>
    <main id="content" tabindex="-1" data-prerendered="">
      <div class="fr-container fr-pb-6w">
        ${page.breadcrumb.length > 0 && breadcrumb(page.breadcrumb)}
        ${page.main}
      </div>
    </main>
    <footer class="fr-footer" id="footer">
      <div class="fr-container">
        <nav aria-label="Portail de l’export">
          <ul class="fr-footer__content-list">${portalSections.map(
            (s) =>
              html`<li class="fr-footer__content-item"><a class="fr-footer__content-link" href="${s.path}">${s.label}</a></li>`,
          )}</ul>
        </nav>
      </div>
    </footer>`;
}

export function renderDocument(shell: Shell, page: PageDocument, publicUrl: string): string {
  return shell.render(head(page, publicUrl), body(page));
}

/** The page for unknown or unpublished items (HTTP 404); the React app then shows its own 404 page. */
export function notFoundPage(): PageDocument {
  return {
    status: 404,
    title: 'Page non trouvée',
    description: 'La page que vous cherchez est introuvable.',
    breadcrumb: [],
    main: html`<h1>Page non trouvée</h1>
      <p class="fr-text--sm">Erreur 404</p>
      <p class="fr-text--lead">La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée.</p>
      <p><a class="fr-link" href="/portail-export">Retour au portail de l’export</a></p>`,
  };
}
