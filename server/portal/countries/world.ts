// Every ISO 3166-1 country as the portal shows it: names in French and English (i18n-iso-countries), facts
// (continent, capital, languages, currencies, borders...) from world-countries, localised, and the accent-
// insensitive name search of the country directory. Pure: no I/O.
import i18n from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import worldCountries from 'world-countries';
import type { Lang } from '../../../common/portal-terms.ts';
import type { Country } from '../../../common/schemas/portal.ts';

i18n.registerLocale(en);
i18n.registerLocale(fr);

type WorldCountry = (typeof worldCountries)[number];

const byIso2 = new Map<string, WorldCountry>(worldCountries.map((c) => [c.cca2, c]));
const iso3ToIso2 = new Map<string, string>(worldCountries.map((c) => [c.cca3, c.cca2]));

/** The codes the portal knows: i18n-iso-countries' list (ISO 3166-1, plus Kosovo's user-assigned XK). */
export const COUNTRY_CODES: readonly string[] = Object.keys(i18n.getAlpha2Codes()).sort();
const known = new Set(COUNTRY_CODES);

export const isCountryCode = (iso2: string): boolean => known.has(iso2);

export function countryName(iso2: string, lang: Lang): string {
  return i18n.getName(iso2, lang) ?? byIso2.get(iso2)?.name.common ?? iso2;
}

const continentLabels: Record<string, { fr: string; en: string }> = {
  Africa: { fr: 'Afrique', en: 'Africa' },
  Americas: { fr: 'Amériques', en: 'Americas' },
  Antarctic: { fr: 'Antarctique', en: 'Antarctic' },
  Asia: { fr: 'Asie', en: 'Asia' },
  Europe: { fr: 'Europe', en: 'Europe' },
  Oceania: { fr: 'Océanie', en: 'Oceania' },
};

const subregionsFr: Record<string, string> = {
  'Australia and New Zealand': 'Australie et Nouvelle-Zélande',
  Caribbean: 'Caraïbes',
  'Central America': 'Amérique centrale',
  'Central Asia': 'Asie centrale',
  'Central Europe': 'Europe centrale',
  'Eastern Africa': 'Afrique de l’Est',
  'Eastern Asia': 'Asie de l’Est',
  'Eastern Europe': 'Europe de l’Est',
  Melanesia: 'Mélanésie',
  Micronesia: 'Micronésie',
  'Middle Africa': 'Afrique centrale',
  'North America': 'Amérique du Nord',
  'Northern Africa': 'Afrique du Nord',
  'Northern Europe': 'Europe du Nord',
  Polynesia: 'Polynésie',
  'South America': 'Amérique du Sud',
  'South-Eastern Asia': 'Asie du Sud-Est',
  'Southeast Europe': 'Europe du Sud-Est',
  'Southern Africa': 'Afrique australe',
  'Southern Asia': 'Asie du Sud',
  'Southern Europe': 'Europe du Sud',
  'Western Africa': 'Afrique de l’Ouest',
  'Western Asia': 'Asie occidentale',
  'Western Europe': 'Europe de l’Ouest',
};

export function continentOf(iso2: string, lang: Lang): string {
  const region = byIso2.get(iso2)?.region ?? '';
  return continentLabels[region]?.[lang] ?? region;
}

function subregionOf(country: WorldCountry, lang: Lang): string {
  return lang === 'fr' ? (subregionsFr[country.subregion] ?? country.subregion) : country.subregion;
}

// Intl knows most languages and currencies by code; world-countries' English names fill the gaps.
const displayNames = (lang: Lang, type: 'language' | 'currency') => {
  const names = new Intl.DisplayNames(lang, { type, fallback: 'none' });
  return (code: string): string | undefined => {
    try {
      return names.of(code);
    } catch {
      return undefined;
    }
  };
};
const languageName = { fr: displayNames('fr', 'language'), en: displayNames('en', 'language') };
const currencyName = { fr: displayNames('fr', 'currency'), en: displayNames('en', 'currency') };
const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);

function callingCodes(country: WorldCountry): string[] {
  const { root, suffixes } = country.idd;
  if (!root) return [];
  // The North American plan (+1) and +7 list area codes as suffixes: the country's code is the root.
  if (root === '+1' || root === '+7' || suffixes.length === 0) return [root];
  return suffixes.map((s) => `${root}${s}`);
}

export type CountryFacts = Pick<
  Country,
  | 'iso2'
  | 'iso3'
  | 'name'
  | 'officialName'
  | 'continent'
  | 'subregion'
  | 'capital'
  | 'languages'
  | 'currencies'
  | 'area'
  | 'latitude'
  | 'longitude'
  | 'borders'
  | 'callingCodes'
>;

/** The facts of a country page in the given language; undefined for a code the portal does not know. */
export function countryFacts(iso2: string, lang: Lang): CountryFacts | undefined {
  const c = byIso2.get(iso2);
  if (!c || !known.has(iso2)) return undefined;
  return {
    iso2,
    iso3: c.cca3,
    name: countryName(iso2, lang),
    officialName: lang === 'fr' ? (c.translations.fra?.official ?? c.name.official) : c.name.official,
    continent: continentOf(iso2, lang),
    subregion: subregionOf(c, lang),
    capital: c.capital,
    languages: Object.entries(c.languages).map(([code, english]) => {
      const name = languageName[lang](code);
      return name && name !== code ? capitalise(name) : english;
    }),
    currencies: Object.entries(c.currencies).map(([code, { name, symbol }]) => {
      const localised = currencyName[lang](code);
      return { code, name: localised && localised !== code ? capitalise(localised) : name, symbol };
    }),
    area: c.area > 0 ? c.area : null,
    latitude: c.latlng?.[0] ?? null,
    longitude: c.latlng?.[1] ?? null,
    borders: c.borders.map((b) => iso3ToIso2.get(b)).filter((b): b is string => b !== undefined),
    callingCodes: callingCodes(c),
  };
}

// --- Search --------------------------------------------------------------------------------------------------

/** Lower-cased, without accents, punctuation turned to spaces: "Côte-d’Ivoire" -> "cote d ivoire". */
export function normaliseName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface Searchable {
  iso2: string;
  iso3: string;
  /** Every name in both languages, normalised, with its words. */
  names: { text: string; words: string[] }[];
}

const searchIndex: Searchable[] = COUNTRY_CODES.map((iso2) => {
  const c = byIso2.get(iso2);
  const raw = new Set<string>([
    ...(i18n.getName(iso2, 'fr', { select: 'all' }) ?? []),
    ...(i18n.getName(iso2, 'en', { select: 'all' }) ?? []),
    ...(c
      ? [c.name.common, c.name.official, c.translations.fra?.common ?? '', c.translations.fra?.official ?? '']
      : []),
  ]);
  const names = [...raw]
    .map(normaliseName)
    .filter((text) => text !== '')
    .map((text) => ({ text, words: text.split(' ') }));
  return { iso2, iso3: c?.cca3 ?? i18n.alpha2ToAlpha3(iso2) ?? '', names };
});

/**
 * The codes of the countries a query finds, accents and case aside: its ISO2 or ISO3 code, every query word
 * starting a word of one of its French or English names ("etats" finds États-Unis, "rep tch" Tchéquie), or from
 * three letters a part of a name. Exact code matches come first ("fr": France, then Guyane française...).
 */
export function searchCountryCodes(query: string): { codeMatches: string[]; nameMatches: string[] } {
  const q = normaliseName(query);
  if (q === '') return { codeMatches: [...COUNTRY_CODES], nameMatches: [] };
  const words = q.split(' ');
  const compact = q.replaceAll(' ', '');
  const codeMatches: string[] = [];
  const nameMatches: string[] = [];
  for (const country of searchIndex) {
    if (compact === country.iso2.toLowerCase() || compact === country.iso3.toLowerCase()) {
      codeMatches.push(country.iso2);
      continue;
    }
    const found = country.names.some(
      (name) =>
        words.every((w) => name.words.some((nw) => nw.startsWith(w))) || (q.length >= 3 && name.text.includes(q)),
    );
    if (found) nameMatches.push(country.iso2);
  }
  return { codeMatches, nameMatches };
}
