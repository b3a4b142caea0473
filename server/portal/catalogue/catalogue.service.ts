// The catalogue's rules: a search is the lexicon's verdict on the words (typo corrections, completion of the word
// being typed), then one query for the published offers matching them (with what a page shows of each), then
// filters, disjunctive facet counts, sort and page in memory: the catalogue holds about a hundred offers.
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import type { Kysely } from 'kysely';
import { type Lang, OFFERS_PAGE_SIZE, type OfferSort } from '../../../common/portal-terms.ts';
import type { Offer, OfferList, OfferListQuery, OfferSummary } from '../../../common/schemas/portal.ts';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import * as repo from './catalogue.repo.ts';
import { collators, filterAndCount, type OfferFilters, sortCandidates } from './facets.ts';
import { cachedSearch } from './search-cache.ts';
import { parseQuery, planSearch } from './search-text.ts';

countries.registerLocale(fr);
countries.registerLocale(en);

export interface CatalogueDeps {
  db: Kysely<DB>;
  lang: Lang;
}

const toIso = (value: Date | string) => (value instanceof Date ? value : new Date(value)).toISOString();

export function presentOfferSummary(row: repo.OfferSummaryRow): OfferSummary {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    provider: { id: row.provider_id, name: row.provider_name, shortName: row.provider_short_name },
    steps: [...row.steps].sort((a, b) => a - b),
    type: row.type as OfferSummary['type'],
    price: row.price as OfferSummary['price'],
    companySizes: row.company_sizes as OfferSummary['companySizes'],
    maturities: row.maturities as OfferSummary['maturities'],
    sectors: row.sectors as OfferSummary['sectors'],
    regions: row.regions,
    countries: row.countries,
    url: row.url,
    updatedAt: toIso(row.updated_at),
  };
}

/** Published offers of a step or naming a country, sorted by title in the language asked for. */
export async function listOfferSummaries(
  db: Kysely<DB>,
  selection: repo.OfferSelection,
  lang: Lang,
): Promise<OfferSummary[]> {
  const rows = await repo.findOfferSummaries(db, selection, lang);
  const collator = collators[lang];
  rows.sort((a, b) => collator.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return rows.map(presentOfferSummary);
}

export async function getOffer(deps: CatalogueDeps, id: string): Promise<Offer> {
  const row = await repo.findOffer(deps.db, id, deps.lang);
  if (!row) throw new AppError('ERR_NOT_FOUND');
  return {
    ...presentOfferSummary(row),
    description: row.description,
    priceNote: row.price_note,
    publishedAt: row.published_at === null ? null : toIso(row.published_at),
  };
}

export function countryName(iso2: string, lang: Lang): string | undefined {
  return countries.getName(iso2, lang) ?? undefined;
}

export async function searchOffers(deps: CatalogueDeps, query: OfferListQuery): Promise<OfferList> {
  const { db, lang } = deps;
  const unknownCountries = (query.country ?? []).filter((c) => !countries.isValid(c));
  if (unknownCountries.length > 0) {
    throw new AppError('ERR_VALIDATION', {
      fieldErrors: unknownCountries.map((code) => ({
        field: 'country',
        message: lang === 'fr' ? `code pays ISO 3166-1 inconnu : ${code}` : `unknown ISO 3166-1 country code: ${code}`,
      })),
    });
  }

  // Answers are kept per catalogue version: any change to offers, providers or the lexicon starts afresh.
  const version = await repo.catalogueVersion(db);
  return cachedSearch(db, version, `${lang}|${searchKey(query)}`, () => runSearch(deps, query));
}

/** The query in a canonical form: the same search written differently shares one answer. */
function searchKey(query: OfferListQuery): string {
  const { lang: _lang, ...rest } = query;
  return JSON.stringify(
    Object.entries(rest)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => [name, Array.isArray(value) ? [...value].map(String).sort() : value])
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
  );
}

async function runSearch(deps: CatalogueDeps, query: OfferListQuery): Promise<OfferList> {
  const { db, lang } = deps;
  const parsed = parseQuery(query.q);
  const judged = await repo.judgeWords(db, parsed.words, parsed.completeLast ? parsed.words.length : 0);
  // Unknown words that are not being completed get corrected: a second query, for typing mistakes only.
  const toCorrect = judged.flatMap((j, i) => (!j.known && j.completions.length === 0 ? [i] : []));
  const closest = await repo.closestWords(
    db,
    toCorrect.map((i) => parsed.words[i]!),
  );
  const suggestions = new Map(toCorrect.map((i, k) => [i, closest[k] ?? []]));
  const plan = planSearch(
    parsed,
    judged.map((j, i) => ({ ...j, suggestions: suggestions.get(i) ?? [] })),
  );
  const { candidates, labels } = await repo.findCandidates(db, plan.groups, lang);

  const filters: OfferFilters = query;
  const { matching, facets } = filterAndCount(
    candidates,
    filters,
    {
      step: (id) => labels.steps.get(id),
      provider: (id) => labels.providers.get(id),
      region: (code) => labels.regions.get(code),
      regionCodes: [...labels.regions.keys()],
      country: (iso2) => countryName(iso2, lang),
    },
    lang,
  );
  // Relevance needs words: without them it falls back to the title order.
  const searched = plan.groups.length > 0;
  const sort: OfferSort =
    (query.sort ?? 'relevance') === 'relevance' && !searched ? 'title' : (query.sort ?? 'relevance');
  sortCandidates(matching, sort, lang);

  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? OFFERS_PAGE_SIZE;
  const items = matching.slice((page - 1) * pageSize, page * pageSize).map((c) => presentOfferSummary(c.offer));
  return { items, total: matching.length, page, pageSize, facets, didYouMean: plan.didYouMean };
}
