// Calendar arithmetic of the agenda in an IANA time zone: local days, their midnights as instants, and whether
// an event fills whole days (shown, and exported to iCal, as all-day). Pure: Intl only.

export const AGENDA_TIME_ZONE = 'Europe/Paris';

interface LocalParts {
  date: string;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** A time zone Intl knows, or the agenda's own (an editor's typo must not break the feed). */
export function safeTimeZone(timeZone: string): string {
  try {
    formatter(timeZone);
    return timeZone;
  } catch {
    return AGENDA_TIME_ZONE;
  }
}

function localParts(instant: Date, timeZone: string): LocalParts {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) parts[p.type] = p.value;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** The local calendar day of an instant: 'YYYY-MM-DD'. */
export function localDate(instant: Date, timeZone: string): string {
  return localParts(instant, timeZone).date;
}

/** The day n days after a 'YYYY-MM-DD' day. */
export function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The instant a local day starts in a time zone (DST-aware). */
export function zonedMidnight(date: string, timeZone: string): Date {
  const utcGuess = Date.parse(`${date}T00:00:00Z`);
  // The zone's offset at the guess, then once more at the corrected instant (the offset may change in between).
  let instant = utcGuess;
  for (let i = 0; i < 2; i++) {
    const p = localParts(new Date(instant), timeZone);
    const asUtc = Date.parse(`${p.date}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}Z`);
    instant = utcGuess - (asUtc - instant);
  }
  return new Date(instant);
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The days an event fills when it starts at local midnight and ends at local midnight (exclusive) or in the last
 * minute of a day (an editor's "until 23:59"); null for an event with times.
 */
export function allDaySpan(
  startsAt: Date,
  endsAt: Date,
  timeZone: string,
): { startDate: string; endDate: string } | null {
  const start = localParts(startsAt, timeZone);
  const end = localParts(endsAt, timeZone);
  if (start.hour !== 0 || start.minute !== 0 || start.second !== 0) return null;
  if (end.hour === 0 && end.minute === 0 && end.second === 0) {
    return { startDate: start.date, endDate: end.date > start.date ? end.date : addDays(start.date, 1) };
  }
  if (end.hour === 23 && end.minute === 59) return { startDate: start.date, endDate: addDays(end.date, 1) };
  return null;
}
