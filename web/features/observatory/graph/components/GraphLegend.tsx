// What the colours mean: each coloured group with its count of accounts, then the grey "others".
import { fr } from '@codegouvfr/react-dsfr';
import { useT } from '../../../../app/i18n/lang.ts';
import { useFormatters } from '../../components/format.ts';
import { graphMessages } from '../messages.ts';
import { otherColour, type Palette } from '../palette.ts';

function Swatch({ colour }: { colour: string }) {
  return (
    <span
      aria-hidden="true"
      style={{
        display: 'inline-block',
        width: '0.875rem',
        height: '0.875rem',
        borderRadius: '50%',
        background: colour,
        marginRight: '0.5rem',
        verticalAlign: 'middle',
      }}
    />
  );
}

export function GraphLegend({ palette, nameOf }: { palette: Palette; nameOf: (group: string) => string }) {
  const t = useT(graphMessages);
  const format = useFormatters();
  return (
    <div className={fr.cx('fr-mb-2w')}>
      <h3 id="graph-legend-title" className={fr.cx('fr-h6', 'fr-mb-1w')}>
        {t.legendTitle}
      </h3>
      <ul
        aria-labelledby="graph-legend-title"
        className={fr.cx('fr-raw-list', 'fr-text--sm')}
        style={{ display: 'flex', flexWrap: 'wrap', gap: '0.25rem 1.5rem' }}
      >
        {palette.legend.map((entry) => (
          <li key={entry.key || 'unknown'}>
            <Swatch colour={entry.colour} />
            {nameOf(entry.key)} ({format.integer(entry.count)})
          </li>
        ))}
        {palette.others > 0 && (
          <li>
            <Swatch colour={otherColour} />
            {t.other} ({format.integer(palette.others)})
          </li>
        )}
      </ul>
    </div>
  );
}
