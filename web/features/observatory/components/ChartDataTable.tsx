// The text alternative of a chart: its data as a table (one row per date, one column per series), folded in a
// disclosure so that sighted readers see the chart first.
import { fr } from '@codegouvfr/react-dsfr';
import type { ChartSeries } from './LineChart.tsx';

interface ChartDataTableProps {
  title: string;
  toggleLabel: string;
  dateLabel: string;
  dates: readonly string[];
  series: readonly ChartSeries[];
  formatDate: (date: string) => string;
  formatValue: (value: number) => string;
}

export function ChartDataTable({
  title,
  toggleLabel,
  dateLabel,
  dates,
  series,
  formatDate,
  formatValue,
}: ChartDataTableProps) {
  const byDate = series.map((s) => new Map(s.points.map((p) => [p.date, p.value])));
  return (
    <details className={fr.cx('fr-mt-1w')}>
      <summary className={fr.cx('fr-text--sm')} style={{ cursor: 'pointer' }}>
        {toggleLabel}
      </summary>
      <div className={fr.cx('fr-table', 'fr-table--sm', 'fr-mt-1w', 'fr-mb-0')}>
        <div className={fr.cx('fr-table__wrapper')}>
          <div className={fr.cx('fr-table__container')}>
            <div className={fr.cx('fr-table__content')}>
              <table>
                <caption>{title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{dateLabel}</th>
                    {series.map((s) => (
                      <th key={s.key} scope="col">
                        {s.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {dates.map((date) => (
                    <tr key={date}>
                      <th scope="row">{formatDate(date)}</th>
                      {byDate.map((values, index) => {
                        const value = values.get(date);
                        return (
                          <td key={series[index]?.key ?? index}>
                            {value === null || value === undefined ? '—' : formatValue(value)}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </div>
    </details>
  );
}
