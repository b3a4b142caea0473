// The portal's vocabularies in the interface language: labels from common/portal-terms.ts, country names from
// the browser's own Intl data (no country list shipped to the landing page).
import { useMemo } from 'react';
import {
  type CompanySize,
  type ContactKind,
  companySizeLabels,
  contactKindLabels,
  type EventType,
  eventTypeLabels,
  type Maturity,
  maturityLabels,
  type OfferType,
  offerTypeLabels,
  type Price,
  type ProviderKind,
  priceLabels,
  providerKindLabels,
  type Sector,
  sectorLabels,
} from '../../../../common/portal-terms.ts';
import { type Lang, useLang } from '../../../app/i18n/lang.ts';

export const locales: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

export function makeTerms(lang: Lang) {
  let regionNames: Intl.DisplayNames | null = null;
  try {
    regionNames = new Intl.DisplayNames([locales[lang]], { type: 'region' });
  } catch {
    regionNames = null;
  }
  return {
    lang,
    offerType: (value: OfferType) => offerTypeLabels[value]?.[lang] ?? value,
    price: (value: Price) => priceLabels[value]?.[lang] ?? value,
    companySize: (value: CompanySize) => companySizeLabels[value]?.[lang] ?? value,
    maturity: (value: Maturity) => maturityLabels[value]?.[lang] ?? value,
    sector: (value: Sector) => sectorLabels[value]?.[lang] ?? value,
    providerKind: (value: ProviderKind) => providerKindLabels[value]?.[lang] ?? value,
    eventType: (value: EventType) => eventTypeLabels[value]?.[lang] ?? value,
    contactKind: (value: ContactKind) => contactKindLabels[value]?.[lang] ?? value,
    /** "Viêt Nam" for VN; the code itself when the browser does not know it. */
    country: (iso2: string) => {
      try {
        return regionNames?.of(iso2.toUpperCase()) ?? iso2;
      } catch {
        return iso2;
      }
    },
  };
}

export type Terms = ReturnType<typeof makeTerms>;

export function useTerms(): Terms {
  const lang = useLang();
  return useMemo(() => makeTerms(lang), [lang]);
}

/** Sorts labels the way a French reader expects (accents ignored). */
export function compareLabels(lang: Lang) {
  const collator = new Intl.Collator(locales[lang], { sensitivity: 'base' });
  return (a: string, b: string) => collator.compare(a, b);
}
