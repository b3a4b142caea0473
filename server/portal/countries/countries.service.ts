// The country directory: every country with a published page, searched by name or code in French and English;
// a country's page with its facts, editorial content, the State's networks there (known or not), and the
// published offers, upcoming events and latest news about it.
import type { Static } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import { COUNTRY_NETWORK_KINDS, type Lang } from '../../../common/portal-terms.ts';
import type { Country, CountryList, CountryListQuery, CountrySummary } from '../../../common/schemas/portal.ts';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { upcomingEventsAbout } from '../agenda/agenda.service.ts';
import * as directories from '../directories/directories.repo.ts';
import { byContactName } from '../directories/directories.service.ts';
import { listOfferSummaries, presentContact } from '../index.ts';
import { latestNewsAbout } from '../news/news.service.ts';
import * as repo from './countries.repo.ts';
import { continentOf, countryFacts, countryName, isCountryCode, searchCountryCodes } from './world.ts';

export interface CountriesDeps {
  db: Kysely<DB>;
  lang: Lang;
  publicUrl: string;
}

/** How much of the agenda and the news a country page shows. */
export const COUNTRY_PAGE_EVENTS = 10;
export const COUNTRY_PAGE_NEWS = 5;

const collator = new Intl.Collator('fr');
const pick = (lang: Lang, fr: string, en: string) => (lang === 'en' && en.trim() !== '' ? en : fr);

/**
 * Countries with a published page (the seed publishes one per country; an editor may withdraw one), by name in
 * French collation; a query keeps those it finds, exact ISO code matches first.
 */
export async function listCountries(deps: CountriesDeps, query: Static<typeof CountryListQuery>): Promise<CountryList> {
  const [pages, withContacts] = await Promise.all([
    repo.publishedCountryPages(deps.db),
    directories.countriesWithContacts(deps.db, COUNTRY_NETWORK_KINDS),
  ]);
  const summary = (iso2: string): CountrySummary => ({
    iso2,
    name: countryName(iso2, deps.lang),
    continent: continentOf(iso2, deps.lang),
    hasNetworkContacts: withContacts.has(iso2),
  });
  const byName = (a: CountrySummary, b: CountrySummary) => collator.compare(a.name, b.name);
  const { codeMatches, nameMatches } = searchCountryCodes(query.q ?? '');
  const visible = (codes: string[]) =>
    codes
      .filter((c) => pages.has(c))
      .map(summary)
      .sort(byName);
  const items = [...visible(codeMatches), ...visible(nameMatches)];
  return { items, total: items.length };
}

/** A country's page; 404 for a code the portal does not know or a page that is not published. */
export async function getCountry(deps: CountriesDeps, code: string): Promise<Country> {
  const iso2 = code.toUpperCase();
  const facts = isCountryCode(iso2) ? countryFacts(iso2, deps.lang) : undefined;
  if (!facts) throw new AppError('ERR_NOT_FOUND');
  const page = await repo.findPublishedCountryPage(deps.db, iso2);
  if (!page) throw new AppError('ERR_NOT_FOUND');
  const [contacts, offers, events, news] = await Promise.all([
    directories.publishedContacts(deps.db, { countries: [iso2], kinds: COUNTRY_NETWORK_KINDS }, deps.lang),
    listOfferSummaries(deps.db, { country: iso2 }, deps.lang),
    upcomingEventsAbout(deps, iso2, COUNTRY_PAGE_EVENTS),
    latestNewsAbout(deps, iso2, COUNTRY_PAGE_NEWS),
  ]);
  const networks = COUNTRY_NETWORK_KINDS.map((kind) => {
    const ofKind = contacts
      .filter((c) => c.kind === kind)
      .map(presentContact)
      .sort(byContactName);
    return { kind, known: ofKind.length > 0, contacts: ofKind };
  });
  return {
    ...facts,
    intro: pick(deps.lang, page.intro_fr, page.intro_en),
    sectors: page.sectors as Country['sectors'],
    sources: page.sources,
    networks,
    offers,
    events,
    news,
  };
}
