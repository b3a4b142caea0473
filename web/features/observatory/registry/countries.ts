// The full list of countries for the registry's selects: the ISO 3166-1 alpha-2 codes from i18n-iso-countries,
// named like everywhere else in the observatory (components/countries.ts, from the browser's CLDR data).
import countries from 'i18n-iso-countries';
import type { Lang } from '../../../app/i18n/lang.ts';
import { knownCountryName } from '../components/countries.ts';

const sorted = new Map<Lang, { code: string; name: string }[]>();

/** Every country, sorted by its name in `lang`. */
export function countryOptions(lang: Lang): { code: string; name: string }[] {
  let options = sorted.get(lang);
  if (!options) {
    const collator = new Intl.Collator(lang, { sensitivity: 'base' });
    options = Object.keys(countries.getAlpha2Codes())
      .map((code) => ({ code, name: knownCountryName(code, lang) ?? code }))
      .sort((a, b) => collator.compare(a.name, b.name));
    sorted.set(lang, options);
  }
  return options;
}
