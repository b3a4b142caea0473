// Search across the network: a query in the address (?q=&type=&page=), the kinds of results with the counts of
// what the viewer may see, then the results with their highlighted words (plain text, marked with <mark>).
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { SearchBar } from '@codegouvfr/react-dsfr/SearchBar';
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  type CommentHit,
  type Highlight,
  type MemberHit,
  type PostHit,
  SEARCH_COUNT_CAP,
  SEARCH_QUERY_MIN,
  SEARCH_TYPES,
  type SearchResults,
  type SearchType,
  type SpaceHit,
} from '../../../../../common/schemas/network-search.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { formatDateTime, useLang, useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { LabelBanner } from '../../components/LabelBanner.tsx';
import { ListPagination } from '../../components/ListPagination.tsx';
import { NetworkFrame } from '../../components/NetworkFrame.tsx';
import { SEARCH_PAGE_SIZE, useSearch } from '../api/useSearch.ts';
import { searchMessages } from '../messages.ts';

const isType = (value: string | null): value is SearchType => SEARCH_TYPES.includes(value as SearchType);

export function SearchPage() {
  const t = useT(searchMessages);
  return (
    <NetworkFrame title={t.title} lead={t.lead}>
      <SearchContent />
    </NetworkFrame>
  );
}

function href(q: string, type: SearchType | null, page = 1): string {
  const params = new URLSearchParams({ q });
  if (type) params.set('type', type);
  if (page > 1) params.set('page', String(page));
  return `${paths.networkSearch}?${params}`;
}

function SearchContent() {
  const t = useT(searchMessages);
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const rawType = params.get('type');
  const type = isType(rawType) ? rawType : null;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const results = useSearch(q, type, page);
  const ready = q.trim().length >= SEARCH_QUERY_MIN;

  return (
    <>
      <div className={fr.cx('fr-mb-3w')} style={{ maxWidth: '40rem' }}>
        <SearchBar
          key={q}
          label={t.label}
          big
          defaultValue={q}
          onButtonClick={(text) => setParams(text.trim() ? { q: text.trim(), ...(type ? { type } : {}) } : {})}
        />
        <p className={fr.cx('fr-hint-text', 'fr-mt-1v')}>{t.hint}</p>
      </div>
      {!ready ? <p>{t.start}</p> : null}
      <ApiErrorAlert error={ready ? results.error : null} />
      {ready && results.isPending ? <Loading /> : null}
      {ready && results.data ? <Results q={q} type={type} page={page} data={results.data} /> : null}
    </>
  );
}

function Results({ q, type, page, data }: { q: string; type: SearchType | null; page: number; data: SearchResults }) {
  const t = useT(searchMessages);
  const count = (kind: SearchType) => t.count(data.counts[kind].total, data.counts[kind].totalCapped);
  const total = SEARCH_TYPES.reduce((sum, kind) => sum + data.counts[kind].total, 0);
  return (
    <>
      <nav aria-label={t.kindsLabel} className={fr.cx('fr-mb-3w')}>
        <ul className={fr.cx('fr-tags-group')}>
          <li>
            <Link
              to={href(q, null)}
              className={fr.cx('fr-tag')}
              aria-current={type === null ? 'page' : undefined}
              style={type === null ? { fontWeight: 700, textDecoration: 'underline' } : undefined}
            >
              {t.all}
            </Link>
          </li>
          {SEARCH_TYPES.map((kind) => (
            <li key={kind}>
              <Link
                to={href(q, kind)}
                className={fr.cx('fr-tag')}
                aria-current={type === kind ? 'page' : undefined}
                style={type === kind ? { fontWeight: 700, textDecoration: 'underline' } : undefined}
              >
                {t.kinds[kind]} ({count(kind)})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {total === 0 ? <p role="status">{t.none}</p> : null}
      {type === null && total > 0
        ? SEARCH_TYPES.filter((kind) => data.counts[kind].total > 0).map((kind) => (
            <section key={kind} aria-labelledby={`search-${kind}`} className={fr.cx('fr-mb-5w')}>
              <h2 id={`search-${kind}`} className={fr.cx('fr-h4')}>
                {t.kinds[kind]} ({count(kind)})
              </h2>
              <Hits kind={kind} data={data} />
              <p>
                <Link to={href(q, kind)} className={fr.cx('fr-link')}>
                  {t.seeAll(t.kinds[kind], count(kind))}
                </Link>
              </p>
            </section>
          ))
        : null}
      {type !== null && total > 0 ? (
        <section aria-labelledby="search-kind" className={fr.cx('fr-mb-4w')}>
          <h2 id="search-kind" className={fr.cx('fr-h4')}>
            {t.kinds[type]} ({count(type)})
          </h2>
          {data.counts[type].total === 0 ? <p>{t.noneKind}</p> : <Hits kind={type} data={data} />}
          <ListPagination
            total={Math.min(data.counts[type].total, SEARCH_COUNT_CAP)}
            pageSize={SEARCH_PAGE_SIZE}
            page={page}
            pageLink={(n) => href(q, type, n)}
          />
        </section>
      ) : null}
    </>
  );
}

function Hits({ kind, data }: { kind: SearchType; data: SearchResults }) {
  return (
    <ul className={fr.cx('fr-raw-list')}>
      {kind === 'post' ? data.posts.map((hit) => <PostItem key={hit.id} hit={hit} />) : null}
      {kind === 'comment' ? data.comments.map((hit) => <CommentItem key={hit.id} hit={hit} />) : null}
      {kind === 'space' ? data.spaces.map((hit) => <SpaceItem key={hit.id} hit={hit} />) : null}
      {kind === 'member' ? data.members.map((hit) => <MemberItem key={hit.member.id} hit={hit} />) : null}
    </ul>
  );
}

/** Highlighted text: matched words in <mark> (the words themselves carry the meaning, not only the colour). */
function Marked({ highlight }: { highlight: Highlight }) {
  if (highlight.length === 0) return null;
  return (
    <p className={fr.cx('fr-text--sm', 'fr-mb-1v')}>
      {highlight.map((segment, i) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: segments have no identity but their order
        segment.match ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
      )}
    </p>
  );
}

const box = { border: '1px solid var(--border-default-grey)' } as const;

function PostItem({ hit }: { hit: PostHit }) {
  const t = useT(searchMessages);
  return <WrittenItem hit={hit} heading={hit.title || t.untitled} />;
}

function CommentItem({ hit }: { hit: CommentHit }) {
  const t = useT(searchMessages);
  return (
    <WrittenItem
      hit={hit}
      heading={
        <>
          {t.onPost} « {hit.postTitle || t.untitled} »
        </>
      }
    />
  );
}

/** A post or a comment found: its heading links to it, then where, by whom and when it was written. */
function WrittenItem({ hit, heading }: { hit: PostHit | CommentHit; heading: ReactNode }) {
  const t = useT(searchMessages);
  const lang = useLang();
  return (
    <li className={fr.cx('fr-mb-2w', 'fr-p-3v')} style={box}>
      <LabelBanner label={hit.label} compact />
      <h3 className={fr.cx('fr-h6', 'fr-mb-1v')}>
        <Link to={hit.link}>{heading}</Link>
      </h3>
      {hit.hidden ? (
        <Badge small severity="warning" className={fr.cx('fr-mb-1v')}>
          {t.hidden}
        </Badge>
      ) : null}
      <Marked highlight={hit.highlight} />
      <p className={fr.cx('fr-text--xs', 'fr-mb-0')}>
        {t.in} {hit.space.name}
        {hit.author ? ` · ${t.by} ${hit.author.name}` : ''} · {formatDateTime(hit.createdAt, lang)}
      </p>
    </li>
  );
}

function SpaceItem({ hit }: { hit: SpaceHit }) {
  const t = useT(searchMessages);
  return (
    <li className={fr.cx('fr-mb-2w', 'fr-p-3v')} style={box}>
      <LabelBanner label={hit.label} compact />
      <h3 className={fr.cx('fr-h6', 'fr-mb-1v')}>
        <Link to={hit.link}>{hit.name}</Link>
      </h3>
      {hit.kind === 'deal_room' ? (
        <Badge small noIcon className={fr.cx('fr-mr-1w')}>
          {t.dealRoom}
        </Badge>
      ) : null}
      {hit.archived ? (
        <Badge small noIcon>
          {t.archived}
        </Badge>
      ) : null}
      <Marked highlight={hit.highlight} />
    </li>
  );
}

function MemberItem({ hit }: { hit: MemberHit }) {
  const t = useT(searchMessages);
  return (
    <li className={fr.cx('fr-mb-2w', 'fr-p-3v')} style={box}>
      <h3 className={fr.cx('fr-h6', 'fr-mb-1v')}>
        <Link to={hit.link}>{hit.member.name}</Link>
      </h3>
      <p className={fr.cx('fr-text--sm', 'fr-mb-0')}>
        {t.audience[hit.member.audience]} · {hit.member.organisation}
        {hit.title ? ` · ${hit.title}` : ''}
        {hit.member.verified ? (
          <Badge small severity="success" className={fr.cx('fr-ml-1w')}>
            {t.verified}
          </Badge>
        ) : null}
      </p>
    </li>
  );
}
