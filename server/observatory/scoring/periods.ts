// Scoring windows as calendar periods (UTC): the last day, the last 7 days, the calendar month (to date)
// and the rolling 30 days, each ending on a given day; and the period a movement is measured against.
import type { WindowKind } from '../../db/schema.ts';

export const WINDOW_KINDS: readonly WindowKind[] = ['day', 'week', 'month', '30d'];

export interface Period {
  window: WindowKind;
  /** First day included, 'YYYY-MM-DD'. */
  start: string;
  /** Last day included. */
  end: string;
  /** The day after `end`: SQL bounds are [start, endExclusive). */
  endExclusive: string;
  days: number;
}

const DAY = 86_400_000;
const toDate = (day: string) => new Date(`${day}T00:00:00Z`);
export const dayOf = (date: Date) => date.toISOString().slice(0, 10);
export const addDays = (day: string, n: number) => dayOf(new Date(toDate(day).getTime() + n * DAY));

export function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && dayOf(toDate(value)) === value;
}

export function periodEnding(window: WindowKind, end: string): Period {
  let start: string;
  if (window === 'day') start = end;
  else if (window === 'week') start = addDays(end, -6);
  else if (window === '30d') start = addDays(end, -29);
  else start = `${end.slice(0, 8)}01`;
  const endExclusive = addDays(end, 1);
  return {
    window,
    start,
    end,
    endExclusive,
    days: Math.round((toDate(endExclusive).getTime() - toDate(start).getTime()) / DAY),
  };
}

/** The end of the period a ranking's movement compares with: the day before (day, rolling 30 days), the
 * week before, or the last day of the previous month. */
export function previousEnd(window: WindowKind, end: string): string {
  if (window === 'day' || window === '30d') return addDays(end, -1);
  if (window === 'week') return addDays(end, -7);
  return addDays(`${end.slice(0, 8)}01`, -1);
}

/** Period ends for a history of `count` points back from `end` (one per week for the rolling windows). */
export function historyEnds(window: WindowKind, end: string, count: number): string[] {
  const ends: string[] = [];
  let current = end;
  for (let i = 0; i < count; i++) {
    ends.push(current);
    current =
      window === 'day'
        ? addDays(current, -1)
        : window === 'month'
          ? previousEnd('month', current)
          : addDays(current, -7);
  }
  return ends.reverse();
}
