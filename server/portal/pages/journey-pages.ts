// Prerendered pages of the journey and the catalogue: the portal's home, a step, the catalogue, an offer,
// partners, and the self-assessment and hotline entry pages (static text, no query).
import type { Kysely } from 'kysely';
import {
  assessmentDimensionLabels,
  companySizeLabels,
  hotlineNeedLabels,
  type Labels,
  maturityLabels,
  offerTypeLabels,
  priceLabels,
  providerKindLabels,
  sectorLabels,
} from '../../../common/portal-terms.ts';
import type { DB } from '../../db/schema.ts';
import type { Crumb, PageDocument } from './document.ts';
import { html, link, paragraphs, type SafeHtml, shorten } from './html.ts';
import {
  type ContactItem,
  findOffer,
  findStepPage,
  listOffers,
  listProviders,
  listSteps,
  type OfferItem,
} from './pages.repo.ts';

export interface PageContext {
  db: Kysely<DB>;
  publicUrl: string;
  now: Date;
}
export type Params = Record<string, string>;

export const portalPath = '/portail-export';
export const portalCrumbs: Crumb[] = [
  { label: 'Accueil', path: '/' },
  { label: 'Portail de l’export', path: portalPath },
];

/** A label from a closed vocabulary; unknown stored values show as they are rather than failing the page. */
export function term<K extends string>(labels: Labels<K>, key: string): string {
  return (labels as Record<string, { fr: string }>)[key]?.fr ?? key;
}

export function offerList(offers: OfferItem[]): SafeHtml {
  return html`<ul class="fr-raw-list">${offers.map(
    (o) => html`<li class="fr-mb-3w">
        <h3 class="fr-h6 fr-mb-1v"><a href="${portalPath}/offres/${o.id}">${o.title}</a></h3>
        <p class="fr-text--sm fr-mb-1v">${o.provider}</p>
        <p class="fr-mb-0">${o.summary}</p>
      </li>`,
  )}</ul>`;
}

export function contactList(contacts: ContactItem[]): SafeHtml {
  return html`<ul>${contacts.map(
    (c) => html`<li>
        <strong>${c.name}</strong>${c.role && html` – ${c.role}`}${c.city && html`, ${c.city}`}
        ${c.email && html`<br /><a href="mailto:${c.email}">${c.email}</a>`}
        ${c.phone && html`<br />${c.phone}`}
        ${c.url && html`<br />${link(c.url, c.url)}`}
      </li>`,
  )}</ul>`;
}

const portalLead =
  'Le portail réunit en un seul endroit l’offre publique d’accompagnement à l’international, organisée selon le parcours de l’export : de la première question à une présence durable à l’étranger.';

export async function portalHome(ctx: PageContext): Promise<PageDocument> {
  const steps = await listSteps(ctx.db);
  return {
    status: 200,
    title: 'Portail de l’export',
    description: shorten(portalLead),
    path: portalPath,
    breadcrumb: [portalCrumbs[0] as Crumb, { label: 'Portail de l’export' }],
    main: html`<h1>Portail de l’export</h1>
      <p class="fr-text--lead">${portalLead}</p>
      <h2>Le parcours de l’export en six étapes</h2>
      <ol>${steps.map(
        (s) => html`<li>
          <h3 class="fr-h6 fr-mb-1v"><a href="${portalPath}/etapes/${s.slug}">${s.name}</a></h3>
          <p class="fr-mb-1v">${s.summary}</p>
          <p class="fr-text--sm">${s.offer_count} offre${s.offer_count > 1 ? 's' : ''} d’accompagnement</p>
        </li>`,
      )}</ol>
      <h2>Trouver un appui</h2>
      <ul>
        <li><a href="${portalPath}/offres">Le catalogue des offres d’accompagnement</a>, avec une recherche en français et des filtres</li>
        <li><a href="${portalPath}/partenaires">Les partenaires</a> : Team France Export, Bpifrance, CCI, CCEF et les régions</li>
        <li><a href="${portalPath}/regions">L’annuaire des régions</a> et leurs conseillers export</li>
        <li><a href="${portalPath}/pays">L’annuaire des pays</a> : sources d’information et contacts des réseaux de l’État</li>
        <li><a href="${portalPath}/agenda">L’agenda</a> des salons, délégations et webinaires</li>
        <li><a href="${portalPath}/actualites">Les actualités de l’export</a></li>
        <li><a href="${portalPath}/autodiagnostic">L’autodiagnostic export</a></li>
        <li><a href="${portalPath}/ligne-directe">La ligne directe export</a></li>
      </ul>`,
  };
}

export async function stepPage(ctx: PageContext, params: Params): Promise<PageDocument | undefined> {
  const step = await findStepPage(ctx.db, params.slug ?? '');
  if (!step) return undefined;
  const title = `Étape ${step.id} : ${step.name}`;
  return {
    status: 200,
    title,
    description: shorten(step.summary),
    path: `${portalPath}/etapes/${step.slug}`,
    breadcrumb: [...portalCrumbs, { label: title }],
    main: html`<h1>${title}</h1>
      <p class="fr-text--lead">${step.summary}</p>
      <h2>Les offres de cette étape (${step.offers.length})</h2>
      ${step.offers.length > 0 ? offerList(step.offers) : html`<p>Aucune offre publiée pour cette étape.</p>`}
      <p><a class="fr-link" href="${portalPath}/offres?step=${step.id}">Chercher dans les offres de cette étape</a></p>
      ${step.contacts.length > 0 && html`<h2>Les contacts à solliciter</h2>${contactList(step.contacts)}`}`,
  };
}

const catalogueLimit = 500;

export async function cataloguePage(ctx: PageContext): Promise<PageDocument> {
  const offers = await listOffers(ctx.db, catalogueLimit);
  const title = 'Catalogue des offres d’accompagnement';
  return {
    status: 200,
    title,
    description:
      'Les offres d’appui à l’export de Business France, Bpifrance, des CCI, des CCEF et des régions : information, diagnostic, financement, assurance, prospection, salons, VIE, formation, implantation.',
    path: `${portalPath}/offres`,
    breadcrumb: [...portalCrumbs, { label: title }],
    main: html`<h1>${title}</h1>
      <p class="fr-text--lead">${offers.length} offre${offers.length > 1 ? 's' : ''} publiée${offers.length > 1 ? 's' : ''}, classées par titre.</p>
      <ul class="fr-raw-list">${offers.map(
        (o) => html`<li class="fr-mb-3w">
          <h2 class="fr-h6 fr-mb-1v"><a href="${portalPath}/offres/${o.id}">${o.title}</a></h2>
          <p class="fr-text--sm fr-mb-1v">${o.provider} · ${term(offerTypeLabels, o.type)} · ${term(priceLabels, o.price)}</p>
          <p class="fr-mb-0">${o.summary}</p>
        </li>`,
      )}</ul>`,
  };
}

/** "Toutes" when the list is empty (the stored meaning), else the labels joined. */
function audience<K extends string>(labels: Labels<K>, keys: string[], all: string): string {
  return keys.length === 0 ? all : keys.map((k) => term(labels, k)).join(', ');
}

export async function offerPage(ctx: PageContext, params: Params): Promise<PageDocument | undefined> {
  const offer = await findOffer(ctx.db, params.id ?? '');
  if (!offer) return undefined;
  const path = `${portalPath}/offres/${offer.id}`;
  return {
    status: 200,
    title: offer.title,
    description: shorten(offer.summary),
    path,
    ogType: 'article',
    breadcrumb: [
      ...portalCrumbs,
      { label: 'Catalogue des offres d’accompagnement', path: `${portalPath}/offres` },
      { label: offer.title },
    ],
    structuredData: [
      {
        '@context': 'https://schema.org',
        '@type': 'Service',
        name: offer.title,
        description: offer.summary,
        url: ctx.publicUrl + path,
        serviceType: term(offerTypeLabels, offer.type),
        provider: { '@type': 'Organization', name: offer.provider_name, url: offer.provider_url },
        isAccessibleForFree: offer.price === 'free',
      },
    ],
    main: html`<h1>${offer.title}</h1>
      <p class="fr-text--lead">${offer.summary}</p>
      <ul class="fr-tags-group">
        <li><p class="fr-tag">${term(offerTypeLabels, offer.type)}</p></li>
        <li><p class="fr-tag">${term(priceLabels, offer.price)}</p></li>
      </ul>
      ${paragraphs(offer.description)}
      ${offer.price_note && html`<p><strong>Tarif :</strong> ${offer.price_note}</p>`}
      <h2>Proposée par</h2>
      <p>${link(offer.provider_url, offer.provider_name)}</p>
      <h2>Pour qui</h2>
      <ul>
        <li>Taille d’entreprise : ${audience(companySizeLabels, offer.company_sizes, 'toutes')}</li>
        <li>Expérience de l’export : ${audience(maturityLabels, offer.maturities, 'tous les profils')}</li>
        <li>Secteurs : ${audience(sectorLabels, offer.sectors, 'tous')}</li>
      </ul>
      <h2>Étapes du parcours</h2>
      <ul>${offer.step_links.map((s) => html`<li><a href="${portalPath}/etapes/${s.slug}">${s.name}</a></li>`)}</ul>
      <p>${link(offer.url, `Voir l’offre sur le site de ${offer.provider_short_name}`, { class: 'fr-link' })}</p>`,
  };
}

export async function partnersPage(ctx: PageContext): Promise<PageDocument> {
  const providers = await listProviders(ctx.db);
  const title = 'Les partenaires de l’export';
  return {
    status: 200,
    title,
    description:
      'Les organismes qui accompagnent les entreprises à l’international : Team France Export, Business France, Bpifrance, les CCI, les conseillers du commerce extérieur et les régions.',
    path: `${portalPath}/partenaires`,
    breadcrumb: [...portalCrumbs, { label: 'Partenaires' }],
    structuredData: [
      {
        '@context': 'https://schema.org',
        '@type': 'ItemList',
        itemListElement: providers.map((p, i) => ({
          '@type': 'ListItem',
          position: i + 1,
          item: {
            '@type': 'Organization',
            name: p.name,
            alternateName: p.short_name,
            url: p.url,
            description: p.description,
          },
        })),
      },
    ],
    main: html`<h1>${title}</h1>
      ${providers.map(
        (p) => html`<section class="fr-mb-4w">
          <h2>${p.name}</h2>
          <p class="fr-text--sm">${term(providerKindLabels, p.kind)}${p.team_france_export ? ' · Team France Export' : ''} · ${p.offer_count} offre${p.offer_count > 1 ? 's' : ''}</p>
          ${paragraphs(p.description)}
          <p>${link(p.url, `Site de ${p.short_name}`, { class: 'fr-link' })}</p>
        </section>`,
      )}`,
  };
}

export async function assessmentPage(): Promise<PageDocument> {
  const title = 'Autodiagnostic export';
  const description =
    'Évaluez en quelques minutes la capacité de votre entreprise à exporter : un score par dimension, votre profil d’exportateur et des recommandations vers les étapes et les offres utiles.';
  return {
    status: 200,
    title,
    description,
    path: `${portalPath}/autodiagnostic`,
    breadcrumb: [...portalCrumbs, { label: title }],
    main: html`<h1>${title}</h1>
      <p class="fr-text--lead">${description}</p>
      <h2>Six dimensions</h2>
      <ul>${Object.values(assessmentDimensionLabels).map((d) => html`<li>${d.fr}</li>`)}</ul>
      <p>Le questionnaire est anonyme et gratuit. Avec un compte entreprise, vous gardez l’historique de vos résultats.</p>`,
  };
}

export async function hotlinePage(): Promise<PageDocument> {
  const title = 'Ligne directe export';
  const description =
    'Posez votre question sur votre projet à l’international : votre demande est transmise aux conseillers de la Team France Export, qui vous répondent.';
  return {
    status: 200,
    title,
    description,
    path: `${portalPath}/ligne-directe`,
    breadcrumb: [...portalCrumbs, { label: title }],
    main: html`<h1>${title}</h1>
      <p class="fr-text--lead">${description}</p>
      <h2>Pour quels besoins</h2>
      <ul>${Object.values(hotlineNeedLabels).map((n) => html`<li>${n.fr}</li>`)}</ul>
      <p>Un accusé de réception vous est envoyé par courriel.</p>`,
  };
}

export const journeyPages = {
  home: portalHome,
  step: stepPage,
  catalogue: cataloguePage,
  offer: offerPage,
  partners: partnersPage,
  assessment: assessmentPage,
  hotline: hotlinePage,
};
