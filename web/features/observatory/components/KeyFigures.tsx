// Key figures as a description list laid out in a grid of boxes: a label, a large value, an optional note.
import { fr } from '@codegouvfr/react-dsfr';
import type { ReactNode } from 'react';

export interface KeyFigure {
  key: string;
  label: string;
  value: ReactNode;
  note?: string | undefined;
}

/** DSFR indents list items (dd included): figures sit flush in their box. */
const flush = { marginLeft: 0, paddingLeft: 0 } as const;

export function KeyFigures({ figures, className }: { figures: readonly KeyFigure[]; className?: string }) {
  return (
    <dl
      className={className ?? fr.cx('fr-mb-4w')}
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(12rem, 1fr))',
        gap: '1rem',
        paddingLeft: 0,
      }}
    >
      {figures.map((figure) => (
        <div
          key={figure.key}
          className={fr.cx('fr-p-2w')}
          style={{
            background: 'var(--background-alt-grey)',
            borderBottom: '3px solid var(--border-plain-blue-france)',
          }}
        >
          <dt className={fr.cx('fr-text--sm', 'fr-mb-1v')}>{figure.label}</dt>
          <dd className={fr.cx('fr-h4', 'fr-mb-0')} style={flush}>
            {figure.value}
          </dd>
          {figure.note && (
            <dd
              className={fr.cx('fr-text--xs', 'fr-mb-0', 'fr-mt-1v')}
              style={{ ...flush, color: 'var(--text-mention-grey)' }}
            >
              {figure.note}
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
