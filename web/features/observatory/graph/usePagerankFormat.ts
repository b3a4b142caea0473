// PageRank values are small shares of 1 (0,000123): three significant digits, in the interface's number format.
import { useMemo } from 'react';
import { useLang } from '../../../app/i18n/lang.ts';
import { locales } from '../components/format.ts';

export function usePagerankFormat(): (value: number) => string {
  const lang = useLang();
  return useMemo(() => {
    const format = new Intl.NumberFormat(locales[lang], { maximumSignificantDigits: 3 });
    return (value: number) => format.format(value);
  }, [lang]);
}
