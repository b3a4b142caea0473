// Country names in the interface language, from the browser's own CLDR data (Intl.DisplayNames): no list to
// ship, and the names follow the language switch.
import { useCallback } from 'react';
import { type Lang, useLang } from '../../../app/i18n/lang.ts';

const displayNames = new Map<Lang, Intl.DisplayNames>();

function namesOf(lang: Lang): Intl.DisplayNames {
  let names = displayNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    displayNames.set(lang, names);
  }
  return names;
}

/**
 * Region codes the browser names that are not current countries: groupings (EU, EZ, UN), the unknown region,
 * user-assigned codes (AA, QM-QZ, XA-XZ; Kosovo's XK excepted) and withdrawn codes that CLDR maps to their
 * successors (YU would otherwise read "Serbia").
 */
const notCountries = new Set([
  'AA',
  'ZZ',
  'EU',
  'EZ',
  'UN',
  'AN',
  'BU',
  'CS',
  'DD',
  'FX',
  'NT',
  'SU',
  'TP',
  'YD',
  'YU',
  'ZR',
]);

function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code)) return false;
  if (code === 'XK') return true;
  return !notCountries.has(code) && !/^(Q[M-Z]|X[A-Z])$/.test(code);
}

/** The country's name, or undefined when the code is not an ISO 3166-1 alpha-2 country the browser knows. */
export function knownCountryName(code: string, lang: Lang): string | undefined {
  if (!isCountryCode(code)) return undefined;
  try {
    return namesOf(lang).of(code);
  } catch {
    return undefined;
  }
}

export function countryName(code: string, lang: Lang): string {
  return knownCountryName(code, lang) ?? code;
}

export function useCountryName(): (code: string) => string {
  const lang = useLang();
  return useCallback((code: string) => countryName(code, lang), [lang]);
}

/** Codes sorted by their name in the current language (pickers). */
export function sortByCountryName(codes: readonly string[], lang: Lang): string[] {
  const collator = new Intl.Collator(lang);
  return [...codes].sort((a, b) => collator.compare(countryName(a, lang), countryName(b, lang)));
}
