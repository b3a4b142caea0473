// The console's headline figures (rank, movement, index) and its totals over the window.
import { fr } from '@codegouvfr/react-dsfr';
import type { CountryTotals } from '../../../../../common/schemas/observatory.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { useFormatters } from '../../components/format.ts';
import { KeyFigures } from '../../components/KeyFigures.tsx';
import { Movement } from '../../components/Movement.tsx';
import { countryMessages } from '../messages.ts';

export function ConsoleHeadline({ totals, ranked }: { totals: CountryTotals; ranked: number | null }) {
  const t = useT(countryMessages);
  const format = useFormatters();
  if (totals.rank === null) return <p className={fr.cx('fr-badge', 'fr-mb-3w')}>{t.notRanked}</p>;
  return (
    <KeyFigures
      figures={[
        {
          key: 'rank',
          label: t.rankLabel,
          value: t.rankValue(format.integer(totals.rank), ranked === null ? null : format.integer(ranked)),
        },
        { key: 'movement', label: t.movementLabel, value: <Movement value={totals.movement} verbose /> },
        { key: 'index', label: t.indexLabel, value: format.decimal(totals.index) },
      ]}
    />
  );
}

export function ConsoleTotals({ totals, headingId }: { totals: CountryTotals; headingId: string }) {
  const t = useT(countryMessages);
  const format = useFormatters();
  return (
    <section aria-labelledby={headingId} className={fr.cx('fr-mb-4w')}>
      <h2 id={headingId}>{t.totalsTitle}</h2>
      <KeyFigures
        figures={[
          { key: 'accounts', label: t.totalAccounts, value: format.integer(totals.accounts) },
          {
            key: 'followers',
            label: t.totalFollowers,
            value: format.integer(totals.followers),
            note: t.totalFollowersNote,
          },
          { key: 'growth', label: t.totalGrowth, value: format.signed(totals.followersGrowth) },
          { key: 'posts', label: t.totalPosts, value: format.integer(totals.posts) },
          {
            key: 'engagement',
            label: t.totalEngagement,
            value: format.decimal(totals.engagementPerPost),
            note: t.totalEngagementNote,
          },
          {
            key: 'replies',
            label: t.totalReplies,
            value: format.percent(totals.repliesShare),
            note: t.totalRepliesNote,
          },
        ]}
      />
    </section>
  );
}
