// The DSFR table frame (scrolling wrapper around a <table>), so that pages write only the table itself.
import { fr } from '@codegouvfr/react-dsfr';
import type { ReactNode } from 'react';

export function TableFrame({
  children,
  small = false,
  hideCaption = false,
  multiline = false,
  className,
  testId,
}: {
  children: ReactNode;
  small?: boolean;
  /** The caption stays for screen readers but is not shown (a heading right above already says it). */
  hideCaption?: boolean;
  /** Cells wrap their text (DSFR tables keep each cell on one line by default). */
  multiline?: boolean;
  className?: string;
  testId?: string;
}) {
  return (
    <div
      className={`${fr.cx('fr-table', small && 'fr-table--sm', hideCaption && 'fr-table--no-caption', multiline && 'fr-table--multiline', 'fr-mb-2w')}${className ? ` ${className}` : ''}`}
      data-testid={testId}
    >
      <div className={fr.cx('fr-table__wrapper')}>
        <div className={fr.cx('fr-table__container')}>
          <div className={fr.cx('fr-table__content')}>{children}</div>
        </div>
      </div>
    </div>
  );
}
