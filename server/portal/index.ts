// What the portal's features and the other areas may use of each other: import from here, not from a feature's
// internals.

// Agenda: events as lists and pages show them, and the iCal feed of a filter.
export { eventFeed, getEvent, listEvents, presentEvent, presentEventSummary } from './agenda/agenda.service.ts';
export type { OfferSelection, OfferSummaryRow } from './catalogue/catalogue.repo.ts';
export { PUBLIC_CACHE } from './catalogue/catalogue.routes.ts';
// Catalogue: published offers as lists show them, one offer, the search, and the lexicon rebuild (seed, back office).
export {
  countryName,
  getOffer,
  listOfferSummaries,
  presentOfferSummary,
  searchOffers,
} from './catalogue/catalogue.service.ts';
export { refreshSearchLexicon } from './catalogue/lexicon.ts';
// Countries and the regional directory: the directory's reads and a country's facts (pages, sitemap).
export { getCountry, listCountries } from './countries/countries.service.ts';
export { COUNTRY_CODES, countryFacts } from './countries/world.ts';
export { listRegions } from './directories/directories.service.ts';
// Hotline: filing a support request (checks, the request with its front-office case, acknowledgement), for the
// front office's companies.
export { fileSupportRequest } from './hotline/hotline.service.ts';
export type { ContactRow } from './journey/journey.repo.ts';
// Journey: the steps, the partners, a step's page, and a contact as the public reads show it.
export { getStepPage, listProviders, listSteps, presentContact } from './journey/journey.service.ts';
// News: the list, one item, and an item as lists show it.
export { getNews, listNews, presentNewsSummary } from './news/news.service.ts';
