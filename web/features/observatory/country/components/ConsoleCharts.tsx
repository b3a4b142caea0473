// The console's charts: cumulative followers and daily posts of the country's accounts over the window.
import { fr } from '@codegouvfr/react-dsfr';
import type { CountryConsole } from '../../../../../common/schemas/observatory.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { useFormatters } from '../../components/format.ts';
import { LineChart } from '../../components/LineChart.tsx';
import { countryMessages } from '../messages.ts';

export function ConsoleCharts({
  data,
  countryName,
  headingId,
}: {
  data: CountryConsole;
  countryName: string;
  headingId: string;
}) {
  const t = useT(countryMessages);
  const format = useFormatters();
  return (
    <section aria-labelledby={headingId} className={fr.cx('fr-mb-6w')}>
      <h2 id={headingId}>{t.chartsTitle}</h2>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-lg-6')}>
          <LineChart
            title={t.followerChart}
            valueLabel={t.followerValue}
            series={[{ key: 'followers', label: countryName, points: data.followerSeries }]}
            formatValue={(value) => format.compact(value)}
          />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-lg-6')}>
          <LineChart
            title={t.activityChart}
            valueLabel={t.activityValue}
            series={[{ key: 'posts', label: countryName, points: data.activitySeries }]}
            formatValue={(value) => format.integer(value)}
            fromZero
          />
        </div>
      </div>
    </section>
  );
}
