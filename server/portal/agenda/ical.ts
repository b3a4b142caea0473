// An iCalendar (RFC 5545) writer for published calendars: text escaping, UTF-8-safe line folding at 75 octets,
// CRLF line ends, UTC date-times or all-day dates. Pure: the agenda's feed gives it plain values.

export type IcalTime = { kind: 'utc'; instant: Date } | { kind: 'date'; date: string };

export interface IcalEvent {
  uid: string;
  summary: string;
  start: IcalTime;
  /** Exclusive: for all-day events, the day after the last one. */
  end: IcalTime;
  description?: string;
  location?: string;
  url?: string;
  categories?: string[];
  created?: Date;
  lastModified?: Date;
}

export interface IcalCalendar {
  prodId: string;
  name: string;
  description?: string;
  /** IANA zone calendar applications show the events in (X-WR-TIMEZONE). */
  timeZone: string;
  /** How often subscribers should fetch the feed again, as an RFC 5545 duration (PT1H). */
  refreshInterval: string;
  events: IcalEvent[];
}

// TEXT may not hold control characters other than tab (RFC 5545 3.3.11); line breaks are escaped first.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
// A URI value is not TEXT: not escaped, but it may hold no white space or control character.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const URI_UNSAFE = /[\s\u0000-\u001F\u007F]/g;

/** A TEXT value: backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(CONTROL, '');
}

const encoder = new TextEncoder();
const octets = (text: string) => encoder.encode(text).length;

/**
 * A content line folded so that no line exceeds 75 octets, continuation lines starting with one space, never
 * splitting a character's UTF-8 bytes (nor a UTF-16 surrogate pair).
 */
export function foldLine(line: string): string {
  if (octets(line) <= 75) return line;
  const lines: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const n = octets(char);
    if (size + n > limit) {
      lines.push(current);
      current = '';
      size = 0;
      limit = 74; // the leading space takes one octet
    }
    current += char;
    size += n;
  }
  lines.push(current);
  return lines.join('\r\n ');
}

/** 20260512T083000Z */
export function formatUtc(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function timeProperty(name: string, time: IcalTime): string {
  return time.kind === 'date'
    ? `${name};VALUE=DATE:${time.date.replace(/-/g, '')}`
    : `${name}:${formatUtc(time.instant)}`;
}

function eventLines(event: IcalEvent, stamp: Date): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${formatUtc(stamp)}`,
    timeProperty('DTSTART', event.start),
    timeProperty('DTEND', event.end),
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL:${event.url.replace(URI_UNSAFE, '')}`);
  const categories = (event.categories ?? []).filter((c) => c.trim() !== '');
  if (categories.length > 0) lines.push(`CATEGORIES:${categories.map(escapeText).join(',')}`);
  if (event.created) lines.push(`CREATED:${formatUtc(event.created)}`);
  if (event.lastModified) lines.push(`LAST-MODIFIED:${formatUtc(event.lastModified)}`);
  lines.push('STATUS:CONFIRMED', 'TRANSP:TRANSPARENT', 'END:VEVENT');
  return lines;
}

/** The whole calendar, CRLF-terminated; `now` stamps every event (DTSTAMP: when this feed was made). */
export function writeCalendar(calendar: IcalCalendar, now: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    `PRODID:${escapeText(calendar.prodId)}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(calendar.name)}`,
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...(calendar.description
      ? [`DESCRIPTION:${escapeText(calendar.description)}`, `X-WR-CALDESC:${escapeText(calendar.description)}`]
      : []),
    `X-WR-TIMEZONE:${escapeText(calendar.timeZone)}`,
    `REFRESH-INTERVAL;VALUE=DURATION:${calendar.refreshInterval}`,
    `X-PUBLISHED-TTL:${calendar.refreshInterval}`,
    ...calendar.events.flatMap((e) => eventLines(e, now)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
