// Number and date formatting of the observatory pages, in the interface language (Intl, no library).
import { useMemo } from 'react';
import { type Lang, useLang } from '../../../app/i18n/lang.ts';

export const locales: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

/** `YYYY-MM-DD` dates are calendar days: formatted in UTC so that no time zone shifts them by one. */
function utcDate(date: string): Date {
  return new Date(`${date.slice(0, 10)}T00:00:00Z`);
}

export function makeFormatters(lang: Lang) {
  const locale = locales[lang];
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  const signed = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero', maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const shortDay = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });
  const dash = '—';
  const orDash =
    <T>(format: (value: T) => string) =>
    (value: T | null | undefined) =>
      value === null || value === undefined ? dash : format(value);
  return {
    /** 12 345 */
    integer: orDash((value: number) => integer.format(value)),
    /** 12,3: the index and other scores */
    decimal: orDash((value: number) => decimal.format(value)),
    /** 12 k, 1,2 M: chart axes */
    compact: orDash((value: number) => compact.format(value)),
    /** +12, −3 */
    signed: orDash((value: number) => signed.format(value)),
    /** 0.123 → 12,3 % */
    percent: orDash((value: number) => percent.format(value)),
    date: orDash((value: string) => day.format(utcDate(value))),
    shortDate: orDash((value: string) => shortDay.format(utcDate(value))),
    dateTime: orDash((value: string) => dateTime.format(new Date(value))),
  };
}

export type Formatters = ReturnType<typeof makeFormatters>;

export function useFormatters(): Formatters {
  const lang = useLang();
  return useMemo(() => makeFormatters(lang), [lang]);
}
