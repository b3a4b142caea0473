// Sector, language and country names in the interface language, for member cards, filters and the profile form.
import {
  languageLabels,
  type ProfileLanguage,
  type Sector,
  sectorLabels,
} from '../../../../../common/network-terms.ts';
import { type Lang, useLang } from '../../../../app/i18n/lang.ts';
import { countryOptions } from '../../../portal/hotline/countryOptions.ts';

export function memberTerms(lang: Lang) {
  const countries = countryOptions(lang);
  const countryNames = new Map(countries.map((c) => [c.code, c.name]));
  return {
    countries,
    sector: (value: Sector) => sectorLabels[value]?.[lang] ?? value,
    language: (value: ProfileLanguage) => languageLabels[value]?.[lang] ?? value,
    country: (code: string) => countryNames.get(code) ?? code,
  };
}

export function useMemberTerms() {
  return memberTerms(useLang());
}
