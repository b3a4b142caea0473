// Labels of fields and vocabulary values in the interface language, for the form, its errors and the history.
import {
  type ContentKind,
  companySizeLabels,
  contactKindLabels,
  eventTypeLabels,
  maturityLabels,
  offerTypeLabels,
  priceLabels,
  sectorLabels,
} from '../../../../common/portal-terms.ts';
import { useLang } from '../../../app/i18n/lang.ts';
import type { Vocabulary } from './kinds.ts';
import { fieldMessages } from './messages.ts';

const vocabularyLabels: Record<Vocabulary, Partial<Record<string, { fr: string; en: string }>>> = {
  offerType: offerTypeLabels,
  eventType: eventTypeLabels,
  contactKind: contactKindLabels,
  price: priceLabels,
  companySize: companySizeLabels,
  maturity: maturityLabels,
  sector: sectorLabels,
};

export function useFieldLabels(kind: ContentKind) {
  const lang = useLang();
  const words = fieldMessages[lang];
  return {
    label: (key: string) => words.byKind[kind]?.[key] ?? words.fields[key] ?? key,
    hint: (key: string): string | undefined => words.hints[key],
    value: (vocabulary: Vocabulary, value: string) => vocabularyLabels[vocabulary][value]?.[lang] ?? value,
  };
}
