// A post in a stream: its banner, title (a link to the post's page), author and date, the hidden notice for its
// author and moderators, the sanitised HTML (the server renders Markdown safely), attachments, reactions, comments.
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { generatePath, Link } from 'react-router';
import type { PostView } from '../../../../../common/schemas/network-posts.ts';
import { formatDateTime, useLang, useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { AttachmentList } from '../../attachments/components/AttachmentList.tsx';
import { LabelBanner } from '../../components/LabelBanner.tsx';
import { postsMessages } from '../messages.ts';
import { Reactions } from './Reactions.tsx';
import { SafeHtml } from './SafeHtml.tsx';

export const postPath = (id: string) => generatePath(paths.networkPost, { id });
export const spacePath = (space: PostView['space']) =>
  space.kind === 'deal_room'
    ? generatePath(paths.networkDealRoom, { id: space.id })
    : generatePath(paths.networkSpace, { id: space.id });

/** Author, date, space: the line under a post's or comment's title. */
export function Byline({
  author,
  createdAt,
  editedAt,
  space,
}: {
  author: PostView['author'];
  createdAt: string;
  editedAt: string | null;
  space?: PostView['space'];
}) {
  const t = useT(postsMessages);
  const lang = useLang();
  return (
    <p className={fr.cx('fr-text--sm', 'fr-mb-1w')}>
      {author ? (
        <>
          <Link to={generatePath(paths.networkMember, { id: author.id })}>{author.name}</Link>
          {` (${author.organisation})`}
          {author.verified ? (
            <Badge small severity="success" className={fr.cx('fr-ml-1w')}>
              {t.verified}
            </Badge>
          ) : null}
        </>
      ) : (
        t.unknownAuthor
      )}
      {' · '}
      <time dateTime={createdAt}>{formatDateTime(createdAt, lang)}</time>
      {editedAt ? ` · ${t.editedOn} ${formatDateTime(editedAt, lang)}` : null}
      {space ? (
        <>
          {` · ${t.postedIn} `}
          <Link to={spacePath(space)}>{space.name}</Link>
        </>
      ) : null}
    </p>
  );
}

export function HiddenNotice({ hidden }: { hidden: PostView['hidden'] }) {
  const t = useT(postsMessages);
  if (!hidden) return null;
  return (
    <p className={fr.cx('fr-text--sm', 'fr-mb-1w')} style={{ fontStyle: 'italic' }}>
      <span className={fr.cx('fr-icon-eye-off-line', 'fr-icon--sm', 'fr-mr-1v')} aria-hidden="true" />
      {t.hiddenNotice(hidden.reason)}
    </p>
  );
}

export function PostCard({
  post,
  showSpace = false,
  headingAs: Heading = 'h3',
}: {
  post: PostView;
  showSpace?: boolean;
  headingAs?: 'h2' | 'h3';
}) {
  const t = useT(postsMessages);
  return (
    <article
      className={fr.cx('fr-p-3w', 'fr-mb-3w')}
      style={{ border: '1px solid var(--border-default-grey)' }}
      aria-labelledby={`post-${post.id}`}
    >
      <LabelBanner label={post.label} compact />
      <Heading id={`post-${post.id}`} className={fr.cx('fr-h5', 'fr-mb-1w')}>
        <Link to={postPath(post.id)}>{post.title || t.untitled}</Link>
      </Heading>
      <Byline
        author={post.author}
        createdAt={post.createdAt}
        editedAt={post.editedAt}
        space={showSpace ? post.space : undefined}
      />
      <HiddenNotice hidden={post.hidden} />
      {/* The server renders Markdown with raw HTML escaped, safe links only and no remote images. */}
      <SafeHtml className="network-post-body" html={post.bodyHtml} />
      <AttachmentList attachments={post.attachments} />
      <Reactions post={post} />
      <p className={fr.cx('fr-text--sm', 'fr-mt-1w', 'fr-mb-0')}>
        <Link to={postPath(post.id)}>
          {t.comments(post.commentCount)}
          <span className={fr.cx('fr-sr-only')}>{` — ${post.title || t.untitled}`}</span>
        </Link>
      </p>
    </article>
  );
}
