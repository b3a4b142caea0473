// The list of the form's errors, shown above it after a failed submission and given focus, each a link to its field.
import { fr } from '@codegouvfr/react-dsfr';
import { forwardRef } from 'react';
import { useT } from '../../../../app/i18n/lang.ts';
import { hotlineMessages } from '../messages.ts';

export interface SummaryItem {
  id: string;
  label: string;
  message: string;
}

export const ErrorSummary = forwardRef<HTMLElement, { items: readonly SummaryItem[] }>(function ErrorSummary(
  { items },
  ref,
) {
  const t = useT(hotlineMessages);
  return (
    <section
      ref={ref}
      tabIndex={-1}
      aria-labelledby="hotline-error-summary-title"
      className={fr.cx('fr-alert', 'fr-alert--error', 'fr-mb-4w')}
    >
      <h2 id="hotline-error-summary-title" className={fr.cx('fr-alert__title')}>
        {t.summaryTitle(items.length)}
      </h2>
      <p>{t.summaryHelp}</p>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <a
              href={`#${item.id}`}
              onClick={(event) => {
                // Focus the field itself (a plain anchor jump would scroll without moving the keyboard focus).
                event.preventDefault();
                const field = document.getElementById(item.id);
                field?.focus();
                field?.scrollIntoView({ block: 'center' });
              }}
            >
              {t.summaryItem(item.label, item.message)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
});
