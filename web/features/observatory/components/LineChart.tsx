// An accessible SVG line chart of dated series (index over time, followers, activity): axes, legend, a text
// summary for screen readers and the data as a table behind a disclosure. Drawn at its real width, themed by
// DSFR colour tokens so that it follows the light and dark themes.
import { fr } from '@codegouvfr/react-dsfr';
import { useId, useMemo } from 'react';
import { useT } from '../../../app/i18n/lang.ts';
import { ChartDataTable } from './ChartDataTable.tsx';
import { dateTicks, dateTime, linearScale, niceTicks } from './chartScales.ts';
import { useFormatters } from './format.ts';
import { observatoryComponentMessages } from './messages.ts';
import { markerPath, seriesStyle } from './seriesStyles.ts';
import { useElementWidth } from './useElementWidth.ts';

export interface ChartPoint {
  /** `YYYY-MM-DD` */
  date: string;
  value: number | null;
}

export interface ChartSeries {
  /** Stable key (a country code, an account id). */
  key: string;
  /** Shown in the legend, the table header and the summary. */
  label: string;
  points: readonly ChartPoint[];
}

export interface LineChartProps {
  /** The figure's caption and the table's caption. */
  title: string;
  series: readonly ChartSeries[];
  /** What the values are, with their unit: the y axis title ("Indice (0-100)"). */
  valueLabel: string;
  formatValue?: (value: number) => string;
  /** Fixed value range (0-100 for an index); otherwise fitted to the data. */
  yDomain?: readonly [number, number];
  /** Values cannot go below zero (counts): the axis starts at zero. */
  fromZero?: boolean;
  height?: number;
  className?: string;
}

// The top margin holds the value axis title.
const margin = { top: 28, right: 16, bottom: 30 } as const;

export function LineChart({
  title,
  series,
  valueLabel,
  formatValue,
  yDomain,
  fromZero = false,
  height = 280,
  className,
}: LineChartProps) {
  const t = useT(observatoryComponentMessages);
  const format = useFormatters();
  const formatY = formatValue ?? ((value: number) => format.compact(value));
  const [containerRef, width] = useElementWidth<HTMLDivElement>(640);
  const id = useId();
  const captionId = `${id}-caption`;
  const descriptionId = `${id}-description`;

  const dates = useMemo(() => [...new Set(series.flatMap((s) => s.points.map((p) => p.date)))].sort(), [series]);
  const values = series.flatMap((s) => s.points.flatMap((p) => (p.value === null ? [] : [p.value])));

  if (dates.length === 0 || values.length === 0) {
    return (
      <figure className={className ?? fr.cx('fr-my-3w')} style={{ marginInline: 0 }}>
        <figcaption className={fr.cx('fr-text--bold')}>{title}</figcaption>
        <p className={fr.cx('fr-text--sm', 'fr-mb-0')}>{t.chartNoData}</p>
      </figure>
    );
  }

  const dataMin = Math.min(...values);
  const dataMax = Math.max(...values);
  const ticks = yDomain
    ? niceTicks(yDomain[0], yDomain[1], 5)
    : niceTicks(fromZero ? Math.min(0, dataMin) : dataMin, dataMax, 5);
  const yLow = ticks[0] ?? dataMin;
  const yHigh = ticks.at(-1) ?? dataMax;
  const tickLabels = ticks.map((tick) => formatY(tick));
  // Room for the longest tick label (about 7 px a character at the DSFR's 0.75rem).
  const left = Math.max(...tickLabels.map((label) => label.length)) * 7 + 14;
  const plotRight = width - margin.right;
  const plotBottom = height - margin.bottom;
  const first = dateTime(dates[0] ?? '');
  const last = dateTime(dates.at(-1) ?? '');
  const x = linearScale([first, last], [left, plotRight]);
  const y = linearScale([yLow, yHigh], [plotBottom, margin.top]);
  const xTicks = dateTicks(dates, (date) => x(dateTime(date)), 80);
  const showMarkers = dates.length <= 40;

  const summary = [
    t.chartSummary(series.length, format.date(dates[0] ?? ''), format.date(dates.at(-1) ?? '')),
    ...series.map((s) => {
      const defined = s.points.flatMap((p) => (p.value === null ? [] : [p.value]));
      const lastValue = defined.at(-1);
      if (lastValue === undefined) return `${s.label} : —`;
      return t.chartSeriesSummary(
        s.label,
        formatY(lastValue),
        formatY(Math.min(...defined)),
        formatY(Math.max(...defined)),
      );
    }),
  ].join(' ');

  return (
    <figure className={className ?? fr.cx('fr-my-3w')} style={{ marginInline: 0 }}>
      <figcaption id={captionId} className={fr.cx('fr-text--bold', 'fr-mb-1w')}>
        {title}
      </figcaption>
      <p id={descriptionId} className={fr.cx('fr-sr-only')}>
        {summary}
      </p>
      <div ref={containerRef} style={{ width: '100%' }}>
        <svg
          role="img"
          aria-labelledby={captionId}
          aria-describedby={descriptionId}
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          style={{ display: 'block', overflow: 'visible', fontSize: '0.75rem' }}
        >
          <title>{title}</title>
          <text x={0} y={14} style={{ fill: 'var(--text-mention-grey)' }} dominantBaseline="auto">
            {valueLabel}
          </text>
          {ticks.map((tick, i) => (
            <g key={tick}>
              <line
                x1={left}
                x2={plotRight}
                y1={y(tick)}
                y2={y(tick)}
                style={{ stroke: 'var(--border-default-grey)' }}
                strokeWidth={1}
              />
              <text
                x={left - 6}
                y={y(tick)}
                textAnchor="end"
                dominantBaseline="middle"
                style={{ fill: 'var(--text-mention-grey)' }}
              >
                {tickLabels[i]}
              </text>
            </g>
          ))}
          <line
            x1={left}
            x2={plotRight}
            y1={plotBottom}
            y2={plotBottom}
            style={{ stroke: 'var(--text-mention-grey)' }}
          />
          {xTicks.map((date, i) => (
            <text
              key={date}
              x={x(dateTime(date))}
              y={plotBottom + 18}
              textAnchor={i === 0 ? 'start' : i === xTicks.length - 1 ? 'end' : 'middle'}
              style={{ fill: 'var(--text-mention-grey)' }}
            >
              {format.shortDate(date)}
            </text>
          ))}
          {series.map((s, index) => {
            const style = seriesStyle(index);
            const defined = s.points.filter((p) => p.value !== null);
            return (
              <g key={s.key}>
                <path
                  d={linePath(
                    s.points,
                    (p) => x(dateTime(p.date)),
                    (value) => y(value),
                  )}
                  fill="none"
                  strokeWidth={2.5}
                  strokeLinejoin="round"
                  strokeLinecap="round"
                  strokeDasharray={style.dash}
                  style={{ stroke: style.color }}
                />
                {(showMarkers ? defined : defined.slice(-1)).map((p) => (
                  <path
                    key={p.date}
                    d={markerPath(style.marker, x(dateTime(p.date)), y(p.value ?? 0))}
                    style={{ fill: style.color, stroke: 'var(--background-default-grey)' }}
                    strokeWidth={1}
                  >
                    <title>{`${s.label}, ${format.date(p.date)} : ${formatY(p.value ?? 0)}`}</title>
                  </path>
                ))}
              </g>
            );
          })}
        </svg>
      </div>
      <ChartLegend series={series} label={t.chartLegend} />
      <ChartDataTable
        title={title}
        toggleLabel={t.chartShowTable}
        dateLabel={t.chartDate}
        dates={dates}
        series={series}
        formatDate={format.date}
        formatValue={formatY}
      />
    </figure>
  );
}

/** The line of a series, broken where a value is missing rather than drawn across the gap. */
function linePath(
  points: readonly ChartPoint[],
  px: (point: ChartPoint) => number,
  py: (value: number) => number,
): string {
  let d = '';
  let pen = false;
  for (const point of [...points].sort((a, b) => a.date.localeCompare(b.date))) {
    if (point.value === null) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${px(point).toFixed(1)},${py(point.value).toFixed(1)}`;
    pen = true;
  }
  return d;
}

function ChartLegend({ series, label }: { series: readonly ChartSeries[]; label: string }) {
  return (
    <ul
      aria-label={label}
      className={fr.cx('fr-raw-list', 'fr-text--sm', 'fr-mt-1w', 'fr-mb-1w')}
      style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem 1.5rem' }}
    >
      {series.map((s, index) => {
        const style = seriesStyle(index);
        return (
          <li key={s.key} style={{ display: 'flex', alignItems: 'center', gap: '0.5rem' }}>
            <svg width={36} height={12} aria-hidden="true" focusable="false">
              <line
                x1={2}
                x2={34}
                y1={6}
                y2={6}
                strokeWidth={2.5}
                strokeDasharray={style.dash}
                style={{ stroke: style.color }}
              />
              <path d={markerPath(style.marker, 18, 6)} style={{ fill: style.color }} />
            </svg>
            {s.label}
          </li>
        );
      })}
    </ul>
  );
}
