// Pure scale helpers of the observatory charts: "nice" value ticks, linear mapping and date tick picking.

/** A step of 1, 2 or 5 times a power of ten, about `span / count` long. */
export function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const normalised = raw / magnitude;
  const factor = normalised < 1.5 ? 1 : normalised < 3 ? 2 : normalised < 7 ? 5 : 10;
  return factor * magnitude;
}

/** Round ticks covering [min, max], about `count` of them; a flat series gets a small band around its value. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  let low = min;
  let high = max;
  if (low === high) {
    const pad = low === 0 ? 1 : Math.abs(low) * 0.1;
    low -= pad;
    high += pad;
  }
  const step = niceStep(high - low, count);
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  const start = Math.floor(low / step) * step;
  const end = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  // Rounded so that 0.1 + 0.2 shows as 0.3 on the axis.
  for (let i = 0; start + i * step <= end + step / 2; i++) ticks.push(Number((start + i * step).toFixed(decimals)));
  return ticks;
}

export function linearScale(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
): (value: number) => number {
  const span = d1 - d0;
  if (span === 0) return () => (r0 + r1) / 2;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}

/** Milliseconds of a `YYYY-MM-DD` date at midnight UTC (dates carry no time zone). */
export function dateTime(date: string): number {
  return Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
}

/**
 * Date ticks at least `minGap` pixels apart: the first and last dates always, the others kept when they leave
 * room on both sides (dates are unevenly spaced: a history has a previous period a day before its first week).
 */
export function dateTicks(dates: readonly string[], position: (date: string) => number, minGap: number): string[] {
  const first = dates[0];
  const last = dates.at(-1);
  if (first === undefined || last === undefined) return [];
  if (first === last) return [first];
  const end = position(last);
  const ticks = [first];
  let previous = position(first);
  const step = Math.max(minGap, (end - previous) / 6);
  for (const date of dates.slice(1, -1)) {
    const x = position(date);
    if (x - previous >= step && end - x >= minGap) {
      ticks.push(date);
      previous = x;
    }
  }
  if (end - position(first) >= minGap) ticks.push(last);
  return ticks;
}
