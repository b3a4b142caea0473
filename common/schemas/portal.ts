// Request and response schemas of the export portal's public reads (/api/portal): the journey, the catalogue of
// support offers, partners, regional and country directories, the agenda and news. Public answers are localised
// in the request's language (Accept-Language or ?lang); the back office's schemas carry both languages.
// Self-assessment, hotline and back office schemas live beside this file (portal-*.ts).
import { type Static, type TSchema, Type } from '@sinclair/typebox';
import {
  COMPANY_SIZES,
  CONTACT_KINDS,
  EVENT_TYPES,
  MATURITIES,
  OFFER_SORTS,
  OFFER_TYPES,
  PRICES,
  PROVIDER_KINDS,
  SECTORS,
} from '../portal-terms.ts';

/** A string enum (OpenAPI `enum`), typed as the union of its values. */
export const literals = <T extends readonly string[]>(values: T, options: { description?: string } = {}) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const Iso2 = Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 country code' });
export const RegionCode = Type.String({ pattern: '^[0-9]{2}$', description: 'INSEE code of a French region' });
export const Slug = Type.String({
  pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
  maxLength: 100,
  description: 'Readable identifier (lower-case words joined by hyphens)',
});
export const StepNumber = Type.Integer({ minimum: 1, maximum: 6, description: 'Step of the export journey' });
export const DateTime = Type.String({ format: 'date-time' });
export const DateOnly = Type.String({ format: 'date' });

export const OfferTypeSchema = literals(OFFER_TYPES, { description: 'Kind of support' });
export const PriceSchema = literals(PRICES);
export const CompanySizeSchema = literals(COMPANY_SIZES);
export const MaturitySchema = literals(MATURITIES, { description: 'Export maturity' });
export const SectorSchema = literals(SECTORS);
export const ProviderKindSchema = literals(PROVIDER_KINDS);
export const EventTypeSchema = literals(EVENT_TYPES);
export const ContactKindSchema = literals(CONTACT_KINDS);
export const OfferSortSchema = literals(OFFER_SORTS);

/** Filters that accept one value or several (`?step=3&step=4`). */
const many = <T extends TSchema>(item: T, maxItems = 20) => Type.Optional(Type.Array(item, { maxItems }));
const PageQuery = {
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
};
const Paged = { total: Type.Integer({ minimum: 0 }), page: Type.Integer(), pageSize: Type.Integer() };
export const SearchText = Type.String({ maxLength: 200, description: 'Words to search, in French or English' });

// --- Journey --------------------------------------------------------------------------------------------------

export const Step = Type.Object({
  id: StepNumber,
  slug: Slug,
  name: Type.String(),
  summary: Type.String(),
  offerCount: Type.Integer({ minimum: 0, description: 'Published offers for this step' }),
});
export const StepList = Type.Object({ items: Type.Array(Step) });
export const StepParams = Type.Object({ slug: Slug }, { additionalProperties: false });

export const ProviderRef = Type.Object({ id: Slug, name: Type.String(), shortName: Type.String() });
export const Provider = Type.Object({
  id: Slug,
  name: Type.String(),
  shortName: Type.String(),
  kind: ProviderKindSchema,
  teamFranceExport: Type.Boolean({ description: 'Member of the Team France Export one-stop shop' }),
  description: Type.String(),
  url: Type.String(),
  offerCount: Type.Integer({ minimum: 0 }),
});
export const ProviderList = Type.Object({ items: Type.Array(Provider) });

// --- Catalogue --------------------------------------------------------------------------------------------------

export const OfferSummary = Type.Object({
  id: Slug,
  title: Type.String(),
  summary: Type.String(),
  provider: ProviderRef,
  steps: Type.Array(StepNumber),
  type: OfferTypeSchema,
  price: PriceSchema,
  companySizes: Type.Array(CompanySizeSchema, { description: 'Empty: every size' }),
  maturities: Type.Array(MaturitySchema, { description: 'Empty: every maturity' }),
  sectors: Type.Array(SectorSchema, { description: 'Empty: every sector' }),
  regions: Type.Array(RegionCode, { description: 'Empty: the whole of France' }),
  countries: Type.Array(Iso2, { description: 'Empty: every country' }),
  url: Type.String({ description: 'The provider\u2019s page for the offer' }),
  updatedAt: DateTime,
});
export const Offer = Type.Composite([
  OfferSummary,
  Type.Object({
    description: Type.String({ description: 'Plain text; paragraphs separated by a blank line' }),
    priceNote: Type.String(),
    publishedAt: Nullable(DateTime),
  }),
]);
export const OfferParams = Type.Object({ id: Slug }, { additionalProperties: false });

export const OfferListQuery = Type.Object(
  {
    q: Type.Optional(SearchText),
    step: many(StepNumber, 6),
    provider: many(Slug),
    type: many(OfferTypeSchema),
    price: many(PriceSchema),
    region: many(RegionCode),
    country: many(Iso2),
    sector: many(SectorSchema),
    maturity: many(MaturitySchema),
    size: many(CompanySizeSchema),
    sort: Type.Optional(OfferSortSchema),
    lang: Type.Optional(Type.Union([Type.Literal('fr'), Type.Literal('en')])),
    ...PageQuery,
  },
  { additionalProperties: false },
);

export const FacetValue = Type.Object({
  value: Type.String(),
  label: Type.String({ description: 'Display label in the request\u2019s language' }),
  count: Type.Integer({ minimum: 0, description: 'Offers matching the other filters and this value' }),
});
export const OfferFacets = Type.Object({
  step: Type.Array(FacetValue),
  provider: Type.Array(FacetValue),
  type: Type.Array(FacetValue),
  price: Type.Array(FacetValue),
  region: Type.Array(FacetValue),
  country: Type.Array(FacetValue),
  sector: Type.Array(FacetValue),
  maturity: Type.Array(FacetValue),
});
export const OfferList = Type.Object({
  items: Type.Array(OfferSummary),
  ...Paged,
  facets: OfferFacets,
  didYouMean: Nullable(
    Type.String({ description: 'The query as corrected by the typo tolerance, when words were corrected' }),
  ),
});

// --- Directories -----------------------------------------------------------------------------------------------

export const Contact = Type.Object({
  id: Slug,
  kind: ContactKindSchema,
  name: Type.String(),
  provider: Nullable(ProviderRef),
  role: Type.String(),
  region: Nullable(RegionCode),
  country: Nullable(Iso2),
  city: Type.String(),
  address: Type.String(),
  email: Type.String(),
  phone: Type.String(),
  url: Type.String(),
  steps: Type.Array(StepNumber),
});
export const Region = Type.Object({
  code: RegionCode,
  slug: Slug,
  name: Type.String(),
  exportSiteUrl: Type.String(),
  latitude: Nullable(Type.Number()),
  longitude: Nullable(Type.Number()),
  contacts: Type.Array(Contact),
});
export const RegionList = Type.Object({ items: Type.Array(Region) });

export const StepPage = Type.Object({
  step: Step,
  offers: Type.Array(OfferSummary, { description: 'Published offers of the step' }),
  contacts: Type.Array(Contact, { description: 'Contacts to ask at this step' }),
});

export const CountrySummary = Type.Object({
  iso2: Iso2,
  name: Type.String(),
  continent: Type.String({ description: 'World region (world-countries), localised' }),
  hasNetworkContacts: Type.Boolean({ description: 'The directory knows at least one State network contact' }),
});
export const CountryListQuery = Type.Object(
  {
    q: Type.Optional(SearchText),
    lang: Type.Optional(Type.Union([Type.Literal('fr'), Type.Literal('en')])),
  },
  { additionalProperties: false },
);
export const CountryList = Type.Object({ items: Type.Array(CountrySummary), total: Type.Integer() });
export const CountryParams = Type.Object(
  { iso2: Type.String({ pattern: '^[A-Za-z]{2}$', description: 'ISO 3166-1 alpha-2 code (any case)' }) },
  { additionalProperties: false },
);

// --- Agenda and news --------------------------------------------------------------------------------------------

export const EventSummary = Type.Object({
  id: Slug,
  title: Type.String(),
  summary: Type.String(),
  type: EventTypeSchema,
  startsAt: DateTime,
  endsAt: DateTime,
  timezone: Type.String({ description: 'IANA time zone of the event' }),
  online: Type.Boolean(),
  venue: Type.String(),
  city: Type.String(),
  country: Nullable(Iso2),
  countries: Type.Array(Iso2, { description: 'Markets the event is about' }),
  regions: Type.Array(RegionCode),
  sectors: Type.Array(SectorSchema),
  steps: Type.Array(StepNumber),
  provider: Nullable(ProviderRef),
  price: PriceSchema,
  url: Type.String(),
});
export const Event = Type.Composite([EventSummary, Type.Object({ description: Type.String() })]);
export const EventParams = Type.Object({ id: Slug }, { additionalProperties: false });
export const EventListQuery = Type.Object(
  {
    q: Type.Optional(SearchText),
    from: Type.Optional(DateOnly),
    to: Type.Optional(DateOnly),
    country: many(Iso2),
    sector: many(SectorSchema),
    region: many(RegionCode),
    type: many(EventTypeSchema),
    lang: Type.Optional(Type.Union([Type.Literal('fr'), Type.Literal('en')])),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export const EventList = Type.Object({ items: Type.Array(EventSummary), ...Paged });

export const NewsSummary = Type.Object({
  id: Slug,
  title: Type.String(),
  summary: Type.String(),
  dated: DateOnly,
  countries: Type.Array(Iso2),
  sectors: Type.Array(SectorSchema),
  steps: Type.Array(StepNumber),
});
export const News = Type.Composite([NewsSummary, Type.Object({ body: Type.String() })]);
export const NewsParams = Type.Object({ id: Slug }, { additionalProperties: false });
export const NewsListQuery = Type.Object(
  {
    country: many(Iso2),
    sector: many(SectorSchema),
    step: many(StepNumber, 6),
    lang: Type.Optional(Type.Union([Type.Literal('fr'), Type.Literal('en')])),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export const NewsList = Type.Object({ items: Type.Array(NewsSummary), ...Paged });

export const CountrySource = Type.Object({
  title: Type.String(),
  publisher: Type.String(),
  url: Type.String(),
  lang: Type.Union([Type.Literal('fr'), Type.Literal('en')]),
});
export const CountryNetwork = Type.Object({
  kind: ContactKindSchema,
  known: Type.Boolean({ description: 'False: the directory has no contact of this network for the country yet' }),
  contacts: Type.Array(Contact),
});
export const Country = Type.Object({
  iso2: Iso2,
  iso3: Type.String(),
  name: Type.String(),
  officialName: Type.String(),
  continent: Type.String(),
  subregion: Type.String(),
  capital: Type.Array(Type.String()),
  languages: Type.Array(Type.String()),
  currencies: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), symbol: Type.String() })),
  area: Nullable(Type.Number({ description: 'km\u00b2' })),
  latitude: Nullable(Type.Number()),
  longitude: Nullable(Type.Number()),
  borders: Type.Array(Iso2),
  callingCodes: Type.Array(Type.String()),
  intro: Type.String(),
  sectors: Type.Array(SectorSchema, { description: 'Promising sectors for French companies' }),
  sources: Type.Array(CountrySource),
  networks: Type.Array(CountryNetwork, { description: 'The State\u2019s networks in the country, known or not' }),
  offers: Type.Array(OfferSummary, { description: 'Published offers that name this country' }),
  events: Type.Array(EventSummary, { description: 'Upcoming published events about this country' }),
  news: Type.Array(NewsSummary, { description: 'Latest published news about this country' }),
});

export type Step = Static<typeof Step>;
export type StepList = Static<typeof StepList>;
export type StepPage = Static<typeof StepPage>;
export type Provider = Static<typeof Provider>;
export type ProviderList = Static<typeof ProviderList>;
export type ProviderRef = Static<typeof ProviderRef>;
export type OfferSummary = Static<typeof OfferSummary>;
export type Offer = Static<typeof Offer>;
export type OfferListQuery = Static<typeof OfferListQuery>;
export type OfferList = Static<typeof OfferList>;
export type OfferFacets = Static<typeof OfferFacets>;
export type FacetValue = Static<typeof FacetValue>;
export type Contact = Static<typeof Contact>;
export type Region = Static<typeof Region>;
export type CountrySummary = Static<typeof CountrySummary>;
export type CountryList = Static<typeof CountryList>;
export type Country = Static<typeof Country>;
export type CountrySource = Static<typeof CountrySource>;
export type EventSummary = Static<typeof EventSummary>;
export type Event = Static<typeof Event>;
export type EventListQuery = Static<typeof EventListQuery>;
export type EventList = Static<typeof EventList>;
export type NewsSummary = Static<typeof NewsSummary>;
export type News = Static<typeof News>;
export type NewsListQuery = Static<typeof NewsListQuery>;
export type NewsList = Static<typeof NewsList>;
