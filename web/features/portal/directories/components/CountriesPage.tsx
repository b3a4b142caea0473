// /portail-export/pays: the country directory. A search (French or English names, `?q=` in the URL) and every
// country grouped by continent or in alphabetical order (`?ordre=alphabetique`), each linking to its page.
import { fr } from '@codegouvfr/react-dsfr';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { CountrySummary } from '../../../../../common/schemas/portal.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { useLang, useT } from '../../../../app/i18n/lang.ts';
import { PortalPageHeader } from '../../components/PortalPageHeader.tsx';
import { countryUrl } from '../../components/portalUrls.ts';
import { compareLabels } from '../../components/terms.ts';
import { useCountries } from '../api/useCountries.ts';
import { directoriesMessages } from '../messages.ts';

type Order = 'continent' | 'alphabetique';

/** The letter a country is filed under: "Émirats" under E. */
const initial = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .charAt(0)
    .toUpperCase();

export function CountriesPage() {
  const t = useT(directoriesMessages);
  const lang = useLang();
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').trim().slice(0, 200);
  const order: Order = params.get('ordre') === 'alphabetique' ? 'alphabetique' : 'continent';
  const countries = useCountries(q);
  const items = countries.data?.items ?? [];

  const setParam = (name: string, value: string | undefined, replace = false) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace, preventScrollReset: true },
    );

  const groups = useMemo(() => {
    const compare = compareLabels(lang);
    const byGroup = new Map<string, CountrySummary[]>();
    for (const country of items) {
      const key = order === 'continent' ? country.continent || t.otherContinent : initial(country.name);
      byGroup.set(key, [...(byGroup.get(key) ?? []), country]);
    }
    return [...byGroup.entries()]
      .sort(([a], [b]) => compare(a, b))
      .map(([name, members]) => ({ name, members: members.sort((a, b) => compare(a.name, b.name)) }));
  }, [items, order, lang, t.otherContinent]);

  return (
    <>
      <PortalPageHeader title={t.countriesTitle} lead={t.countriesLead} />
      <SearchForm q={q} onSubmit={(value) => setParam('q', value)} />
      <fieldset className={fr.cx('fr-fieldset', 'fr-mb-2w')} aria-labelledby="countries-order-legend">
        <legend id="countries-order-legend" className={fr.cx('fr-fieldset__legend', 'fr-fieldset__legend--regular')}>
          {t.orderLegend}
        </legend>
        {(
          [
            ['continent', t.byContinent],
            ['alphabetique', t.alphabetical],
          ] as const
        ).map(([value, label]) => (
          <div key={value} className={fr.cx('fr-fieldset__element', 'fr-fieldset__element--inline')}>
            <div className={fr.cx('fr-radio-group', 'fr-radio-group--sm')}>
              <input
                type="radio"
                id={`countries-order-${value}`}
                name="countries-order"
                value={value}
                checked={order === value}
                onChange={() => setParam('ordre', value === 'continent' ? undefined : value, true)}
              />
              <label className={fr.cx('fr-label')} htmlFor={`countries-order-${value}`}>
                {label}
              </label>
            </div>
          </div>
        ))}
      </fieldset>

      <p role="status" className={fr.cx('fr-text--bold')}>
        {countries.isFetching ? '' : countries.data ? t.countriesCount(countries.data.total, q) : ''}
      </p>
      {countries.isPending && <Loading />}
      <ApiErrorAlert error={countries.error} />
      {countries.isSuccess && items.length === 0 && <p>{t.countriesEmpty}</p>}
      {items.length > 0 && (
        <>
          <p className={fr.cx('fr-text--sm')}>
            <span className={fr.cx('fr-icon-user-line', 'fr-icon--sm', 'fr-mr-1v')} aria-hidden="true" />
            {t.hasContactsLegend}
          </p>
          {groups.map((group, index) => (
            <section key={group.name} aria-labelledby={`countries-group-${index}`} className={fr.cx('fr-mb-4w')}>
              <h2 id={`countries-group-${index}`} className={fr.cx('fr-h4')}>
                {group.name}
              </h2>
              <ul className={fr.cx('fr-raw-list')} style={{ columnWidth: '15rem', columnGap: '2rem' }}>
                {group.members.map((country) => (
                  <li key={country.iso2} className={fr.cx('fr-mb-1v')} style={{ breakInside: 'avoid' }}>
                    <Link className={fr.cx('fr-link')} to={countryUrl(country.iso2)}>
                      {country.name}
                    </Link>
                    {country.hasNetworkContacts && (
                      <>
                        <span className={fr.cx('fr-icon-user-line', 'fr-icon--sm', 'fr-ml-1v')} aria-hidden="true" />
                        <span className={fr.cx('fr-sr-only')}> ({t.hasContacts})</span>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </>
  );
}

function SearchForm({ q, onSubmit }: { q: string; onSubmit: (q: string | undefined) => void }) {
  const t = useT(directoriesMessages);
  const [words, setWords] = useState(q);
  useEffect(() => setWords(q), [q]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(words.trim() || undefined);
  };
  return (
    <search aria-label={t.searchLegend}>
      <form onSubmit={submit} className={fr.cx('fr-col-md-8', 'fr-mb-3w')}>
        <label className={fr.cx('fr-label', 'fr-mb-1w')} htmlFor="countries-q">
          {t.searchLegend}
          <span className={fr.cx('fr-hint-text')}>{t.searchLabel}</span>
        </label>
        <div className={fr.cx('fr-search-bar')}>
          <input
            className={fr.cx('fr-input')}
            type="search"
            id="countries-q"
            name="q"
            maxLength={200}
            value={words}
            onChange={(event) => setWords(event.target.value)}
          />
          <button type="submit" className={fr.cx('fr-btn')}>
            {t.searchSubmit}
          </button>
        </div>
        {q && (
          <button
            type="button"
            className={fr.cx('fr-btn', 'fr-btn--tertiary-no-outline', 'fr-btn--sm', 'fr-mt-1w')}
            onClick={() => onSubmit(undefined)}
          >
            {t.searchClear}
          </button>
        )}
      </form>
    </search>
  );
}
