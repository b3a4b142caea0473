// The account's index for the window, its world rank and how it moved; or why there is no score yet.
import { fr } from '@codegouvfr/react-dsfr';
import type { AccountDetail } from '../../../../../common/schemas/observatory.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { useFormatters } from '../../components/format.ts';
import { Movement } from '../../components/Movement.tsx';
import { observatoryComponentMessages } from '../../components/messages.ts';
import { NoScoresNotice } from '../../components/NoScoresNotice.tsx';
import { accountScoreMessages } from '../messages.ts';

export function IndexSummary({ detail }: { detail: AccountDetail }) {
  const t = useT(accountScoreMessages);
  const tc = useT(observatoryComponentMessages);
  const format = useFormatters();
  const score = detail.score;
  if (!score) return <NoScoresNotice text={detail.periodEnd ? t.notScored : undefined} />;
  return (
    <section aria-labelledby="account-index" className={fr.cx('fr-mb-5w')}>
      <h2 id="account-index">{t.indexTitle}</h2>
      <p className={fr.cx('fr-mb-1w')} data-testid="account-index-value">
        <span className={fr.cx('fr-display--xs')}>{format.decimal(score.index)}</span>{' '}
        <span className={fr.cx('fr-text--lg')}>{t.indexOutOf}</span>
      </p>
      <p className={fr.cx('fr-text--lg', 'fr-mb-1w')}>
        {t.rank(score.rank, format.integer(score.ranked))} <Movement value={score.movement} />
      </p>
      {detail.periodEnd && (
        <p className={fr.cx('fr-text--sm', 'fr-mb-0')}>
          {tc.windows[detail.window as keyof typeof tc.windows] ?? detail.window} ·{' '}
          {tc.periodEnd(format.date(detail.periodEnd))}
        </p>
      )}
    </section>
  );
}
