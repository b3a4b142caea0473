// The account's posts that drew the most reactions in the window: text, date, counts, link to the post.
import { fr } from '@codegouvfr/react-dsfr';
import type { PostSummary } from '../../../../../common/schemas/observatory.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { useFormatters } from '../../components/format.ts';
import { accountScoreMessages } from '../messages.ts';

type PostKindWords = Record<string, string | undefined>;

/** Networks tag posts with codes such as `und`, `zxx` or X's `qme`: only a plain ISO 639-1 code is passed on. */
function htmlLang(lang: string | null): string | undefined {
  const primary = lang?.split('-')[0]?.toLowerCase();
  return primary && /^[a-z]{2}$/.test(primary) ? primary : undefined;
}

export function BestPosts({ posts }: { posts: readonly PostSummary[] }) {
  const t = useT(accountScoreMessages);
  const format = useFormatters();
  const kinds: PostKindWords = t.postKinds;
  return (
    <section aria-labelledby="account-posts" className={fr.cx('fr-mb-5w')}>
      <h2 id="account-posts">{t.bestPostsTitle}</h2>
      {posts.length === 0 ? (
        <p>{t.bestPostsEmpty}</p>
      ) : (
        <ol className={fr.cx('fr-raw-list')}>
          {posts.map((post) => {
            const counts = [
              [t.likes, post.likes],
              [t.reposts, post.reposts],
              [t.replies, post.replies],
              [t.quotes, post.quotes],
            ] as const;
            return (
              <li
                key={`${post.network}-${post.id}`}
                className={fr.cx('fr-mb-3w', 'fr-p-2w')}
                style={{ border: '1px solid var(--border-default-grey)' }}
              >
                <p className={fr.cx('fr-text--xs', 'fr-mb-1w')}>
                  {kinds[post.kind] ?? post.kind} ·{' '}
                  <time dateTime={post.postedAt}>{format.dateTime(post.postedAt)}</time>
                </p>
                <p
                  className={fr.cx('fr-mb-1w')}
                  lang={htmlLang(post.lang)}
                  style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}
                >
                  {post.text ?? t.noText}
                </p>
                <p className={fr.cx('fr-text--sm', 'fr-mb-1w')}>
                  <span className={fr.cx('fr-text--bold')}>
                    {t.count(t.engagementTotal, format.integer(post.engagement))}
                  </span>
                  {counts
                    .filter(([, value]) => value !== null)
                    .map(([label, value]) => ` · ${t.count(label, format.integer(value))}`)
                    .join('')}
                </p>
                {post.url && (
                  <a
                    className={fr.cx('fr-link', 'fr-text--sm')}
                    href={post.url}
                    target="_blank"
                    rel="noopener noreferrer"
                    title={`${t.openPost} – ${t.newWindow}`}
                  >
                    {t.openPost}
                  </a>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
