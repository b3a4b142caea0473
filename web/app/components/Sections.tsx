// The building blocks of the area landing pages: a titled list, a titled definition list, a grid of tiles.
import { fr } from '@codegouvfr/react-dsfr';
import type { ReactNode } from 'react';

interface SectionProps {
  id: string;
  title: string;
  /** Narrow sections keep a comfortable line length. */
  narrow?: boolean;
  children: ReactNode;
}

export function Section({ id, title, narrow = true, children }: SectionProps) {
  return (
    <section aria-labelledby={id} className={narrow ? fr.cx('fr-mb-5w', 'fr-col-md-10') : fr.cx('fr-mb-5w')}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

export function ListSection({ id, title, items }: { id: string; title: string; items: readonly string[] }) {
  return (
    <Section id={id} title={title}>
      <ul>
        {items.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </Section>
  );
}

export function WhoWhat({ rows }: { rows: readonly { who: string; what: string }[] }) {
  return (
    <dl>
      {rows.map((row) => (
        <div key={row.who} className={fr.cx('fr-mb-2w')}>
          <dt className={fr.cx('fr-text--bold')}>{row.who}</dt>
          <dd className={fr.cx('fr-ml-0')}>{row.what}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Tiles of name + text; `numbered` renders an ordered list (the export journey's steps). */
export function Tiles({
  items,
  numbered = false,
}: {
  items: readonly { name: string; text: string }[];
  numbered?: boolean;
}) {
  const tiles = items.map((item, index) => (
    <li key={item.name} className={fr.cx('fr-col-12', 'fr-col-sm-6', 'fr-col-lg-4')}>
      <div className={fr.cx('fr-tile', 'fr-tile--sm')} style={{ height: '100%' }}>
        <div className={fr.cx('fr-tile__body')}>
          <div className={fr.cx('fr-tile__content')}>
            <h3 className={fr.cx('fr-tile__title')}>{numbered ? `${index + 1}. ${item.name}` : item.name}</h3>
            <p className={fr.cx('fr-tile__desc')}>{item.text}</p>
          </div>
        </div>
      </div>
    </li>
  ));
  const className = fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-raw-list');
  return numbered ? <ol className={className}>{tiles}</ol> : <ul className={className}>{tiles}</ul>;
}
