// The account over time: its index at each scored period of the window, and its followers day by day.
import { fr } from '@codegouvfr/react-dsfr';
import type { AccountDetail } from '../../../../../common/schemas/observatory.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { useFormatters } from '../../components/format.ts';
import { LineChart } from '../../components/LineChart.tsx';
import { accountScoreMessages } from '../messages.ts';
import { accountLabel } from './AccountHeading.tsx';

export function AccountHistory({ detail }: { detail: AccountDetail }) {
  const t = useT(accountScoreMessages);
  const format = useFormatters();
  const label = accountLabel(detail.account);
  const key = String(detail.account.id);
  return (
    <section aria-labelledby="account-history" className={fr.cx('fr-mb-5w')}>
      <h2 id="account-history">{t.historyTitle}</h2>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-lg-6')}>
          <LineChart
            title={t.indexHistory}
            valueLabel={t.indexAxis}
            yDomain={[0, 100]}
            formatValue={(value) => format.decimal(value)}
            series={[
              { key, label, points: detail.history.map((point) => ({ date: point.periodEnd, value: point.index })) },
            ]}
          />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-lg-6')}>
          <LineChart
            title={t.followerHistory}
            valueLabel={t.followerAxis}
            series={[{ key, label, points: detail.followerSeries }]}
          />
        </div>
      </div>
    </section>
  );
}
