// Prerendered pages of the directories, the agenda and news: regions, countries and a country, events and an
// event (schema.org Event), news and a news item (NewsArticle).
import { contactKindLabels, eventTypeLabels, priceLabels, sectorLabels } from '../../../common/portal-terms.ts';
import { COUNTRY_CODES, countryFacts, countryName as localisedCountryName } from '../index.ts';
import type { PageDocument } from './document.ts';
import { siteName } from './document.ts';
import { html, link, paragraphs, type SafeHtml, shorten } from './html.ts';
import {
  contactList,
  offerList,
  type PageContext,
  type Params,
  portalCrumbs,
  portalPath,
  term,
} from './journey-pages.ts';
import {
  type EventItem,
  findCountryPage,
  findEvent,
  findNews,
  listNews,
  listRegions,
  listUpcomingEvents,
  publishedCountryCodes,
} from './pages.repo.ts';

// Building an Intl.DateTimeFormat costs far more than using one: one per time zone, kept.
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
function dateTimeFormat(timeZone: string): Intl.DateTimeFormat {
  let format = dateTimeFormats.get(timeZone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone });
    } catch {
      return dateTimeFormat('Europe/Paris');
    }
    dateTimeFormats.set(timeZone, format);
  }
  return format;
}
const dayFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });

/** "3 mars 2027 à 09:00 – 5 mars 2027 à 17:00" in the event's own time zone. */
function eventDates(startsAt: Date | string, endsAt: Date | string, timezone: string): SafeHtml {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  return html`<time datetime="${start.toISOString()}">${dateTimeFormat(timezone).formatRange(start, end)}</time>`;
}

function formatDay(day: string): SafeHtml {
  return html`<time datetime="${day}">${dayFormat.format(new Date(`${day}T00:00:00Z`))}</time>`;
}

const countryName = (iso2: string | null) => (iso2 && localisedCountryName(iso2, 'fr')) || '';
const collator = new Intl.Collator('fr');

function place(e: Pick<EventItem, 'online' | 'city' | 'country'>): string {
  if (e.online) return 'En ligne';
  return [e.city, countryName(e.country)].filter(Boolean).join(', ');
}

function eventList(events: EventItem[]): SafeHtml {
  return html`<ul class="fr-raw-list">${events.map(
    (e) => html`<li class="fr-mb-3w">
        <h3 class="fr-h6 fr-mb-1v"><a href="${portalPath}/agenda/${e.id}">${e.title}</a></h3>
        <p class="fr-text--sm fr-mb-1v">${eventDates(e.starts_at, e.ends_at, e.timezone)} · ${place(e)} · ${term(eventTypeLabels, e.type)}</p>
        <p class="fr-mb-0">${e.summary}</p>
      </li>`,
  )}</ul>`;
}

export async function regionsPage(ctx: PageContext): Promise<PageDocument> {
  const regions = await listRegions(ctx.db);
  const title = 'Annuaire des régions';
  return {
    status: 200,
    title,
    description:
      'Les conseillers export de chaque région française et le site export de chaque région : à qui s’adresser près de chez vous pour se développer à l’international.',
    path: `${portalPath}/regions`,
    breadcrumb: [...portalCrumbs, { label: title }],
    main: html`<h1>${title}</h1>
      ${regions.map(
        (r) => html`<section class="fr-mb-4w">
          <h2>${r.name}</h2>
          <p>${link(r.export_site_url, `Le site export de la région ${r.name}`, { class: 'fr-link' })}</p>
          ${r.contacts.length > 0 && contactList(r.contacts)}
        </section>`,
      )}`,
  };
}

export async function countriesPage(ctx: PageContext): Promise<PageDocument> {
  const published = await publishedCountryCodes(ctx.db);
  const countries = COUNTRY_CODES.filter((iso2) => published.has(iso2))
    .map((iso2) => ({ iso2, name: countryName(iso2) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const title = 'Annuaire des pays';
  return {
    status: 200,
    title,
    description:
      'Chaque pays avec ses sources d’information, les contacts des réseaux de l’État (service économique, Business France, CCI, CCEF), les offres et les événements qui le concernent.',
    path: `${portalPath}/pays`,
    breadcrumb: [...portalCrumbs, { label: title }],
    main: html`<h1>${title}</h1>
      <ul>${countries.map((c) => html`<li><a href="${portalPath}/pays/${c.iso2}">${c.name}</a></li>`)}</ul>`,
  };
}

/** Like the country API: a page for every country whose page is published, 404 otherwise. */
export async function countryPage(ctx: PageContext, params: Params): Promise<PageDocument | undefined> {
  const facts = countryFacts((params.iso2 ?? '').toUpperCase(), 'fr');
  if (!facts) return undefined;
  const data = await findCountryPage(ctx.db, facts.iso2, ctx.now);
  if (!data.page) return undefined;
  const { intro, sectors, sources } = data.page;
  const description = shorten(
    intro ||
      `${facts.name} : sources d’information, contacts des réseaux de l’État, offres d’accompagnement et événements pour exporter.`,
  );
  const networks = Object.keys(contactKindLabels).filter((kind) => data.contacts.some((c) => c.kind === kind));
  return {
    status: 200,
    title: `${facts.name} – Annuaire des pays`,
    description,
    path: `${portalPath}/pays/${facts.iso2}`,
    breadcrumb: [...portalCrumbs, { label: 'Annuaire des pays', path: `${portalPath}/pays` }, { label: facts.name }],
    main: html`<h1>${facts.name}</h1>
      ${intro && paragraphs(intro, 'fr-text--lead')}
      <ul>
        <li>Nom officiel : ${facts.officialName}</li>
        ${facts.capital.length > 0 && html`<li>Capitale : ${facts.capital.join(', ')}</li>`}
        ${facts.continent && html`<li>Continent : ${facts.continent}</li>`}
      </ul>
      ${
        sectors.length > 0 &&
        html`<h2>Secteurs porteurs</h2>
        <ul>${sectors.map((s) => html`<li>${term(sectorLabels, s)}</li>`)}</ul>`
      }
      ${
        sources.length > 0 &&
        html`<h2>Sources d’information</h2>
        <ul>${sources.map((s) => html`<li>${link(s.url, s.title)}${s.publisher && html` (${s.publisher})`}</li>`)}</ul>`
      }
      ${
        networks.length > 0 &&
        html`<h2>Contacts</h2>
        ${networks.map(
          (kind) => html`<h3>${term(contactKindLabels, kind)}</h3>
          ${contactList(data.contacts.filter((c) => c.kind === kind))}`,
        )}`
      }
      ${data.offers.length > 0 && html`<h2>Offres pour ce pays</h2>${offerList(data.offers)}`}
      ${data.events.length > 0 && html`<h2>Événements à venir</h2>${eventList(data.events)}`}`,
  };
}

const agendaLimit = 100;

export async function agendaPage(ctx: PageContext): Promise<PageDocument> {
  const events = await listUpcomingEvents(ctx.db, ctx.now, agendaLimit);
  const title = 'Agenda de l’export';
  return {
    status: 200,
    title,
    description:
      'Les salons professionnels, délégations d’affaires, rendez-vous B2B, webinaires et formations pour se développer à l’international, en France et à l’étranger.',
    path: `${portalPath}/agenda`,
    breadcrumb: [...portalCrumbs, { label: 'Agenda' }],
    main: html`<h1>${title}</h1>
      <h2>Événements à venir</h2>
      ${events.length > 0 ? eventList(events) : html`<p>Aucun événement à venir pour le moment.</p>`}`,
  };
}

export async function eventPage(ctx: PageContext, params: Params): Promise<PageDocument | undefined> {
  const event = await findEvent(ctx.db, params.id ?? '');
  if (!event) return undefined;
  const path = `${portalPath}/agenda/${event.id}`;
  const location = event.online
    ? { '@type': 'VirtualLocation', url: event.url || ctx.publicUrl + path }
    : {
        '@type': 'Place',
        name: event.venue || event.city,
        address: { '@type': 'PostalAddress', addressLocality: event.city, addressCountry: event.country ?? undefined },
      };
  const markets = event.countries.map((c) => countryName(c)).filter(Boolean);
  return {
    status: 200,
    title: event.title,
    description: shorten(event.summary),
    path,
    ogType: 'article',
    breadcrumb: [...portalCrumbs, { label: 'Agenda', path: `${portalPath}/agenda` }, { label: event.title }],
    structuredData: [
      {
        '@context': 'https://schema.org',
        '@type': 'Event',
        name: event.title,
        description: event.summary,
        startDate: event.starts_at.toISOString(),
        endDate: event.ends_at.toISOString(),
        eventStatus: 'https://schema.org/EventScheduled',
        eventAttendanceMode: event.online
          ? 'https://schema.org/OnlineEventAttendanceMode'
          : 'https://schema.org/OfflineEventAttendanceMode',
        location,
        ...(event.provider_name && {
          organizer: { '@type': 'Organization', name: event.provider_name, url: event.provider_url },
        }),
        isAccessibleForFree: event.price === 'free',
        url: ctx.publicUrl + path,
      },
    ],
    main: html`<h1>${event.title}</h1>
      <p class="fr-text--lead">${event.summary}</p>
      <ul>
        <li>Quand : ${eventDates(event.starts_at, event.ends_at, event.timezone)}</li>
        <li>Où : ${[event.venue, place(event)].filter(Boolean).join(', ')}</li>
        <li>Type : ${term(eventTypeLabels, event.type)}</li>
        <li>Tarif : ${term(priceLabels, event.price)}</li>
        ${markets.length > 0 && html`<li>Marchés : ${markets.join(', ')}</li>`}
        ${event.provider_name && html`<li>Organisé par : ${event.provider_name}</li>`}
      </ul>
      ${paragraphs(event.description)}
      ${event.url && html`<p>${link(event.url, 'Informations et inscription', { class: 'fr-link' })}</p>`}`,
  };
}

const newsLimit = 50;

export async function newsListPage(ctx: PageContext): Promise<PageDocument> {
  const news = await listNews(ctx.db, newsLimit);
  const title = 'Actualités de l’export';
  return {
    status: 200,
    title,
    description:
      'Les actualités de l’accompagnement à l’export : nouveaux dispositifs, marchés, salons et appels à candidatures.',
    path: `${portalPath}/actualites`,
    breadcrumb: [...portalCrumbs, { label: 'Actualités' }],
    main: html`<h1>${title}</h1>
      <ul class="fr-raw-list">${news.map(
        (n) => html`<li class="fr-mb-3w">
          <h2 class="fr-h6 fr-mb-1v"><a href="${portalPath}/actualites/${n.id}">${n.title}</a></h2>
          <p class="fr-text--sm fr-mb-1v">${formatDay(n.dated)}</p>
          <p class="fr-mb-0">${n.summary}</p>
        </li>`,
      )}</ul>`,
  };
}

export async function newsPage(ctx: PageContext, params: Params): Promise<PageDocument | undefined> {
  const news = await findNews(ctx.db, params.id ?? '');
  if (!news) return undefined;
  const path = `${portalPath}/actualites/${news.id}`;
  return {
    status: 200,
    title: news.title,
    description: shorten(news.summary),
    path,
    ogType: 'article',
    breadcrumb: [...portalCrumbs, { label: 'Actualités', path: `${portalPath}/actualites` }, { label: news.title }],
    structuredData: [
      {
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: news.title,
        description: news.summary,
        datePublished: news.dated,
        dateModified: news.updated_at.toISOString(),
        inLanguage: 'fr',
        mainEntityOfPage: ctx.publicUrl + path,
        publisher: { '@type': 'Organization', name: siteName, url: ctx.publicUrl },
      },
    ],
    main: html`<h1>${news.title}</h1>
      <p class="fr-text--sm">${formatDay(news.dated)}</p>
      <p class="fr-text--lead">${news.summary}</p>
      ${paragraphs(news.body)}`,
  };
}

export const directoryPages = {
  regions: regionsPage,
  countries: countriesPage,
  country: countryPage,
  agenda: agendaPage,
  event: eventPage,
  newsList: newsListPage,
  news: newsPage,
};
