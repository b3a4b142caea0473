// Filters of the actors list (name, country, type), applied on submit and written into the URL.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { type FormEvent, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ACTOR_TYPES } from '../../../../../common/observatory-terms.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { observatoryComponentMessages } from '../../components/messages.ts';
import { registryMessages } from '../messages.ts';
import { CountrySelect } from './CountrySelect.tsx';

export function ActorFilterForm({ q, country, type }: { q: string; country: string; type: string }) {
  const t = useT(registryMessages);
  const labels = useT(observatoryComponentMessages);
  const [params, setParams] = useSearchParams();
  const [draft, setDraft] = useState({ q, country, type });
  // Back and forward buttons change the URL: the fields follow.
  useEffect(() => setDraft({ q, country, type }), [q, country, type]);

  const apply = (values: typeof draft) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of [
      ['q', values.q.trim()],
      ['pays', values.country],
      ['type', values.type],
    ] as const) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    next.delete('page');
    setParams(next);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    apply(draft);
  };
  const filtered = Boolean(q || country || type);

  return (
    <form aria-labelledby="actor-filters-title" onSubmit={onSubmit} className={fr.cx('fr-mb-3w')}>
      <h3 id="actor-filters-title" className={fr.cx('fr-h6')}>
        {t.filtersTitle}
      </h3>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-grid-row--bottom')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
          <Input
            label={t.search}
            hintText={t.searchHint}
            nativeInputProps={{
              id: 'actor-filter-q',
              type: 'search',
              maxLength: 200,
              value: draft.q,
              onChange: (e) => setDraft({ ...draft, q: e.target.value }),
            }}
          />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
          <CountrySelect
            id="actor-filter-country"
            label={t.country}
            value={draft.country}
            onChange={(value) => setDraft({ ...draft, country: value })}
            emptyLabel={t.anyCountry}
          />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
          <Select
            label={t.type}
            nativeSelectProps={{
              id: 'actor-filter-type',
              value: draft.type,
              onChange: (e) => setDraft({ ...draft, type: e.target.value }),
            }}
          >
            <option value="">{t.anyType}</option>
            {ACTOR_TYPES.map((value) => (
              <option key={value} value={value}>
                {labels.actorTypes[value] ?? value}
              </option>
            ))}
          </Select>
        </div>
      </div>
      <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-mt-2w', 'fr-btns-group--icon-left')}>
        <li>
          <Button type="submit" iconId="fr-icon-search-line">
            {t.filter}
          </Button>
        </li>
        {filtered && (
          <li>
            <Button type="button" priority="secondary" onClick={() => apply({ q: '', country: '', type: '' })}>
              {t.clearFilters}
            </Button>
          </li>
        )}
      </ul>
    </form>
  );
}
