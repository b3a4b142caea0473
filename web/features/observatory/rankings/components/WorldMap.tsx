// The world choropleth: each ranked country coloured by its index class and a link to its console; a legend;
// the ranking table after it is the text alternative. Shapes are loaded on demand (see worldShapes.ts).
import { fr } from '@codegouvfr/react-dsfr';
import { useQuery } from '@tanstack/react-query';
import { type MouseEvent, useId, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import type { CountryRankingItem } from '../../../../../common/schemas/observatory.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { useCountryName } from '../../components/countries.ts';
import { useFormatters } from '../../components/format.ts';
import { countryConsoleUrl, type ScoringWindow } from '../../components/urlState.ts';
import { rankingMessages } from '../messages.ts';
import { classOf, mapClasses, noScoreColor } from './mapScale.ts';
import { loadWorldShapes } from './worldShapes.ts';

export function WorldMap({
  items,
  tableId,
  window,
}: {
  items: readonly CountryRankingItem[];
  tableId: string;
  window: ScoringWindow;
}) {
  const t = useT(rankingMessages);
  const format = useFormatters();
  const name = useCountryName();
  const navigate = useNavigate();
  const captionId = useId();
  const shapes = useQuery({ queryKey: ['observatory', 'world-shapes'], queryFn: loadWorldShapes, staleTime: Infinity });
  const [active, setActive] = useState<string | null>(null);
  const byCode = useMemo(() => new Map(items.map((item) => [item.country, item])), [items]);
  const classes = useMemo(() => mapClasses(items), [items]);
  const activeItem = active ? byCode.get(active) : undefined;

  const open = (event: MouseEvent<Element>, url: string) => {
    // Let the browser handle new-tab and download gestures; a plain click stays inside the app.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(url);
  };

  return (
    <figure className={fr.cx('fr-mb-2w')} style={{ margin: 0 }}>
      <p className={fr.cx('fr-text--sm', 'fr-mb-1w')}>
        <a className={fr.cx('fr-link', 'fr-text--sm')} href={`#${tableId}`}>
          {t.mapSkip}
        </a>
      </p>
      <figcaption id={captionId} className={fr.cx('fr-text--bold', 'fr-mb-1w')}>
        {t.mapCaption}
      </figcaption>
      <p className={fr.cx('fr-text--sm', 'fr-mb-1w')}>{t.mapHelp}</p>
      {shapes.isPending && (
        <p role="status" className={fr.cx('fr-text--sm')}>
          {t.mapLoading}
        </p>
      )}
      {shapes.isError && <p className={fr.cx('fr-error-text', 'fr-mb-2w')}>{t.mapError}</p>}
      {shapes.data && (
        <svg
          aria-labelledby={captionId}
          viewBox={`0 0 ${shapes.data.width} ${shapes.data.height}`}
          width="100%"
          style={{ display: 'block', height: 'auto', maxHeight: '70vh' }}
          data-testid="world-map"
        >
          <title>{t.mapCaption}</title>
          {shapes.data.countries.map((shape) => {
            const item = shape.code ? byCode.get(shape.code) : undefined;
            const highlighted = item !== undefined && active === item.country;
            const fill = item ? (classOf(item.index, classes)?.color ?? noScoreColor) : noScoreColor;
            const outline = (
              <path
                d={shape.d}
                style={{
                  fill,
                  stroke: highlighted ? 'var(--text-default-grey)' : 'var(--background-default-grey)',
                }}
                strokeWidth={highlighted ? 1.5 : 0.5}
                strokeLinejoin="round"
              />
            );
            if (!item) return <g key={shape.code ?? shape.atlasName}>{outline}</g>;
            const url = countryConsoleUrl(item.country, window);
            return (
              <a
                key={item.country}
                href={url}
                aria-label={t.mapCountryLabel(name(item.country), item.rank, format.decimal(item.index))}
                onClick={(event) => open(event, url)}
                onMouseEnter={() => setActive(item.country)}
                onMouseLeave={() => setActive(null)}
                onFocus={() => setActive(item.country)}
                onBlur={() => setActive(null)}
              >
                {outline}
              </a>
            );
          })}
        </svg>
      )}
      <p className={fr.cx('fr-text--sm', 'fr-mt-1w', 'fr-mb-1w')} aria-hidden="true" style={{ minHeight: '1.5rem' }}>
        {activeItem
          ? t.mapCountryLabel(name(activeItem.country), activeItem.rank, format.decimal(activeItem.index))
          : t.mapHoverHint}
      </p>
      <MapLegend classes={classes} />
    </figure>
  );
}

function MapLegend({ classes }: { classes: ReturnType<typeof mapClasses> }) {
  const t = useT(rankingMessages);
  const format = useFormatters();
  const swatch = (color: string) => (
    <span
      aria-hidden="true"
      style={{
        display: 'inline-block',
        width: '1.5rem',
        height: '0.875rem',
        background: color,
        border: '1px solid var(--border-default-grey)',
        verticalAlign: 'middle',
        marginRight: '0.5rem',
      }}
    />
  );
  return (
    <ul
      aria-label={t.mapLegend}
      className={fr.cx('fr-raw-list', 'fr-text--sm')}
      style={{ display: 'flex', flexWrap: 'wrap', gap: '0.25rem 1.5rem' }}
    >
      {classes.map((entry) => (
        <li key={entry.color}>
          {swatch(entry.color)}
          {`${t.mapLegend} ${format.decimal(entry.min)} – ${format.decimal(entry.max)}`}
        </li>
      ))}
      <li>
        {swatch(noScoreColor)}
        {t.mapNoScore}
      </li>
    </ul>
  );
}
