// The network's filters (country, actor type, minimum link weight: applied on submit, since each asks the
// server for a new network) and its display options (dot size, dot colour: applied at once, in the browser).
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { SegmentedControl } from '@codegouvfr/react-dsfr/SegmentedControl';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { type FormEvent, useEffect, useState } from 'react';
import { ACTOR_TYPES } from '../../../../../common/observatory-terms.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { fieldState } from '../../../auth/components/fieldState.ts';
import { observatoryComponentMessages } from '../../components/messages.ts';
import { CountrySelect } from '../../registry/components/CountrySelect.tsx';
import { graphMessages } from '../messages.ts';

export interface ServerFilters {
  country: string;
  type: string;
  minWeight: string;
}

export type SizeBy = 'index' | 'pagerank';
export type ColourBy = 'country' | 'type';

export function parseMinWeight(text: string): number | undefined | 'invalid' {
  if (!text.trim()) return undefined;
  const value = Number(text);
  return Number.isInteger(value) && value >= 1 && value <= 1_000_000 ? value : 'invalid';
}

export function GraphFilters({ applied, onApply }: { applied: ServerFilters; onApply: (f: ServerFilters) => void }) {
  const t = useT(graphMessages);
  const tc = useT(observatoryComponentMessages);
  const [draft, setDraft] = useState(applied);
  const [submitted, setSubmitted] = useState(false);
  // Back and forward change the URL: the fields follow.
  const { country, type, minWeight } = applied;
  useEffect(() => setDraft({ country, type, minWeight }), [country, type, minWeight]);
  const weightError = parseMinWeight(draft.minWeight) === 'invalid' ? t.minWeightInvalid : undefined;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (weightError) {
      document.getElementById('graph-min-weight')?.focus();
      return;
    }
    onApply({ ...draft, minWeight: draft.minWeight.trim() });
  };
  const filtered = Boolean(applied.country || applied.type || applied.minWeight);

  return (
    <form aria-labelledby="graph-filters-title" onSubmit={onSubmit} noValidate className={fr.cx('fr-mb-3w')}>
      <h2 id="graph-filters-title" className={fr.cx('fr-h6')}>
        {t.filtersTitle}
      </h2>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-grid-row--bottom')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
          <CountrySelect
            id="graph-country"
            label={t.country}
            value={draft.country}
            onChange={(country) => setDraft({ ...draft, country })}
            emptyLabel={t.anyCountry}
          />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
          <Select
            label={t.type}
            nativeSelectProps={{
              id: 'graph-type',
              value: draft.type,
              onChange: (e) => setDraft({ ...draft, type: e.target.value }),
            }}
          >
            <option value="">{t.anyType}</option>
            {ACTOR_TYPES.map((type) => (
              <option key={type} value={type}>
                {tc.actorTypes[type] ?? type}
              </option>
            ))}
          </Select>
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
          <Input
            label={t.minWeight}
            hintText={t.minWeightHint}
            {...fieldState(submitted ? weightError : undefined)}
            nativeInputProps={{
              id: 'graph-min-weight',
              inputMode: 'numeric',
              value: draft.minWeight,
              onChange: (e) => setDraft({ ...draft, minWeight: e.target.value }),
            }}
          />
        </div>
      </div>
      <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-mt-2w', 'fr-btns-group--icon-left')}>
        <li>
          <Button type="submit" iconId="fr-icon-filter-line">
            {t.apply}
          </Button>
        </li>
        {filtered && (
          <li>
            <Button
              type="button"
              priority="secondary"
              onClick={() => onApply({ country: '', type: '', minWeight: '' })}
            >
              {t.reset}
            </Button>
          </li>
        )}
      </ul>
    </form>
  );
}

export function DisplayOptions({
  sizeBy,
  colourBy,
  onSizeBy,
  onColourBy,
}: {
  sizeBy: SizeBy;
  colourBy: ColourBy;
  onSizeBy: (value: SizeBy) => void;
  onColourBy: (value: ColourBy) => void;
}) {
  const t = useT(graphMessages);
  const segment = <V extends string>(value: V, current: V, label: string, onChange: (value: V) => void) => ({
    label,
    nativeInputProps: { value, checked: current === value, onChange: () => onChange(value) },
  });
  return (
    <div className={fr.cx('fr-mb-3w')}>
      <h2 className={fr.cx('fr-h6')}>{t.displayTitle}</h2>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <SegmentedControl
            name="graph-size"
            legend={t.sizeLegend}
            small
            segments={[
              segment<SizeBy>('index', sizeBy, t.sizeBy.index, onSizeBy),
              segment<SizeBy>('pagerank', sizeBy, t.sizeBy.pagerank, onSizeBy),
            ]}
          />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <SegmentedControl
            name="graph-colour"
            legend={t.colourLegend}
            small
            segments={[
              segment<ColourBy>('country', colourBy, t.colourBy.country, onColourBy),
              segment<ColourBy>('type', colourBy, t.colourBy.type, onColourBy),
            ]}
          />
        </div>
      </div>
    </div>
  );
}
