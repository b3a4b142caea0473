// The posts of the window that drew the most reactions: author, date, text, reactions, link to the network.
import { fr } from '@codegouvfr/react-dsfr';
import { Link } from 'react-router';
import type { PostSummary } from '../../../../../common/schemas/observatory.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { useFormatters } from '../../components/format.ts';
import { observatoryComponentMessages } from '../../components/messages.ts';
import { accountScoreUrl, type ScoringWindow } from '../../components/urlState.ts';
import { countryMessages } from '../messages.ts';

/** A post's language as an HTML lang value; network-specific codes (X's "qme", "zxx") are left out. */
function postLang(lang: string | null): string | undefined {
  return lang && /^[a-z]{2}(-[A-Za-z]{2})?$/.test(lang) ? lang : undefined;
}

export function BestPosts({
  posts,
  window,
  headingId,
}: {
  posts: readonly PostSummary[];
  window: ScoringWindow;
  headingId: string;
}) {
  const t = useT(countryMessages);
  const names = useT(observatoryComponentMessages);
  const format = useFormatters();
  return (
    <section aria-labelledby={headingId} className={fr.cx('fr-mb-6w')}>
      <h2 id={headingId}>{t.bestPostsTitle}</h2>
      <p>{t.bestPostsLead}</p>
      {posts.length === 0 && <p className={fr.cx('fr-text--sm')}>{t.bestPostsEmpty}</p>}
      <ol className={fr.cx('fr-raw-list', 'fr-grid-row', 'fr-grid-row--gutters')}>
        {posts.map((post) => {
          const author = post.handle ? `@${post.handle}` : `#${post.accountId}`;
          return (
            <li key={`${post.network}-${post.id}`} className={fr.cx('fr-col-12', 'fr-col-md-6')}>
              <article
                className={fr.cx('fr-p-2w')}
                style={{ border: '1px solid var(--border-default-grey)', height: '100%' }}
              >
                <h3 className={fr.cx('fr-text--md', 'fr-mb-1v')}>
                  <Link to={accountScoreUrl(post.accountId, window)}>{author}</Link>
                </h3>
                <p className={fr.cx('fr-text--xs', 'fr-mb-1w')} style={{ color: 'var(--text-mention-grey)' }}>
                  {[
                    names.networks[post.network] ?? post.network,
                    t.postKinds[post.kind] ?? post.kind,
                    format.dateTime(post.postedAt),
                  ].join(' · ')}
                </p>
                <p
                  className={fr.cx('fr-text--sm', 'fr-mb-1w')}
                  lang={postLang(post.lang)}
                  style={{ overflowWrap: 'anywhere' }}
                >
                  {post.text ?? t.postWithoutText}
                </p>
                <p className={fr.cx('fr-text--sm', 'fr-text--bold', 'fr-mb-0')}>
                  {t.postReactions(format.integer(post.engagement))}
                </p>
                <p className={fr.cx('fr-text--xs', 'fr-mb-1w')}>
                  {t.postDetail(
                    format.integer(post.likes ?? 0),
                    format.integer(post.reposts ?? 0),
                    format.integer(post.replies ?? 0),
                    format.integer(post.quotes ?? 0),
                  )}
                </p>
                {post.url && (
                  <a
                    className={fr.cx('fr-link', 'fr-text--sm')}
                    href={post.url}
                    target="_blank"
                    rel="noopener noreferrer"
                    title={t.postOpenTitle(author)}
                  >
                    {t.postOpen}
                    <span className={fr.cx('fr-sr-only')}>{` (${author}, ${format.dateTime(post.postedAt)})`}</span>
                  </a>
                )}
              </article>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
