// A grid of cards that shows its first items and a button for the rest (a step can have a hundred contacts).
// The button says how many more it shows and tells assistive technologies whether the list is expanded.
import { fr } from '@codegouvfr/react-dsfr';
import { type ReactNode, useId, useState } from 'react';

export function ShowMoreList<T>({
  items,
  initial,
  itemKey,
  renderItem,
  moreLabel,
  lessLabel,
  itemClassName = fr.cx('fr-col-12', 'fr-col-md-6', 'fr-col-lg-4'),
}: {
  items: readonly T[];
  initial: number;
  itemKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  moreLabel: (hidden: number) => string;
  lessLabel: string;
  itemClassName?: string;
}) {
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  // A few extra items are not worth a button.
  const collapsible = items.length > initial + 2;
  const shown = collapsible && !expanded ? items.slice(0, initial) : items;
  return (
    <>
      <ul id={id} className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-raw-list', 'fr-mb-2w')}>
        {shown.map((item) => (
          <li key={itemKey(item)} className={itemClassName}>
            {renderItem(item)}
          </li>
        ))}
      </ul>
      {collapsible && (
        <button
          type="button"
          className={fr.cx(
            'fr-btn',
            'fr-btn--secondary',
            'fr-btn--sm',
            'fr-btn--icon-left',
            expanded ? 'fr-icon-arrow-up-s-line' : 'fr-icon-arrow-down-s-line',
            'fr-mb-3w',
          )}
          aria-expanded={expanded}
          aria-controls={id}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? lessLabel : moreLabel(items.length - initial)}
        </button>
      )}
    </>
  );
}
