// The shape of the portal's reference data files (data/portal/*.json), checked with TypeBox when they are loaded.
// Texts come in French and English; vocabularies are those of common/portal-terms.ts. Cross-references (provider
// ids, region codes, country codes, duplicate ids) are checked by load.ts.
import { type Static, type TLiteral, type TLiteralValue, type TSchema, type TUnion, Type } from '@sinclair/typebox';
import {
  COMPANY_SIZES,
  CONTACT_KINDS,
  CONTENT_STATUSES,
  COUNTRY_NETWORK_KINDS,
  EVENT_TYPES,
  MATURITIES,
  OFFER_TYPES,
  PRICES,
  PROVIDER_KINDS,
  SECTORS,
  STEP_IDS,
} from '../../../common/portal-terms.ts';

/** One of a closed list of values; load.ts names the allowed values when a file strays from it. */
const oneOf = <const T extends readonly TLiteralValue[]>(values: T) =>
  Type.Union(values.map((value) => Type.Literal(value))) as unknown as TUnion<TLiteral<T[number]>[]>;

const text = (maxLength = 10_000) => Type.String({ minLength: 1, maxLength });
const Bilingual = (maxLength = 10_000) =>
  Type.Object({ fr: text(maxLength), en: text(maxLength) }, { additionalProperties: false });
const OptionalBilingual = Type.Object(
  { fr: Type.String({ maxLength: 2_000 }), en: Type.String({ maxLength: 2_000 }) },
  { additionalProperties: false },
);
const Slug = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 100 });
const HttpsUrl = Type.String({ pattern: '^https://[^\\s]+$', maxLength: 500 });
const Iso2 = Type.String({ pattern: '^[A-Z]{2}$' });
const RegionCode = Type.String({ pattern: '^[0-9]{2}$' });
const StepNumber = oneOf(STEP_IDS);
const listOf = <T extends TSchema>(item: T, options: { minItems?: number; maxItems?: number } = {}) =>
  Type.Array(item, { uniqueItems: true, ...options });
const Status = Type.Optional(oneOf(CONTENT_STATUSES));
const Time = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' });

export const StepData = Type.Object(
  { id: StepNumber, slug: Slug, name: Bilingual(200), summary: Bilingual(1_000) },
  { additionalProperties: false },
);

export const ProviderData = Type.Object(
  {
    id: Slug,
    name: text(200),
    shortName: text(60),
    kind: oneOf(PROVIDER_KINDS),
    teamFranceExport: Type.Boolean(),
    description: Bilingual(2_000),
    url: HttpsUrl,
  },
  { additionalProperties: false },
);

/** A directory contact. No invented e-mail or phone: the url is the contact channel unless a real one is known. */
const contactFields = {
  id: Slug,
  name: text(200),
  providerId: Type.Optional(Slug),
  role: Type.Optional(OptionalBilingual),
  city: Type.Optional(Type.String({ maxLength: 200 })),
  address: Type.Optional(Type.String({ maxLength: 500 })),
  email: Type.Optional(Type.String({ maxLength: 254 })),
  phone: Type.Optional(Type.String({ maxLength: 50 })),
  url: HttpsUrl,
  steps: Type.Optional(listOf(StepNumber)),
  status: Status,
};
export const RegionContactData = Type.Object(
  { ...contactFields, kind: oneOf(CONTACT_KINDS) },
  { additionalProperties: false },
);
export const CountryContactData = Type.Object(
  { ...contactFields, kind: oneOf(COUNTRY_NETWORK_KINDS) },
  { additionalProperties: false },
);

export const RegionData = Type.Object(
  {
    code: RegionCode,
    slug: Slug,
    name: text(200),
    exportSiteUrl: HttpsUrl,
    latitude: Type.Number({ minimum: -90, maximum: 90 }),
    longitude: Type.Number({ minimum: -180, maximum: 180 }),
    contacts: Type.Array(RegionContactData),
  },
  { additionalProperties: false },
);

export const OfferData = Type.Object(
  {
    id: Slug,
    providerId: Slug,
    title: Bilingual(200),
    summary: Bilingual(600),
    description: Bilingual(),
    keywords: listOf(text(100)),
    steps: listOf(StepNumber, { minItems: 1, maxItems: 3 }),
    type: oneOf(OFFER_TYPES),
    companySizes: listOf(oneOf(COMPANY_SIZES)),
    maturities: listOf(oneOf(MATURITIES)),
    sectors: listOf(oneOf(SECTORS)),
    regions: listOf(RegionCode),
    countries: listOf(Iso2),
    price: oneOf(PRICES),
    priceNote: OptionalBilingual,
    url: HttpsUrl,
    status: Status,
  },
  { additionalProperties: false },
);

/** Dates are offsets from the seed date so the demo agenda never goes stale. */
export const EventData = Type.Object(
  {
    id: Slug,
    title: Bilingual(200),
    summary: Bilingual(600),
    description: Bilingual(),
    type: oneOf(EVENT_TYPES),
    startsInDays: Type.Integer({ minimum: -365, maximum: 730 }),
    durationDays: Type.Integer({ minimum: 1, maximum: 60 }),
    /** Local start time on the first day (default 09:00) and end time on the last day (default 18:00). */
    startTime: Type.Optional(Time),
    endTime: Type.Optional(Time),
    timezone: text(60),
    online: Type.Boolean(),
    venue: Type.Optional(Type.String({ maxLength: 200 })),
    city: Type.Optional(Type.String({ maxLength: 200 })),
    country: Type.Union([Iso2, Type.Null()]),
    countries: listOf(Iso2),
    regions: listOf(RegionCode),
    sectors: listOf(oneOf(SECTORS)),
    steps: listOf(StepNumber),
    providerId: Type.Union([Slug, Type.Null()]),
    price: oneOf(PRICES),
    url: Type.Union([HttpsUrl, Type.Literal('')]),
    status: Status,
  },
  { additionalProperties: false },
);

export const NewsData = Type.Object(
  {
    id: Slug,
    title: Bilingual(200),
    summary: Bilingual(600),
    body: Bilingual(),
    daysAgo: Type.Integer({ minimum: 0, maximum: 3_650 }),
    countries: listOf(Iso2),
    sectors: listOf(oneOf(SECTORS)),
    steps: listOf(StepNumber),
    status: Status,
  },
  { additionalProperties: false },
);

export const CountrySourceData = Type.Object(
  { title: text(300), publisher: text(200), url: HttpsUrl, lang: oneOf(['fr', 'en'] as const) },
  { additionalProperties: false },
);

export const CountryData = Type.Object(
  {
    iso2: Iso2,
    intro: Bilingual(),
    sectors: listOf(oneOf(SECTORS), { maxItems: 8 }),
    sources: Type.Array(CountrySourceData, { maxItems: 10 }),
    contacts: Type.Array(CountryContactData),
    status: Status,
  },
  { additionalProperties: false },
);

export type StepData = Static<typeof StepData>;
export type ProviderData = Static<typeof ProviderData>;
export type RegionData = Static<typeof RegionData>;
export type RegionContactData = Static<typeof RegionContactData>;
export type CountryContactData = Static<typeof CountryContactData>;
export type OfferData = Static<typeof OfferData>;
export type EventData = Static<typeof EventData>;
export type NewsData = Static<typeof NewsData>;
export type CountryData = Static<typeof CountryData>;

/** The files of data/portal, in loading order, with the schema of one item and the field naming it. */
export const REFERENCE_FILES = {
  steps: { file: 'steps.json', schema: StepData, key: 'id', label: 'step' },
  providers: { file: 'providers.json', schema: ProviderData, key: 'id', label: 'provider' },
  regions: { file: 'regions.json', schema: RegionData, key: 'code', label: 'region' },
  offers: { file: 'offers.json', schema: OfferData, key: 'id', label: 'offer' },
  events: { file: 'events.json', schema: EventData, key: 'id', label: 'event' },
  news: { file: 'news.json', schema: NewsData, key: 'id', label: 'news item' },
  countries: { file: 'countries.json', schema: CountryData, key: 'iso2', label: 'country' },
} as const;

export interface ReferenceData {
  steps: StepData[];
  providers: ProviderData[];
  regions: RegionData[];
  offers: OfferData[];
  events: EventData[];
  news: NewsData[];
  countries: CountryData[];
}
