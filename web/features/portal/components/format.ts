// Dates of the portal: calendar days (news, filters) and event times shown in the event's own time zone.
import { useMemo } from 'react';
import { type Lang, useLang } from '../../../app/i18n/lang.ts';
import { locales } from './terms.ts';

/** `YYYY-MM-DD` is a calendar day: formatted in UTC so that no time zone shifts it by one. */
function utcDay(day: string): Date {
  return new Date(`${day.slice(0, 10)}T00:00:00Z`);
}

/** A time zone the browser knows, else UTC (a bad zone must not break the page). */
function safeZone(timezone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone: timezone });
    return timezone;
  } catch {
    return 'UTC';
  }
}

/** Year and month of an instant in a time zone, as `YYYY-MM` (the agenda groups events by month). */
export function monthKey(iso: string, timezone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: safeZone(timezone),
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((item) => item.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}`;
}

function dayKey(iso: string, timezone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: timezone, dateStyle: 'short' }).format(new Date(iso));
}

/** Whether an event runs over several calendar days in its time zone (then its dates are shown without hours). */
export function spansSeveralDays(startsAt: string, endsAt: string, timezone: string): boolean {
  const timeZone = safeZone(timezone);
  return (
    new Date(endsAt).getTime() >= new Date(startsAt).getTime() &&
    dayKey(startsAt, timeZone) !== dayKey(endsAt, timeZone)
  );
}

export function makeDateFormats(lang: Lang) {
  const locale = locales[lang];
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return {
    /** 12 mars 2026 */
    day: (value: string) => day.format(utcDay(value)),
    /** mars 2026, from a `YYYY-MM` key */
    month: (key: string) => {
      const text = month.format(new Date(`${key}-01T00:00:00Z`));
      return text.charAt(0).toUpperCase() + text.slice(1);
    },
    /**
     * An event's dates in its own time zone: "12 – 14 mars 2026" over several days, "12 mars 2026, 09:00 – 17:00
     * UTC+7" within one day (the zone named, so that a visitor in Paris is not misled).
     */
    eventDates: (startsAt: string, endsAt: string, timezone: string) => {
      const timeZone = safeZone(timezone);
      const start = new Date(startsAt);
      const end = new Date(endsAt);
      const valid = end.getTime() >= start.getTime();
      if (spansSeveralDays(startsAt, endsAt, timeZone)) {
        return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).formatRange(start, end);
      }
      const withTime = new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        timeZone,
        timeZoneName: 'short',
      });
      return valid ? withTime.formatRange(start, end) : withTime.format(start);
    },
    /** "heure normale d’Europe centrale": the long name of an event's time zone at its start. */
    zoneName: (startsAt: string, timezone: string) =>
      new Intl.DateTimeFormat(locale, { timeZone: safeZone(timezone), timeZoneName: 'long' })
        .formatToParts(new Date(startsAt))
        .find((part) => part.type === 'timeZoneName')?.value ?? timezone,
  };
}

export type DateFormats = ReturnType<typeof makeDateFormats>;

export function useDateFormats(): DateFormats {
  const lang = useLang();
  return useMemo(() => makeDateFormats(lang), [lang]);
}
