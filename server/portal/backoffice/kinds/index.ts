// The kinds of content the back office edits, in the order of its tabs.
import type { ContentKind } from '../../../../common/portal-terms.ts';
import type { KindDescriptor } from '../descriptor.ts';
import { contactKind } from './contact.ts';
import { countryKind } from './country.ts';
import { eventKind } from './event.ts';
import { newsKind } from './news.ts';
import { offerKind } from './offer.ts';

export const contentKinds = {
  offer: offerKind,
  event: eventKind,
  news: newsKind,
  contact: contactKind,
  country: countryKind,
} as const satisfies { [K in ContentKind]: KindDescriptor<K> };
