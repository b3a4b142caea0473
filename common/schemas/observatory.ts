// Request and response schemas of /api/observatory: rankings, accounts, countries, graph, registry, imports.
// The one source of the server's validation, the OpenAPI description and the web app's types.
import { type Static, type TSchema, Type } from '@sinclair/typebox';
import {
  ACCOUNT_SORTS,
  ACTOR_TYPES,
  FACTORS,
  IMPORT_KINDS,
  NETWORKS,
  POST_KINDS,
  WINDOWS,
} from '../observatory-terms.ts';

export { ACCOUNT_SORTS, ACTOR_TYPES, FACTORS, IMPORT_KINDS, NETWORKS, POST_KINDS, WINDOWS };

/** A string enum (OpenAPI `enum`), typed as the union of its values. */
const literals = <T extends readonly string[]>(values: T, options: { description?: string } = {}) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });

export const NetworkSchema = literals(NETWORKS, { description: 'Social network' });
export const ActorTypeSchema = literals(ACTOR_TYPES, { description: 'Kind of diplomatic actor' });
export const WindowSchema = literals(WINDOWS, {
  description: 'Scoring window: the last day, the last 7 days, the calendar month, or the rolling 30 days',
});
export const PostKindSchema = literals(POST_KINDS);
export const FactorSchema = literals(FACTORS);
export const ImportKindSchema = literals(IMPORT_KINDS);

export type Network = Static<typeof NetworkSchema>;
export type ActorType = Static<typeof ActorTypeSchema>;
export type WindowKind = Static<typeof WindowSchema>;
export type Factor = Static<typeof FactorSchema>;
export type ImportKind = Static<typeof ImportKindSchema>;
export type PostKind = Static<typeof PostKindSchema>;

export const CountryCode = Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 code' });
const DateOnly = Type.String({ format: 'date' });
const DateTime = Type.String({ format: 'date-time' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

const Page = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
};

// --- Rankings -----------------------------------------------------------------------------------------

export const WindowQuery = Type.Object(
  { window: Type.Optional(WindowSchema), date: Type.Optional(DateOnly) },
  { additionalProperties: false },
);

export const CountryRankingItem = Type.Object({
  country: CountryCode,
  rank: Type.Integer(),
  movement: Nullable(Type.Integer({ description: 'Places gained since the previous period (null: not ranked then)' })),
  index: Type.Number({ minimum: 0, maximum: 100 }),
  accounts: Type.Integer({ description: 'Scored accounts of the country' }),
  followers: Type.Integer({ description: 'Sum of the accounts\u2019 followers: not a unique audience' }),
});
export const CountryRanking = Type.Object(
  { window: WindowSchema, periodEnd: Nullable(DateOnly), items: Type.Array(CountryRankingItem) },
  { $id: 'CountryRanking' },
);

export const CountryHistoryQuery = Type.Object(
  {
    countries: Type.String({ pattern: '^[A-Z]{2}(,[A-Z]{2}){0,3}$', description: 'Up to four codes, comma-separated' }),
    window: Type.Optional(WindowSchema),
  },
  { additionalProperties: false },
);
export const HistoryPoint = Type.Object({ periodEnd: DateOnly, index: Type.Number(), rank: Type.Integer() });
export const CountryHistory = Type.Object({
  window: WindowSchema,
  items: Type.Array(Type.Object({ country: CountryCode, points: Type.Array(HistoryPoint) })),
});

// --- Accounts -----------------------------------------------------------------------------------------

export const ActorSummary = Type.Object({
  id: Type.String(),
  country: CountryCode,
  type: ActorTypeSchema,
  nameFr: Type.String(),
  nameEn: Type.String(),
});

export const AccountSummary = Type.Object({
  id: Type.Integer(),
  network: NetworkSchema,
  handle: Nullable(Type.String()),
  displayName: Nullable(Type.String()),
  url: Nullable(Type.String({ description: 'The account on its network' })),
  verified: Type.Boolean(),
  actor: Nullable(ActorSummary),
});

export const AccountRow = Type.Composite([
  AccountSummary,
  Type.Object({
    followers: Nullable(Type.Integer()),
    followersGrowth: Nullable(Type.Integer({ description: 'Follower change over the window' })),
    posts: Type.Integer({ description: 'Posts in the window' }),
    engagement: Nullable(Type.Number({ description: 'Mean reactions per post (likes, replies, reposts, quotes)' })),
    dialogue: Nullable(Type.Number({ description: 'Dialogue factor, 0-100' })),
    index: Nullable(Type.Number()),
    rank: Nullable(Type.Integer({ description: 'World rank among scored accounts' })),
    movement: Nullable(Type.Integer()),
  }),
]);

export const AccountListQuery = Type.Object(
  {
    country: Type.Optional(CountryCode),
    window: Type.Optional(WindowSchema),
    network: Type.Optional(NetworkSchema),
    type: Type.Optional(ActorTypeSchema),
    q: Type.Optional(Type.String({ maxLength: 200 })),
    registered: Type.Optional(Type.Boolean({ description: 'true: attached to an actor; false: unregistered' })),
    sort: Type.Optional(literals(ACCOUNT_SORTS)),
    order: Type.Optional(literals(['asc', 'desc'] as const)),
    ...Page,
  },
  { additionalProperties: false },
);
export const AccountList = Type.Object(
  {
    window: WindowSchema,
    periodEnd: Nullable(DateOnly),
    total: Type.Integer(),
    totals: Type.Object({
      accounts: Type.Integer(),
      followers: Type.Integer({ description: 'Sum over the matching accounts: not a unique audience' }),
      posts: Type.Integer(),
    }),
    items: Type.Array(AccountRow),
  },
  { $id: 'AccountList' },
);

export const FactorBreakdown = Type.Object({
  factor: FactorSchema,
  raw: Type.Number({ description: 'The measured value (unit depends on the factor, see the methodology)' }),
  normalised: Type.Number({ minimum: 0, maximum: 100 }),
  weight: Type.Number({ description: 'Share of the composite, weights sum to 1' }),
  contribution: Type.Number({ description: 'Points of the index this factor brings (weight x normalised)' }),
});

export const PostSummary = Type.Object({
  id: Type.String({ description: 'The network\u2019s own post id' }),
  accountId: Type.Integer(),
  handle: Nullable(Type.String()),
  network: NetworkSchema,
  postedAt: DateTime,
  kind: PostKindSchema,
  lang: Nullable(Type.String()),
  text: Nullable(Type.String()),
  url: Nullable(Type.String()),
  likes: Nullable(Type.Integer()),
  reposts: Nullable(Type.Integer()),
  replies: Nullable(Type.Integer()),
  quotes: Nullable(Type.Integer()),
  engagement: Type.Integer({ description: 'likes + reposts + replies + quotes' }),
});

export const SeriesPoint = Type.Object({ date: DateOnly, value: Nullable(Type.Number()) });

export const AccountDetail = Type.Object(
  {
    account: Type.Composite([
      AccountSummary,
      Type.Object({
        followers: Nullable(Type.Integer()),
        following: Nullable(Type.Integer()),
        postsCount: Nullable(Type.Integer()),
        tracked: Type.Boolean(),
        lastPolledAt: Nullable(DateTime),
      }),
    ]),
    window: WindowSchema,
    periodEnd: Nullable(DateOnly),
    score: Nullable(
      Type.Object({
        index: Type.Number(),
        rank: Type.Integer(),
        movement: Nullable(Type.Integer()),
        ranked: Type.Integer({ description: 'How many accounts were ranked' }),
        factors: Type.Array(FactorBreakdown),
        discounts: Type.Object({
          audienceCapped: Type.Boolean({
            description: 'Followers exceed what the engagement supports (bought followers?)',
          }),
          effectiveFollowers: Nullable(Type.Number()),
          ringRepostsDiscounted: Type.Number({ description: 'Reposts received from amplification rings, not counted' }),
        }),
      }),
    ),
    history: Type.Array(HistoryPoint),
    followerSeries: Type.Array(SeriesPoint),
    bestPosts: Type.Array(PostSummary),
    interactions: Type.Array(
      Type.Object({
        account: AccountSummary,
        outgoing: Type.Integer({ description: 'Times this account mentioned, replied to, reposted or quoted it' }),
        incoming: Type.Integer({ description: 'Times it did so to this account' }),
      }),
    ),
    abilities: Type.Object({ edit: Type.Boolean(), poll: Type.Boolean() }),
  },
  { $id: 'AccountDetail' },
);

export const AccountIdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });

// --- Country console ----------------------------------------------------------------------------------

export const CountryParams = Type.Object({ country: CountryCode });
export const CountryConsoleQuery = Type.Object(
  {
    window: Type.Optional(WindowSchema),
    peers: Type.Optional(Type.String({ pattern: '^[A-Z]{2}(,[A-Z]{2}){0,3}$', description: 'Up to four peers' })),
  },
  { additionalProperties: false },
);
export const CountryTotals = Type.Object({
  country: CountryCode,
  rank: Nullable(Type.Integer()),
  movement: Nullable(Type.Integer()),
  index: Nullable(Type.Number()),
  accounts: Type.Integer(),
  followers: Type.Integer({ description: 'Sum of followers: not a unique audience' }),
  followersGrowth: Type.Integer(),
  posts: Type.Integer(),
  engagementPerPost: Nullable(Type.Number()),
  repliesShare: Nullable(Type.Number({ description: 'Share of posts that answer someone outside official accounts' })),
});
export const CountryConsole = Type.Object(
  {
    window: WindowSchema,
    periodEnd: Nullable(DateOnly),
    totals: CountryTotals,
    followerSeries: Type.Array(SeriesPoint),
    activitySeries: Type.Array(SeriesPoint),
    bestPosts: Type.Array(PostSummary),
    peers: Type.Array(CountryTotals),
  },
  { $id: 'CountryConsole' },
);

// --- Graph --------------------------------------------------------------------------------------------

export const GraphQuery = Type.Object(
  {
    window: Type.Optional(WindowSchema),
    country: Type.Optional(CountryCode),
    type: Type.Optional(ActorTypeSchema),
    minWeight: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000, default: 1 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000, default: 10_000 })),
    registered: Type.Optional(Type.Boolean({ description: 'Only accounts attached to an actor' })),
  },
  { additionalProperties: false },
);
export const GraphNode = Type.Object({
  id: Type.Integer(),
  label: Type.String(),
  country: Nullable(CountryCode),
  type: Nullable(ActorTypeSchema),
  network: NetworkSchema,
  index: Nullable(Type.Number()),
  pagerank: Type.Number(),
});
export const GraphEdge = Type.Object({
  source: Type.Integer(),
  target: Type.Integer(),
  weight: Type.Number(),
  mentions: Type.Integer(),
  replies: Type.Integer(),
  reposts: Type.Integer(),
  quotes: Type.Integer(),
});
export const InteractionGraph = Type.Object(
  {
    window: WindowSchema,
    nodes: Type.Array(GraphNode),
    edges: Type.Array(GraphEdge),
    totalNodes: Type.Integer({ description: 'Nodes matching the filters before the cut' }),
    truncated: Type.Boolean({ description: 'true when only the strongest nodes are returned' }),
  },
  { $id: 'InteractionGraph' },
);

// --- Registry -----------------------------------------------------------------------------------------

export const Actor = Type.Object(
  {
    id: Type.String(),
    country: CountryCode,
    type: ActorTypeSchema,
    nameFr: Type.String(),
    nameEn: Type.String(),
    hostCountry: Nullable(CountryCode),
    city: Nullable(Type.String()),
    latitude: Nullable(Type.Number()),
    longitude: Nullable(Type.Number()),
    wikidataId: Nullable(Type.String()),
    accounts: Type.Array(
      Type.Object({
        id: Type.Integer(),
        network: NetworkSchema,
        handle: Nullable(Type.String()),
        verified: Type.Boolean(),
        tracked: Type.Boolean(),
      }),
    ),
    abilities: Type.Object({ edit: Type.Boolean() }),
  },
  { $id: 'Actor' },
);
export const ActorList = Type.Object({ total: Type.Integer(), items: Type.Array(Actor) });
export const ActorListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 200 })),
    country: Type.Optional(CountryCode),
    type: Type.Optional(ActorTypeSchema),
    ...Page,
  },
  { additionalProperties: false },
);
const ActorFields = {
  country: CountryCode,
  type: ActorTypeSchema,
  nameFr: Type.String({ minLength: 1, maxLength: 300 }),
  nameEn: Type.String({ minLength: 1, maxLength: 300 }),
  hostCountry: Type.Optional(Nullable(CountryCode)),
  city: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  latitude: Type.Optional(Nullable(Type.Number({ minimum: -90, maximum: 90 }))),
  longitude: Type.Optional(Nullable(Type.Number({ minimum: -180, maximum: 180 }))),
};
export const ActorBody = Type.Object(ActorFields, { additionalProperties: false });
export const ActorPatch = Type.Partial(Type.Object(ActorFields), { additionalProperties: false });
export const ActorIdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export const AccountBody = Type.Object(
  {
    network: NetworkSchema,
    handle: Type.String({ minLength: 1, maxLength: 200 }),
    actorId: Type.Optional(Nullable(Type.String({ format: 'uuid' }))),
    verified: Type.Optional(Type.Boolean()),
    tracked: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export const AccountPatch = Type.Object(
  {
    actorId: Type.Optional(Nullable(Type.String({ format: 'uuid' }))),
    verified: Type.Optional(Type.Boolean()),
    tracked: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

// --- Imports ------------------------------------------------------------------------------------------

export const ImportError = Type.Object({ line: Nullable(Type.Integer()), reason: Type.String() });
/** The summary every import prints (CLI --json) and the API returns. */
export const ImportSummary = Type.Object({
  read: Type.Integer(),
  added: Type.Integer(),
  updated: Type.Integer(),
  skipped: Type.Integer(),
  errors: Type.Array(ImportError),
});
export type ImportSummary = Static<typeof ImportSummary>;

export const ImportRun = Type.Object(
  {
    id: Type.String(),
    kind: Type.String(),
    source: Type.String(),
    status: literals(['running', 'done', 'failed'] as const),
    total: Nullable(Type.Integer({ description: 'Records expected, when known (progress = read / total)' })),
    read: Type.Integer(),
    added: Type.Integer(),
    updated: Type.Integer(),
    skipped: Type.Integer(),
    errors: Type.Array(ImportError),
    message: Nullable(Type.String()),
    startedAt: DateTime,
    finishedAt: Nullable(DateTime),
  },
  { $id: 'ImportRun' },
);
export const ImportRunList = Type.Object({ items: Type.Array(ImportRun) });
export const ImportUploadQuery = Type.Object(
  { kind: ImportKindSchema, filename: Type.Optional(Type.String({ maxLength: 200 })) },
  { additionalProperties: false },
);
export const ImportRunParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

// --- Methodology --------------------------------------------------------------------------------------

export const Methodology = Type.Object(
  {
    weights: Type.Record(Type.String(), Type.Number()),
    windows: Type.Array(WindowSchema),
    periodEnds: Type.Record(Type.String(), Nullable(DateOnly)),
    lastScoredAt: Nullable(DateTime),
  },
  { $id: 'Methodology' },
);

export type CountryRanking = Static<typeof CountryRanking>;
export type CountryRankingItem = Static<typeof CountryRankingItem>;
export type CountryHistory = Static<typeof CountryHistory>;
export type AccountList = Static<typeof AccountList>;
export type AccountRow = Static<typeof AccountRow>;
export type AccountDetail = Static<typeof AccountDetail>;
export type AccountSummary = Static<typeof AccountSummary>;
export type CountryConsole = Static<typeof CountryConsole>;
export type CountryTotals = Static<typeof CountryTotals>;
export type InteractionGraph = Static<typeof InteractionGraph>;
export type PostSummary = Static<typeof PostSummary>;
export type Actor = Static<typeof Actor>;
export type ActorList = Static<typeof ActorList>;
export type ImportRun = Static<typeof ImportRun>;
export type ImportRunList = Static<typeof ImportRunList>;
export type Methodology = Static<typeof Methodology>;
