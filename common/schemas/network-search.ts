// Search across the network (posts, comments, spaces, members), French full text without accents, filtered by the
// same policy as every read path: counts and highlights come from visible items only.
import { type Static, Type } from '@sinclair/typebox';
import { DateTime, Iso2, LabelView, literals, MemberRef, Nullable, Uuid } from './network.ts';

export const SEARCH_TYPES = ['post', 'comment', 'space', 'member'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];
export const SEARCH_QUERY_MIN = 2;
export const SEARCH_QUERY_MAX = 200;
/**
 * Counts stop here ("200+"), and results are ranked among the first this many visible matches: enough to show and
 * to page through, and the work per query stays bounded whatever the word (measured on 1 M posts: docs).
 */
export const SEARCH_COUNT_CAP = 200;

export const SearchQuery = Type.Object({
  q: Type.String({
    maxLength: SEARCH_QUERY_MAX,
    description:
      'Words to find (at least 2 characters; the last word also matches as a prefix; accents ignored). ' +
      'Quotes for a phrase, "-mot" to exclude, "or" between alternatives.',
  }),
  type: Type.Optional(literals(SEARCH_TYPES, { description: 'Only this kind of result (paged)' })),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 10 })),
});
export type SearchQuery = Static<typeof SearchQuery>;

/** Highlighted text: the matched words have `match: true`. Plain text, never HTML. */
export const Highlight = Type.Array(Type.Object({ text: Type.String(), match: Type.Boolean() }));
export type Highlight = Static<typeof Highlight>;

export const SpaceRefSchema = Type.Object({
  id: Uuid,
  name: Type.String(),
  kind: literals(['country', 'sector', 'theme', 'deal_room'] as const),
});

export const PostHit = Type.Object({
  id: Uuid,
  title: Type.String(),
  highlight: Highlight,
  label: LabelView,
  space: SpaceRefSchema,
  author: Nullable(MemberRef),
  createdAt: DateTime,
  hidden: Type.Boolean({ description: 'Hidden by a moderator (shown to its author and moderators only)' }),
  link: Type.String(),
});
export type PostHit = Static<typeof PostHit>;

export const CommentHit = Type.Object({
  id: Uuid,
  postId: Uuid,
  postTitle: Type.String(),
  highlight: Highlight,
  label: LabelView,
  space: SpaceRefSchema,
  author: Nullable(MemberRef),
  createdAt: DateTime,
  hidden: Type.Boolean(),
  link: Type.String(),
});
export type CommentHit = Static<typeof CommentHit>;

export const SpaceHit = Type.Object({
  id: Uuid,
  name: Type.String(),
  kind: literals(['country', 'sector', 'theme', 'deal_room'] as const),
  highlight: Highlight,
  label: LabelView,
  archived: Type.Boolean(),
  link: Type.String(),
});
export type SpaceHit = Static<typeof SpaceHit>;

export const MemberHit = Type.Object({
  member: MemberRef,
  title: Type.String({ description: 'Post or position' }),
  country: Nullable(Iso2),
  link: Type.String(),
});
export type MemberHit = Static<typeof MemberHit>;

export const SearchCount = Type.Object({
  total: Type.Integer({ minimum: 0, description: `Visible matches, counted up to ${SEARCH_COUNT_CAP}` }),
  totalCapped: Type.Boolean({ description: `More than ${SEARCH_COUNT_CAP}: show "${SEARCH_COUNT_CAP}+"` }),
});
export type SearchCount = Static<typeof SearchCount>;

// The query is not echoed: a response must hold only what the viewer may see.
export const SearchResults = Type.Object({
  type: Nullable(literals(SEARCH_TYPES)),
  page: Type.Integer({ minimum: 1 }),
  pageSize: Type.Integer({ minimum: 1 }),
  counts: Type.Object({ post: SearchCount, comment: SearchCount, space: SearchCount, member: SearchCount }),
  posts: Type.Array(PostHit),
  comments: Type.Array(CommentHit),
  spaces: Type.Array(SpaceHit),
  members: Type.Array(MemberHit),
});
export type SearchResults = Static<typeof SearchResults>;
