// Page state kept in the URL's search parameters, so that a view (window, compared countries) can be shared,
// bookmarked and restored with the back button.
import { useCallback } from 'react';
import { generatePath, useSearchParams } from 'react-router';
import { WINDOWS } from '../../../../common/observatory-terms.ts';
import { paths } from '../../../app/paths.ts';

/** The schema's `WindowKind` widens to string (its union is built from a mapped array): the literal union here. */
export type ScoringWindow = (typeof WINDOWS)[number];

export const defaultWindow: ScoringWindow = '30d';

function isWindow(value: string | null): value is ScoringWindow {
  return value !== null && (WINDOWS as readonly string[]).includes(value);
}

/** One search parameter as a string; setting undefined or '' removes it. History entries are replaced. */
export function useSearchParam(name: string): [string | null, (value: string | undefined) => void] {
  const [params, setParams] = useSearchParams();
  const set = useCallback(
    (value: string | undefined) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (value === undefined) next.delete(name);
          else next.set(name, value);
          return next;
        },
        { replace: true, preventScrollReset: true },
      ),
    [name, setParams],
  );
  return [params.get(name), set];
}

const windowParam = 'periode';

const windowSearch = (window: ScoringWindow) => (window === defaultWindow ? '' : `?${windowParam}=${window}`);

/** The console URL of a country, keeping the window the reader chose. */
export function countryConsoleUrl(country: string, window: ScoringWindow): string {
  return `${generatePath(paths.observatoryCountry, { country })}${windowSearch(window)}`;
}

/** The score page URL of an account, keeping the window the reader chose. */
export function accountScoreUrl(id: number, window: ScoringWindow): string {
  return `${generatePath(paths.observatoryAccount, { id: String(id) })}${windowSearch(window)}`;
}

/** The scoring window (`?periode=`), 30 rolling days by default. */
export function useWindowParam(): [ScoringWindow, (window: ScoringWindow) => void] {
  const [value, set] = useSearchParam(windowParam);
  const setWindow = useCallback((window: ScoringWindow) => set(window === defaultWindow ? undefined : window), [set]);
  return [isWindow(value) ? value : defaultWindow, setWindow];
}

/**
 * Up to `max` country codes (`?comparer=FR,DE`). null when the parameter is absent, so that a page can pick a
 * default; an empty list when the reader removed them all.
 */
export function useCountryListParam(name: string, max = 4): [string[] | null, (codes: readonly string[]) => void] {
  const [value, set] = useSearchParam(name);
  const codes =
    value === null
      ? null
      : [...new Set(value.split(',').map((code) => code.trim().toUpperCase()))]
          .filter((code) => /^[A-Z]{2}$/.test(code))
          .slice(0, max);
  const setCodes = useCallback((next: readonly string[]) => set(next.slice(0, max).join(',')), [set, max]);
  return [codes, setCodes];
}
