// The reactions under a post: one toggle per kind with its count; pressed when the viewer reacted. Members of the
// space toggle them (the post's `react` ability); others see the counts only.
import { fr } from '@codegouvfr/react-dsfr';
import { REACTION_KINDS } from '../../../../../common/network-terms.ts';
import type { PostView } from '../../../../../common/schemas/network-posts.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { useT } from '../../../../app/i18n/lang.ts';
import { useReaction } from '../api/usePostMutations.ts';
import { postsMessages } from '../messages.ts';

export function Reactions({ post }: { post: PostView }) {
  const t = useT(postsMessages);
  const react = useReaction(post.id);
  const { counts, mine } = post.reactions;
  const visible = REACTION_KINDS.filter((kind) => post.abilities.react || counts[kind] > 0);
  if (visible.length === 0) return null;
  return (
    <div>
      <ul
        className={fr.cx('fr-raw-list')}
        aria-label={t.reactionsLabel}
        style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}
      >
        {visible.map((kind) => {
          const pressed = mine.includes(kind);
          const text = `${t.reactions[kind]} · ${counts[kind]}`;
          return (
            <li key={kind}>
              {post.abilities.react ? (
                <button
                  type="button"
                  className={fr.cx('fr-tag', 'fr-tag--sm')}
                  aria-pressed={pressed}
                  disabled={react.isPending}
                  onClick={() => react.mutate({ kind, on: !pressed })}
                >
                  {text}
                </button>
              ) : (
                <span className={fr.cx('fr-tag', 'fr-tag--sm')}>{text}</span>
              )}
            </li>
          );
        })}
      </ul>
      <ApiErrorAlert error={react.error} />
    </div>
  );
}
