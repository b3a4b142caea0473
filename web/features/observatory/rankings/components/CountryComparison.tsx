// Compare up to four countries over time: a picker kept in the URL (?comparer=FR,DE) and a line chart of their
// index over past periods. By default France and the top of the ranking.
import { fr } from '@codegouvfr/react-dsfr';
import type { CountryRankingItem } from '../../../../../common/schemas/observatory.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { useT } from '../../../../app/i18n/lang.ts';
import { CountryPicker } from '../../components/CountryPicker.tsx';
import { useCountryName } from '../../components/countries.ts';
import { useFormatters } from '../../components/format.ts';
import { LineChart } from '../../components/LineChart.tsx';
import { observatoryComponentMessages } from '../../components/messages.ts';
import { type ScoringWindow, useCountryListParam } from '../../components/urlState.ts';
import { useCountryHistory } from '../api/useCountryHistory.ts';
import { rankingMessages } from '../messages.ts';

const maxCountries = 4;

export function defaultComparison(items: readonly CountryRankingItem[]): string[] {
  const ranked = items.map((item) => item.country);
  const first = ranked.includes('FR') ? ['FR'] : [];
  return [...new Set([...first, ...ranked])].slice(0, maxCountries);
}

export function CountryComparison({
  items,
  window,
  headingId,
}: {
  items: readonly CountryRankingItem[];
  window: ScoringWindow;
  headingId: string;
}) {
  const t = useT(rankingMessages);
  const tc = useT(observatoryComponentMessages);
  const name = useCountryName();
  const format = useFormatters();
  const [chosen, setChosen] = useCountryListParam('comparer', maxCountries);
  const selected = chosen ?? defaultComparison(items);
  const history = useCountryHistory(selected, window);
  const series = (history.data?.items ?? [])
    .filter((entry) => selected.includes(entry.country))
    .map((entry) => ({
      key: entry.country,
      label: name(entry.country),
      points: entry.points.map((point) => ({ date: point.periodEnd, value: point.index })),
    }));

  return (
    <section aria-labelledby={headingId} className={fr.cx('fr-mb-6w')}>
      <h2 id={headingId}>{t.compareTitle}</h2>
      <p>{t.compareLead}</p>
      <CountryPicker
        label={t.comparePicker}
        options={items.map((item) => item.country)}
        selected={selected}
        onChange={setChosen}
        max={maxCountries}
      />
      {selected.length === 0 && <p className={fr.cx('fr-text--sm')}>{t.compareEmpty}</p>}
      {selected.length > 0 && history.isPending && <Loading />}
      <ApiErrorAlert error={history.error} />
      {selected.length > 0 && history.data && (
        <LineChart
          title={t.compareChart(tc.windows[window].toLowerCase())}
          series={series}
          valueLabel={t.compareValue}
          formatValue={(value) => format.decimal(value)}
        />
      )}
    </section>
  );
}
