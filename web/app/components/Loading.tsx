import { fr } from '@codegouvfr/react-dsfr';
import { useT } from '../i18n/lang.ts';
import { commonMessages } from './messages.ts';

/** A polite loading message, announced to screen readers. */
export function Loading({ label }: { label?: string }) {
  const t = useT(commonMessages);
  return (
    <p role="status" className={fr.cx('fr-py-4w', 'fr-text--lg')}>
      <span className={fr.cx('fr-icon-refresh-line', 'fr-mr-1w')} aria-hidden="true" />
      {label ?? t.loading}
    </p>
  );
}
