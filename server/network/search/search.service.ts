// The network search: one query per kind of result, each filtered by the access policy (posts and comments also by
// the hidden rule, members by the directory rule), counts of visible items only, capped (SEARCH_COUNT_CAP). Level-3 hits
// returned are written to the audit log.
import type { Lang } from '../../../common/errors.ts';
import {
  type CommentHit,
  type Highlight,
  type MemberHit,
  type PostHit,
  SEARCH_COUNT_CAP,
  SEARCH_QUERY_MIN,
  type SearchCount,
  type SearchResults,
  type SearchType,
  type SpaceHit,
} from '../../../common/schemas/network-search.ts';
import { recordRestrictedReads } from '../../access/audit.ts';
import type { Viewer } from '../../access/viewer.ts';
import { AppError } from '../../errors.ts';
import type { Executor } from '../core/context.ts';
import { presentLabel, presentMemberRef } from '../core/present.ts';
import * as repo from './search.repo.ts';

export interface SearchInput {
  q: string;
  type?: SearchType | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

/** Empty, 1-character or word-less queries: a clear 400. */
function parse(q: string): repo.ParsedQuery {
  const text = q.trim();
  const parsed = text.length >= SEARCH_QUERY_MIN ? repo.parseQuery(text) : null;
  if (!parsed) {
    throw new AppError('ERR_SEARCH_QUERY', {
      params: { min: SEARCH_QUERY_MIN },
      fieldErrors: [{ field: 'q', message: `at least ${SEARCH_QUERY_MIN} characters, with letters or digits` }],
    });
  }
  return parsed;
}

const MARKUP = /\(user:[0-9a-f-]{36}\)|[`*_#>~[\]]/gi;

/** ts_headline's output as plain segments, Markdown markers and mention targets removed. */
export function splitHighlight(headline: string): Highlight {
  const segments: Highlight = [];
  const parts = headline.replace(/\s+/g, ' ').split(repo.MARK_START);
  parts.forEach((part, i) => {
    const [matched, rest] = i === 0 ? [null, part] : splitOnce(part, repo.MARK_STOP);
    if (matched !== null && matched !== '') segments.push({ text: matched.replace(MARKUP, ''), match: true });
    const text = rest.replace(MARKUP, '');
    if (text !== '') segments.push({ text, match: false });
  });
  return segments;
}

function splitOnce(text: string, marker: string): [string, string] {
  const at = text.indexOf(marker);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + marker.length)];
}

const count = (total: number): SearchCount =>
  total > SEARCH_COUNT_CAP ? { total: SEARCH_COUNT_CAP, totalCapped: true } : { total, totalCapped: false };

const authorOf = (row: repo.PostHitRow | repo.CommentHitRow) =>
  row.author_id && row.author_name && row.author_audience
    ? presentMemberRef({
        id: row.author_id,
        name: row.author_name,
        audience: row.author_audience,
        organisation: row.author_organisation ?? '',
        verified_at: row.author_verified_at,
      })
    : null;

const spaceLink = (id: string, kind: string) =>
  kind === 'deal_room' ? `/reseau/salles/${id}` : `/reseau/espaces/${id}`;

function presentPost(row: repo.PostHitRow, lang: Lang): PostHit {
  return {
    id: row.id,
    title: row.title,
    highlight: splitHighlight(row.headline),
    label: presentLabel(row.level, row.tlp, lang),
    space: { id: row.space_id, name: row.space_name, kind: row.space_kind },
    author: authorOf(row),
    createdAt: row.created_at.toISOString(),
    hidden: row.hidden_at !== null,
    link: `/reseau/publications/${row.id}`,
  };
}

function presentComment(row: repo.CommentHitRow, lang: Lang): CommentHit {
  return {
    id: row.id,
    postId: row.post_id,
    postTitle: row.post_title,
    highlight: splitHighlight(row.headline),
    label: presentLabel(row.level, row.tlp, lang),
    space: { id: row.space_id, name: row.space_name, kind: row.space_kind },
    author: authorOf(row),
    createdAt: row.created_at.toISOString(),
    hidden: row.hidden_at !== null,
    link: `/reseau/publications/${row.post_id}#commentaire-${row.id}`,
  };
}

function presentSpace(row: repo.SpaceHitRow, lang: Lang): SpaceHit {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    highlight: row.headline ? splitHighlight(row.headline) : [],
    label: presentLabel(row.level, row.tlp, lang),
    archived: row.archived_at !== null,
    link: spaceLink(row.id, row.kind),
  };
}

function presentMember(row: repo.MemberHitRow): MemberHit {
  return {
    member: presentMemberRef(row),
    title: row.title ?? '',
    country: row.country,
    link: `/reseau/membres/${row.id}`,
  };
}

/**
 * Searches what `viewer` may see. Without `type`: the first page of each kind; with it: that kind's page (the
 * other kinds are only counted).
 */
export async function searchNetwork(
  db: Executor,
  viewer: Viewer,
  input: SearchInput,
  options: { lang?: Lang; ip?: string | null } = {},
): Promise<SearchResults> {
  const query = parse(input.q);
  const lang = options.lang ?? 'fr';
  const page = input.type ? (input.page ?? 1) : 1;
  const pageSize = input.pageSize ?? 10;
  const slice = (type: SearchType): repo.Page | null =>
    input.type === undefined || input.type === type ? { limit: pageSize, offset: (page - 1) * pageSize } : null;
  // At once: on PostgreSQL the four statements run side by side on the pool (the answer waits for the slowest, not
  // the sum); PGlite's single connection takes them in turn.
  const [posts, comments, spaces, members] = await Promise.all([
    repo.searchPosts(db, viewer, query, slice('post')),
    repo.searchComments(db, viewer, query, slice('comment')),
    repo.searchSpaces(db, viewer, query, slice('space')),
    repo.searchMembers(db, viewer, query, slice('member')),
  ]);
  await recordRestrictedReads(
    db,
    viewer,
    [
      ...posts.rows.map((r) => ({ type: 'post', id: r.id, level: r.level, compartmentId: r.compartment_id })),
      ...comments.rows.map((r) => ({ type: 'comment', id: r.id, level: r.level, compartmentId: r.compartment_id })),
      ...spaces.rows.map((r) => ({ type: 'deal_room', id: r.id, level: r.level, compartmentId: r.compartment_id })),
    ],
    options.ip ?? null,
  );
  return {
    type: input.type ?? null,
    page,
    pageSize,
    counts: {
      post: count(posts.total),
      comment: count(comments.total),
      space: count(spaces.total),
      member: count(members.total),
    },
    posts: posts.rows.map((row) => presentPost(row, lang)),
    comments: comments.rows.map((row) => presentComment(row, lang)),
    spaces: spaces.rows.map((row) => presentSpace(row, lang)),
    members: members.rows.map(presentMember),
  };
}
