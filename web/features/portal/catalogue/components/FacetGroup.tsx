// One filter of the catalogue as a group of checkboxes with the number of offers each value would give. Long
// groups show their first values and a "show more" button; selected values always stay visible.
import { fr } from '@codegouvfr/react-dsfr';
import { useId, useState } from 'react';
import type { FacetValue } from '../../../../../common/schemas/portal.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { catalogueMessages } from '../messages.ts';

const COLLAPSED = 6;

export function FacetGroup({
  name,
  legend,
  values,
  selected,
  onToggle,
}: {
  name: string;
  legend: string;
  /** Without `count`: a filter the API does not count (company size). */
  values: readonly (Omit<FacetValue, 'count'> & { count?: number })[];
  selected: readonly string[];
  onToggle: (value: string) => void;
}) {
  const t = useT(catalogueMessages);
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  // A selected value the current answer no longer counts stays on screen, so that it can be unticked.
  const known = new Set(values.map((value) => value.value));
  const all = [
    ...values.filter((value) => value.count === undefined || value.count > 0 || selected.includes(value.value)),
    ...selected.filter((value) => !known.has(value)).map((value) => ({ value, label: value, count: 0 })),
  ];
  if (all.length === 0) return null;
  const collapsible = all.length > COLLAPSED + 2;
  const shown =
    collapsible && !expanded ? all.filter((value, index) => index < COLLAPSED || selected.includes(value.value)) : all;
  const hidden = all.length - shown.length;
  const legendId = `${id}-legend`;
  const listId = `${id}-list`;

  return (
    <fieldset className={fr.cx('fr-fieldset', 'fr-mb-2w')} aria-labelledby={legendId}>
      <legend id={legendId} className={fr.cx('fr-fieldset__legend', 'fr-text--bold', 'fr-pb-1w')}>
        {legend}
      </legend>
      <div id={listId} style={{ width: '100%' }}>
        {shown.map((value) => {
          const inputId = `${id}-${value.value}`;
          return (
            <div key={value.value} className={fr.cx('fr-fieldset__element', 'fr-mb-1v')}>
              <div className={fr.cx('fr-checkbox-group', 'fr-checkbox-group--sm')}>
                <input
                  type="checkbox"
                  id={inputId}
                  name={name}
                  value={value.value}
                  checked={selected.includes(value.value)}
                  onChange={() => onToggle(value.value)}
                />
                <label className={fr.cx('fr-label')} htmlFor={inputId}>
                  {value.count === undefined ? value.label : `${value.label} (${value.count})`}
                </label>
              </div>
            </div>
          );
        })}
      </div>
      {collapsible && (hidden > 0 || expanded) && (
        <div className={fr.cx('fr-fieldset__element')}>
          <button
            type="button"
            className={fr.cx(
              'fr-btn',
              'fr-btn--tertiary-no-outline',
              'fr-btn--sm',
              'fr-btn--icon-left',
              expanded ? 'fr-icon-arrow-up-s-line' : 'fr-icon-arrow-down-s-line',
            )}
            aria-expanded={expanded}
            aria-controls={listId}
            onClick={() => setExpanded(!expanded)}
          >
            {expanded ? t.showLess(legend) : t.showMore(hidden, legend)}
          </button>
        </div>
      )}
    </fieldset>
  );
}
