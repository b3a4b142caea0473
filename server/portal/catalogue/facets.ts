// The catalogue's filters, facet counts and sort orders, computed in memory over the offers that match the
// search words (about a hundred rows): pure functions, no I/O.
//
// Filters: several values of one facet are alternatives (OR); facets combine (AND). An offer whose sectors,
// regions, countries, maturities or company sizes are empty applies to all of them: it matches any value.
// Facets are disjunctive: a facet's counts apply the query and every OTHER facet's filters, so that each count
// says how many offers the visitor gets by adding that value.

import {
  type Lang,
  label,
  MATURITIES,
  maturityLabels,
  OFFER_TYPES,
  type OfferSort,
  offerTypeLabels,
  PRICES,
  priceLabels,
  SECTORS,
  STEP_IDS,
  sectorLabels,
} from '../../../common/portal-terms.ts';
import type { FacetValue, OfferFacets } from '../../../common/schemas/portal.ts';

/** What the search needs of a published offer to filter, count and sort it. */
export interface Candidate {
  id: string;
  providerId: string;
  providerShortName: string;
  title: string;
  steps: number[];
  type: string;
  price: string;
  companySizes: string[];
  maturities: string[];
  sectors: string[];
  regions: string[];
  countries: string[];
  publishedAt: Date | null;
  /** Relevance to the search words (0 without words). */
  rank: number;
}

export interface OfferFilters {
  step?: number[] | undefined;
  provider?: string[] | undefined;
  type?: string[] | undefined;
  price?: string[] | undefined;
  region?: string[] | undefined;
  country?: string[] | undefined;
  sector?: string[] | undefined;
  maturity?: string[] | undefined;
  size?: string[] | undefined;
}

/** Labels and titles compare as readers expect: accents and case aside, numbers by value. */
export const collators: Record<Lang, Intl.Collator> = {
  fr: new Intl.Collator('fr', { sensitivity: 'base', numeric: true }),
  en: new Intl.Collator('en', { sensitivity: 'base', numeric: true }),
};

type FilterName = keyof OfferFilters;
type FacetName = keyof OfferFacets;

/** The offer's values for each filter, as strings (an empty list means all where the filter allows it). */
type Values = Record<FilterName, readonly string[]>;
const emptyMeansAll: Record<FilterName, boolean> = {
  step: false,
  provider: false,
  type: false,
  price: false,
  region: true,
  country: true,
  sector: true,
  maturity: true,
  size: true,
};
const filterNames = Object.keys(emptyMeansAll) as FilterName[];

function valuesOf(c: Candidate): Values {
  return {
    step: c.steps.map(String),
    provider: [c.providerId],
    type: [c.type],
    price: [c.price],
    region: c.regions,
    country: c.countries,
    sector: c.sectors,
    maturity: c.maturities,
    size: c.companySizes,
  };
}

/** A candidate with its values and, bit by bit, the selected filters it passes. */
interface Prepared<C extends Candidate> {
  candidate: C;
  values: Values;
  passes: number;
}

/** The selected values of each filter, as strings, without duplicates; filters with no value are left out. */
function selections(filters: OfferFilters): [FilterName, Set<string>][] {
  const selected: [FilterName, Set<string>][] = [];
  for (const name of filterNames) {
    const values = filters[name];
    if (values && values.length > 0) selected.push([name, new Set(values.map(String))]);
  }
  return selected;
}

function prepare<C extends Candidate>(candidates: C[], selected: [FilterName, Set<string>][]): Prepared<C>[] {
  return candidates.map((candidate) => {
    const values = valuesOf(candidate);
    let passes = 0;
    selected.forEach(([name, chosen], bit) => {
      const own = values[name];
      if ((emptyMeansAll[name] && own.length === 0) || own.some((v) => chosen.has(v))) passes |= 1 << bit;
    });
    return { candidate, values, passes };
  });
}

/** Display labels of the facet values that are not closed vocabularies (steps, providers, regions, countries). */
export interface FacetLabels {
  step: (id: number) => string | undefined;
  provider: (id: string) => string | undefined;
  region: (code: string) => string | undefined;
  /** Every region code, in no particular order: all of them are facet values. */
  regionCodes: string[];
  country: (iso2: string) => string | undefined;
}

/** The offers passing every filter, and the facets: one pass over the candidates per facet. */
export function filterAndCount<C extends Candidate>(
  candidates: C[],
  filters: OfferFilters,
  labels: FacetLabels,
  lang: Lang,
): { matching: C[]; facets: OfferFacets } {
  const selected = selections(filters);
  const prepared = prepare(candidates, selected);
  const every = (1 << selected.length) - 1;
  const matching = prepared.filter((p) => p.passes === every).map((p) => p.candidate);
  const collator = collators[lang];

  function facet(
    name: FacetName,
    values: Iterable<string>,
    labelOf: (value: string) => string,
    order: 'count' | 'value' = 'count',
  ): FacetValue[] {
    // The base of this facet's counts: the offers passing every filter but its own.
    const bit = selected.findIndex(([n]) => n === name);
    const required = bit < 0 ? every : every & ~(1 << bit);
    const counts = new Map<string, number>();
    let forAll = 0;
    for (const p of prepared) {
      if ((p.passes & required) !== required) continue;
      const own = p.values[name];
      if (emptyMeansAll[name] && own.length === 0) forAll++;
      else {
        // A value listed twice by mistake still counts the offer once.
        own.forEach((v, i) => {
          if (own.indexOf(v) === i) counts.set(v, (counts.get(v) ?? 0) + 1);
        });
      }
    }
    const chosen = selected[bit]?.[1] ?? new Set<string>();
    const items: FacetValue[] = [];
    for (const value of new Set([...values, ...chosen])) {
      const count = (counts.get(value) ?? 0) + forAll;
      if (count > 0 || chosen.has(value)) items.push({ value, label: labelOf(value), count });
    }
    if (order === 'count') items.sort((a, b) => b.count - a.count || collator.compare(a.label, b.label));
    else items.sort((a, b) => Number(a.value) - Number(b.value));
    return items;
  }

  const named = (pick: (c: Candidate) => readonly string[]) => new Set(candidates.flatMap(pick));
  const facets: OfferFacets = {
    step: facet('step', STEP_IDS.map(String), (v) => labels.step(Number(v)) ?? v, 'value'),
    provider: facet(
      'provider',
      named((c) => [c.providerId]),
      (v) => labels.provider(v) ?? v,
    ),
    type: facet('type', OFFER_TYPES, (v) => vocabulary(offerTypeLabels, v, lang)),
    price: facet('price', PRICES, (v) => vocabulary(priceLabels, v, lang)),
    region: facet('region', labels.regionCodes, (v) => labels.region(v) ?? v),
    // Only the countries some offer names: every other country would count just the offers open to all.
    country: facet(
      'country',
      named((c) => c.countries),
      (v) => labels.country(v) ?? v,
    ),
    sector: facet('sector', SECTORS, (v) => vocabulary(sectorLabels, v, lang)),
    maturity: facet('maturity', MATURITIES, (v) => vocabulary(maturityLabels, v, lang)),
  };
  return { matching, facets };
}

const noLabels: FacetLabels = {
  step: () => undefined,
  provider: () => undefined,
  region: () => undefined,
  regionCodes: [],
  country: () => undefined,
};

/** The offers that pass every filter. */
export function applyFilters(candidates: Candidate[], filters: OfferFilters): Candidate[] {
  return filterAndCount(candidates, filters, noLabels, 'fr').matching;
}

export function computeFacets(
  candidates: Candidate[],
  filters: OfferFilters,
  labels: FacetLabels,
  lang: Lang,
): OfferFacets {
  return filterAndCount(candidates, filters, labels, lang).facets;
}

function vocabulary<K extends string>(labels: Record<K, { fr: string; en: string }>, value: string, lang: Lang) {
  return value in labels ? label(labels, value as K, lang) : value;
}

/** Sorts in place and returns the offers: every order ends on the id, so pages never overlap. */
export function sortCandidates<C extends Candidate>(candidates: C[], sort: OfferSort, lang: Lang): C[] {
  const collator = collators[lang];
  const byTitle = (a: Candidate, b: Candidate) => collator.compare(a.title, b.title);
  const byId = (a: Candidate, b: Candidate) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const time = (c: Candidate) => c.publishedAt?.getTime() ?? Number.NEGATIVE_INFINITY;
  const compare: Record<OfferSort, (a: Candidate, b: Candidate) => number> = {
    relevance: (a, b) => b.rank - a.rank || byTitle(a, b) || byId(a, b),
    title: (a, b) => byTitle(a, b) || byId(a, b),
    provider: (a, b) => collator.compare(a.providerShortName, b.providerShortName) || byTitle(a, b) || byId(a, b),
    recent: (a, b) => time(b) - time(a) || byId(a, b),
  };
  return candidates.sort(compare[sort]);
}
