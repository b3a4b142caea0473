// Between an item's content and the form's values: instants are edited as wall-clock times in the event's own
// time zone (what an editor reads on the organiser's page), and only changed fields are sent on a save.
import type { ContentKind } from '../../../../common/portal-terms.ts';
import { type FieldSpec, formLayouts } from './kinds.ts';

export type FormValues = Record<string, unknown>;

function validZone(zone: string): string | null {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return null;
  }
}

/** `YYYY-MM-DDTHH:mm` of an instant in a time zone (UTC when the zone is unknown). */
export function wallTime(iso: string, zone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: validZone(zone) ?? 'UTC',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

/** The instant a wall-clock time happens in a time zone, as ISO; null when the time or the zone is not valid. */
export function instantOf(wall: string, zone: string): string | null {
  const known = validZone(zone);
  const guess = Date.parse(`${wall}:00Z`);
  if (!known || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(wall) || Number.isNaN(guess)) return null;
  const offset = (instant: number) => Date.parse(`${wallTime(new Date(instant).toISOString(), known)}:00Z`) - instant;
  const first = guess - offset(guess);
  // Across a daylight-saving change the offset at the result differs from the guess: correct once.
  return new Date(guess - offset(first)).toISOString();
}

const instantFields = (kind: ContentKind) =>
  formLayouts[kind]
    .flatMap((section) => section.fields)
    .filter((f): f is Extract<FieldSpec, { control: 'instant' }> => f.control === 'instant');

export function toFormValues(kind: ContentKind, content: Record<string, unknown>): FormValues {
  const values: FormValues = { ...content };
  for (const field of instantFields(kind)) {
    const iso = content[field.key];
    values[field.key] = typeof iso === 'string' && iso ? wallTime(iso, String(content[field.zoneKey] ?? '')) : '';
  }
  return values;
}

/** The content the form describes; an instant that cannot be read stays as typed, for the server to refuse. */
export function toContent(kind: ContentKind, values: FormValues): Record<string, unknown> {
  const content: Record<string, unknown> = { ...values };
  for (const field of instantFields(kind)) {
    const wall = String(values[field.key] ?? '');
    content[field.key] = wall ? (instantOf(wall, String(values[field.zoneKey] ?? '')) ?? wall) : '';
  }
  return content;
}

export const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields of `next` that differ from `base`. */
export function changes(base: Record<string, unknown>, next: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(next).filter(([key, value]) => !sameValue(base[key], value)));
}
