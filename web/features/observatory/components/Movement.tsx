// A rank movement: an arrow and a number for the eye, a sentence for screen readers ("up 3 places").
import { fr } from '@codegouvfr/react-dsfr';
import { useT } from '../../../app/i18n/lang.ts';
import { observatoryComponentMessages } from './messages.ts';

/** `verbose`: the sentence is shown, not only the arrow and the number (headline figures). */
export function Movement({ value, verbose = false }: { value: number | null; verbose?: boolean }) {
  const t = useT(observatoryComponentMessages);
  const label =
    value === null
      ? t.movementNew
      : value > 0
        ? t.movementUp(value)
        : value < 0
          ? t.movementDown(-value)
          : t.movementSame;
  const icon =
    value === null
      ? 'fr-icon-star-line'
      : value > 0
        ? 'fr-icon-arrow-up-line'
        : value < 0
          ? 'fr-icon-arrow-down-line'
          : 'fr-icon-subtract-line';
  const color =
    value === null || value === 0
      ? 'var(--text-mention-grey)'
      : value > 0
        ? 'var(--text-default-success)'
        : 'var(--text-default-error)';
  if (verbose) {
    return (
      <span style={{ color }}>
        <span className={fr.cx(icon, 'fr-mr-1w')} aria-hidden="true" />
        {label.charAt(0).toUpperCase() + label.slice(1)}
      </span>
    );
  }
  return (
    <span title={label} style={{ whiteSpace: 'nowrap', color }}>
      <span className={fr.cx(icon, 'fr-icon--sm')} aria-hidden="true" />
      <span aria-hidden="true">{value === null || value === 0 ? '' : ` ${Math.abs(value)}`}</span>
      <span className={fr.cx('fr-sr-only')}>{label}</span>
    </span>
  );
}
