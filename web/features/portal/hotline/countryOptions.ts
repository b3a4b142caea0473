// Every country the server accepts (the ISO 3166-1 codes of i18n-iso-countries), named in the interface language
// by the browser's own data and sorted for a reader of that language.
import countries from 'i18n-iso-countries';
import { type Lang, useLang } from '../../../app/i18n/lang.ts';
import { compareLabels, makeTerms } from '../components/terms.ts';

export interface CountryOption {
  code: string;
  name: string;
  /** Lower-case, accent-free name and code, for the search box. */
  searchable: string;
}

export const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const cache = new Map<Lang, CountryOption[]>();

export function countryOptions(lang: Lang): CountryOption[] {
  let options = cache.get(lang);
  if (!options) {
    const terms = makeTerms(lang);
    const compare = compareLabels(lang);
    options = Object.keys(countries.getAlpha2Codes())
      .map((code) => {
        const name = terms.country(code);
        return { code, name, searchable: `${fold(name)} ${code.toLowerCase()}` };
      })
      .sort((a, b) => compare(a.name, b.name));
    cache.set(lang, options);
  }
  return options;
}

export function useCountryOptions(): CountryOption[] {
  return countryOptions(useLang());
}
