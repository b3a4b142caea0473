// The agenda's filters: words, dates, country, sector, region and type. Applied with the button (not on each
// keystroke); the URL holds what is applied, so the back button returns to the previous filters.
import { fr } from '@codegouvfr/react-dsfr';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { EVENT_TYPES, SECTORS } from '../../../../../common/portal-terms.ts';
import { useLang, useT } from '../../../../app/i18n/lang.ts';
import { compareLabels, useTerms } from '../../components/terms.ts';
import { useCountries } from '../../directories/api/useCountries.ts';
import { useRegions } from '../../directories/api/useRegions.ts';
import type { AgendaFilters } from '../agendaState.ts';
import { agendaMessages } from '../messages.ts';

export function AgendaFiltersForm({
  filters,
  onApply,
  onClear,
  canClear,
}: {
  filters: AgendaFilters;
  onApply: (next: AgendaFilters) => void;
  onClear: () => void;
  canClear: boolean;
}) {
  const t = useT(agendaMessages);
  const lang = useLang();
  const terms = useTerms();
  const countries = useCountries();
  const regions = useRegions();
  const [draft, setDraft] = useState(filters);
  const [submitted, setSubmitted] = useState(false);
  useEffect(() => setDraft(filters), [filters]);
  const datesInvalid = Boolean(draft.from && draft.to && draft.to < draft.from);

  const set = (name: keyof AgendaFilters) => (event: { target: { value: string } }) =>
    setDraft((previous) => ({ ...previous, [name]: event.target.value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (datesInvalid) return;
    onApply({ ...draft, q: draft.q.trim(), page: 1 });
  };

  const countryOptions = useMemo(() => {
    const compare = compareLabels(lang);
    return [...(countries.data?.items ?? [])].sort((a, b) => compare(a.name, b.name));
  }, [countries.data, lang]);
  const sectorOptions = useMemo(() => {
    const compare = compareLabels(lang);
    return SECTORS.map((sector) => ({ value: sector, label: terms.sector(sector) })).sort((a, b) =>
      compare(a.label, b.label),
    );
  }, [terms, lang]);

  return (
    <search aria-labelledby="agenda-filters">
      <form onSubmit={submit} noValidate className={fr.cx('fr-mb-4w')}>
        <h2 id="agenda-filters" className={fr.cx('fr-h5')}>
          {t.filtersTitle}
        </h2>
        <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
          <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
            <Input
              label={t.q}
              nativeInputProps={{ type: 'search', name: 'q', maxLength: 200, value: draft.q, onChange: set('q') }}
            />
          </div>
          <div className={fr.cx('fr-col-6', 'fr-col-md-3')}>
            <Input
              label={t.from}
              nativeInputProps={{
                type: 'date',
                name: 'from',
                value: draft.from,
                onChange: set('from'),
                'aria-describedby': 'agenda-from-note',
              }}
            />
          </div>
          <div className={fr.cx('fr-col-6', 'fr-col-md-3')}>
            <Input
              label={t.to}
              state={submitted && datesInvalid ? 'error' : 'default'}
              stateRelatedMessage={t.datesInvalid}
              nativeInputProps={{ type: 'date', name: 'to', value: draft.to, onChange: set('to') }}
            />
          </div>
          <div className={fr.cx('fr-col-12', 'fr-col-sm-6', 'fr-col-md-3')}>
            <Select
              label={t.country}
              nativeSelectProps={{ name: 'country', value: draft.country, onChange: set('country') }}
            >
              <option value="">{t.anyCountry}</option>
              {countryOptions.map((country) => (
                <option key={country.iso2} value={country.iso2}>
                  {country.name}
                </option>
              ))}
              {draft.country && !countryOptions.some((country) => country.iso2 === draft.country) && (
                <option value={draft.country}>{terms.country(draft.country)}</option>
              )}
            </Select>
          </div>
          <div className={fr.cx('fr-col-12', 'fr-col-sm-6', 'fr-col-md-3')}>
            <Select
              label={t.sector}
              nativeSelectProps={{ name: 'sector', value: draft.sector, onChange: set('sector') }}
            >
              <option value="">{t.anySector}</option>
              {sectorOptions.map((sector) => (
                <option key={sector.value} value={sector.value}>
                  {sector.label}
                </option>
              ))}
            </Select>
          </div>
          <div className={fr.cx('fr-col-12', 'fr-col-sm-6', 'fr-col-md-3')}>
            <Select
              label={t.region}
              nativeSelectProps={{ name: 'region', value: draft.region, onChange: set('region') }}
            >
              <option value="">{t.anyRegion}</option>
              {(regions.data?.items ?? []).map((region) => (
                <option key={region.code} value={region.code}>
                  {region.name}
                </option>
              ))}
              {draft.region && !(regions.data?.items ?? []).some((region) => region.code === draft.region) && (
                <option value={draft.region}>{draft.region}</option>
              )}
            </Select>
          </div>
          <div className={fr.cx('fr-col-12', 'fr-col-sm-6', 'fr-col-md-3')}>
            <Select label={t.type} nativeSelectProps={{ name: 'type', value: draft.type, onChange: set('type') }}>
              <option value="">{t.anyType}</option>
              {EVENT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {terms.eventType(type)}
                </option>
              ))}
            </Select>
          </div>
        </div>
        <p id="agenda-from-note" className={fr.cx('fr-hint-text', 'fr-mt-1w')}>
          {t.fromHint}
        </p>
        <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-sm', 'fr-btns-group--icon-left', 'fr-mt-2w')}>
          <li>
            <button type="submit" className={fr.cx('fr-btn', 'fr-btn--icon-left', 'fr-icon-filter-line')}>
              {t.apply}
            </button>
          </li>
          {canClear && (
            <li>
              <button
                type="button"
                className={fr.cx('fr-btn', 'fr-btn--secondary', 'fr-btn--icon-left', 'fr-icon-close-circle-line')}
                onClick={onClear}
              >
                {t.clear}
              </button>
            </li>
          )}
        </ul>
      </form>
    </search>
  );
}
