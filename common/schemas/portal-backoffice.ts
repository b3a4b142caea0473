// Request and response schemas of the editors' back office (/api/portal/admin): the content of each kind with
// both languages, as stored in a pending `draft` and in the history, and the items, lists and history around it.
// Previews answer with the public schemas of portal.ts, so an editor sees exactly what the public will.
import { type Static, type TObject, type TProperties, type TSchema, Type } from '@sinclair/typebox';
import { CONTENT_KINDS, CONTENT_STATUSES, type ContentKind, REVISION_ACTIONS, SECTORS } from '../portal-terms.ts';
import {
  CompanySizeSchema,
  ContactKindSchema,
  Country,
  DateOnly,
  DateTime,
  EventTypeSchema,
  Iso2,
  literals,
  MaturitySchema,
  Nullable,
  OfferTypeSchema,
  PriceSchema,
  RegionCode,
  SearchText,
  Slug,
  StepNumber,
} from './portal.ts';

export const ContentKindSchema = literals(CONTENT_KINDS, { description: 'Kind of portal content' });
export const ContentStatusSchema = literals(CONTENT_STATUSES);
export const RevisionActionSchema = literals(REVISION_ACTIONS);

/** The API's path segment of each kind: /api/portal/admin/{path}. */
export const CONTENT_KIND_PATHS = {
  offer: 'offers',
  event: 'events',
  news: 'news',
  contact: 'contacts',
  country: 'countries',
} as const satisfies Record<ContentKind, string>;

/** Kinds an editor may create; every country already has its page (seeded from ISO 3166-1). */
export const CREATABLE_KINDS = ['offer', 'event', 'news', 'contact'] as const satisfies readonly ContentKind[];
export type CreatableKind = (typeof CREATABLE_KINDS)[number];

// --- Field shapes ------------------------------------------------------------------------------------------

const text = (maxLength: number, minLength = 0, description?: string) =>
  Type.String({ minLength, maxLength, ...(description ? { description } : {}) });
const Title = text(200, 1);
const Summary = text(600, 1, 'Plain text, shown in lists');
const LongText = text(20_000, 1, 'Plain text; paragraphs separated by a blank line');
// Checked by the service (a real https address), which words a clearer message than a pattern would.
const HttpsUrl = Type.String({ maxLength: 2000, description: 'An https:// address' });
const OptionalHttpsUrl = Type.String({ maxLength: 2000, description: 'An https:// address, or empty' });
const list = <T extends TSchema>(item: T, maxItems: number, description?: string) =>
  Type.Array(item, { uniqueItems: true, maxItems, ...(description ? { description } : {}) });
const Steps = list(StepNumber, 6, 'Steps of the export journey');
const Sectors = list(literals(SECTORS), SECTORS.length, 'Empty: every sector');
const Regions = list(RegionCode, 30, 'INSEE region codes; empty: the whole of France');
const Countries = list(Iso2, 300, 'ISO 3166-1 alpha-2 codes; empty: every country');
const Lang = Type.Union([Type.Literal('fr'), Type.Literal('en')]);

// --- Content of each kind (what an editor edits; the draft and the history hold it) -----------------------

export const OfferContent = Type.Object(
  {
    providerId: Slug,
    titleFr: Title,
    titleEn: Title,
    summaryFr: Summary,
    summaryEn: Summary,
    descriptionFr: LongText,
    descriptionEn: LongText,
    keywords: text(500, 0, 'Extra search words (synonyms, acronyms): searchable, not shown'),
    steps: Type.Array(StepNumber, { uniqueItems: true, minItems: 1, maxItems: 6 }),
    type: OfferTypeSchema,
    companySizes: list(CompanySizeSchema, 4, 'Empty: every size'),
    maturities: list(MaturitySchema, 3, 'Empty: every maturity'),
    sectors: Sectors,
    regions: Regions,
    countries: Countries,
    price: PriceSchema,
    priceNoteFr: text(300),
    priceNoteEn: text(300),
    url: HttpsUrl,
  },
  { additionalProperties: false },
);

export const EventContent = Type.Object(
  {
    titleFr: Title,
    titleEn: Title,
    summaryFr: Summary,
    summaryEn: Summary,
    descriptionFr: LongText,
    descriptionEn: LongText,
    type: EventTypeSchema,
    startsAt: DateTime,
    endsAt: DateTime,
    timezone: text(64, 1, 'IANA time zone of the event, e.g. Europe/Paris'),
    online: Type.Boolean(),
    venue: text(200),
    city: text(100),
    country: Nullable(Iso2),
    countries: Countries,
    regions: Regions,
    sectors: Sectors,
    steps: Steps,
    providerId: Nullable(Slug),
    price: PriceSchema,
    url: OptionalHttpsUrl,
  },
  { additionalProperties: false },
);

export const NewsContent = Type.Object(
  {
    titleFr: Title,
    titleEn: Title,
    summaryFr: Summary,
    summaryEn: Summary,
    bodyFr: LongText,
    bodyEn: LongText,
    dated: DateOnly,
    countries: Countries,
    sectors: Sectors,
    steps: Steps,
  },
  { additionalProperties: false },
);

export const ContactContent = Type.Object(
  {
    kind: ContactKindSchema,
    name: Title,
    providerId: Nullable(Slug),
    roleFr: text(200),
    roleEn: text(200),
    region: Nullable(RegionCode),
    country: Nullable(Iso2),
    city: text(100),
    address: text(300),
    email: text(254, 0, 'An e-mail address, or empty'),
    phone: Type.String({ maxLength: 40, pattern: '^[0-9+() .-]*$', description: 'Digits, spaces, + ( ) . -' }),
    url: OptionalHttpsUrl,
    steps: Steps,
  },
  { additionalProperties: false },
);

export const CountrySourceContent = Type.Object(
  { title: text(200, 1), publisher: text(200), url: HttpsUrl, lang: Lang },
  { additionalProperties: false },
);
export const CountryContent = Type.Object(
  {
    introFr: text(5000),
    introEn: text(5000),
    sectors: Sectors,
    sources: Type.Array(CountrySourceContent, { maxItems: 30 }),
  },
  { additionalProperties: false },
);

export const contentSchemas = {
  offer: OfferContent,
  event: EventContent,
  news: NewsContent,
  contact: ContactContent,
  country: CountryContent,
} as const;
export type OfferContent = Static<typeof OfferContent>;
export type EventContent = Static<typeof EventContent>;
export type NewsContent = Static<typeof NewsContent>;
export type ContactContent = Static<typeof ContactContent>;
export type CountryContent = Static<typeof CountryContent>;
export type ContentOf<K extends ContentKind> = Static<(typeof contentSchemas)[K]>;
export type AnyContent = ContentOf<ContentKind>;

/** Fields a creation may leave out, with the value they then take (`dated` defaults to the day of creation). */
export const CONTENT_DEFAULTS = {
  offer: {
    keywords: '',
    companySizes: [],
    maturities: [],
    sectors: [],
    regions: [],
    countries: [],
    priceNoteFr: '',
    priceNoteEn: '',
  },
  event: {
    timezone: 'Europe/Paris',
    online: false,
    venue: '',
    city: '',
    country: null,
    countries: [],
    regions: [],
    sectors: [],
    steps: [],
    providerId: null,
    price: 'paid',
    url: '',
  },
  news: { countries: [], sectors: [], steps: [] },
  contact: {
    providerId: null,
    roleFr: '',
    roleEn: '',
    region: null,
    country: null,
    city: '',
    address: '',
    email: '',
    phone: '',
    url: '',
    steps: [],
  },
  country: { introFr: '', introEn: '', sectors: [], sources: [] },
} as const satisfies { [K in ContentKind]: Partial<ContentOf<K>> };

// --- Requests ------------------------------------------------------------------------------------------------

function createBody<P extends TProperties, K extends keyof P & string>(content: TObject<P>, optional: readonly K[]) {
  return Type.Composite(
    [
      Type.Object({
        id: Type.Optional(
          Type.String({
            pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
            maxLength: 100,
            description: 'Readable identifier; derived from the French title (or name) when left out',
          }),
        ),
      }),
      Type.Omit(content, optional),
      Type.Partial(Type.Pick(content, optional)),
    ],
    { additionalProperties: false },
  );
}
const optionalKeys = <K extends ContentKind>(kind: K) =>
  Object.keys(CONTENT_DEFAULTS[kind]) as (keyof (typeof CONTENT_DEFAULTS)[K] & string)[];

export const OfferCreateBody = createBody(OfferContent, optionalKeys('offer'));
export const EventCreateBody = createBody(EventContent, optionalKeys('event'));
export const NewsCreateBody = createBody(NewsContent, [...optionalKeys('news'), 'dated' as const]);
export const ContactCreateBody = createBody(ContactContent, optionalKeys('contact'));
export const createBodies = {
  offer: OfferCreateBody,
  event: EventCreateBody,
  news: NewsCreateBody,
  contact: ContactCreateBody,
} as const;
export type CreateBodyOf<K extends CreatableKind> = Static<(typeof createBodies)[K]>;

const patchBody = <P extends TProperties>(content: TObject<P>) =>
  Type.Partial(content, { additionalProperties: false, minProperties: 1 });
export const patchBodies = {
  offer: patchBody(OfferContent),
  event: patchBody(EventContent),
  news: patchBody(NewsContent),
  contact: patchBody(ContactContent),
  country: patchBody(CountryContent),
} as const;
export type PatchBodyOf<K extends ContentKind> = Static<(typeof patchBodies)[K]>;

export const SlugItemParams = Type.Object({ id: Slug }, { additionalProperties: false });
export const CountryItemParams = Type.Object(
  { id: Type.String({ pattern: '^[A-Za-z]{2}$', description: 'ISO 3166-1 alpha-2 code (any case)' }) },
  { additionalProperties: false },
);

/** `pending`: published, with changes waiting to be published. */
export const BACKOFFICE_STATUS_FILTERS = ['draft', 'published', 'pending', 'unpublished'] as const;
export type BackofficeStatusFilter = (typeof BACKOFFICE_STATUS_FILTERS)[number];
export const BACKOFFICE_PAGE_SIZE = 20;

export const BackofficeListQuery = Type.Object(
  {
    q: Type.Optional(SearchText),
    status: Type.Optional(literals(BACKOFFICE_STATUS_FILTERS)),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: BACKOFFICE_PAGE_SIZE })),
  },
  { additionalProperties: false },
);
export type BackofficeListQuery = Static<typeof BackofficeListQuery>;

export const PreviewQuery = Type.Object({ lang: Type.Optional(Lang) }, { additionalProperties: false });

// --- Responses -----------------------------------------------------------------------------------------------

const Author = Nullable(Type.Object({ id: Type.String(), name: Type.String() }));

export const BackofficeListItem = Type.Object({
  id: Type.String(),
  titleFr: Type.String({ description: 'Title (or name) of the version being edited, in French' }),
  titleEn: Type.String(),
  status: ContentStatusSchema,
  pendingChanges: Type.Boolean({ description: 'Published, with a draft waiting to be published' }),
  publishedAt: Nullable(DateTime),
  lastChangeAt: DateTime,
  lastChangeBy: Nullable(Type.String({ description: 'Name of the editor who made the last change' })),
});
export const BackofficeList = Type.Object({
  kind: ContentKindSchema,
  items: Type.Array(BackofficeListItem),
  total: Type.Integer({ minimum: 0 }),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  abilities: Type.Object({ create: Type.Boolean() }),
});
export type BackofficeListItem = Static<typeof BackofficeListItem>;
export type BackofficeList = Static<typeof BackofficeList>;

export const ItemAbilities = Type.Object({
  edit: Type.Boolean(),
  publish: Type.Boolean({ description: 'Never published, unpublished, or published with pending changes' }),
  unpublish: Type.Boolean(),
  discardDraft: Type.Boolean({ description: 'A published item has pending changes to throw away' }),
});

const itemSchema = <C extends TSchema>(kind: ContentKind, content: C) =>
  Type.Object({
    kind: Type.Literal(kind),
    id: Type.String(),
    titleFr: Type.String(),
    titleEn: Type.String(),
    status: ContentStatusSchema,
    pendingChanges: Type.Boolean(),
    content: content,
    live: Nullable(content),
    changedFields: Type.Array(Type.String(), {
      description: 'Fields whose pending version differs from the published one',
    }),
    publishedAt: Nullable(DateTime),
    createdAt: DateTime,
    updatedAt: DateTime,
    abilities: ItemAbilities,
  });
export const itemSchemas = {
  offer: itemSchema('offer', OfferContent),
  event: itemSchema('event', EventContent),
  news: itemSchema('news', NewsContent),
  contact: itemSchema('contact', ContactContent),
  country: itemSchema('country', CountryContent),
} as const;
export type BackofficeItemOf<K extends ContentKind> = Static<(typeof itemSchemas)[K]>;
export type BackofficeItem = BackofficeItemOf<ContentKind>;

export const FieldChange = Type.Object({
  field: Type.String(),
  before: Type.Unknown(),
  after: Type.Unknown(),
});
export const Revision = Type.Object({
  id: Type.Integer(),
  action: RevisionActionSchema,
  author: Author,
  at: DateTime,
  content: Type.Record(Type.String(), Type.Unknown(), { description: 'The content after the change' }),
  changes: Type.Array(FieldChange, { description: 'Fields changed since the revision before it' }),
});
export const RevisionList = Type.Object({
  items: Type.Array(Revision, { description: 'Newest first' }),
  truncated: Type.Boolean({ description: 'Older revisions exist beyond these' }),
});
export type FieldChange = Static<typeof FieldChange>;
export type Revision = Static<typeof Revision>;
export type RevisionList = Static<typeof RevisionList>;

/** What the forms choose from: partners and regions as the database knows them. */
export const BackofficeReferences = Type.Object({
  providers: Type.Array(Type.Object({ id: Slug, name: Type.String(), shortName: Type.String() })),
  regions: Type.Array(Type.Object({ code: RegionCode, name: Type.String() })),
});
export type BackofficeReferences = Static<typeof BackofficeReferences>;

/** A country page's preview: the editable part of the public page, with the country's name. */
export const CountryPreview = Type.Pick(Country, ['iso2', 'name', 'intro', 'sectors', 'sources']);
export type CountryPreview = Static<typeof CountryPreview>;
