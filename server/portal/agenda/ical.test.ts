import { describe, expect, it } from 'vitest';
import { allDaySpan, zonedMidnight } from './dates.ts';
import { ICAL, parseCalendar } from './ical.testing.ts';
import { escapeText, foldLine, type IcalCalendar, writeCalendar } from './ical.ts';

const octets = (s: string) => Buffer.byteLength(s, 'utf8');
const now = new Date('2026-03-01T10:00:00Z');

function calendar(events: IcalCalendar['events']): IcalCalendar {
  return {
    prodId: '-//Diplomatie//Portail export//FR',
    name: 'Agenda export – Viêt Nam, Santé',
    timeZone: 'Europe/Paris',
    refreshInterval: 'PT1H',
    events,
  };
}

describe('iCal writer', () => {
  it('escapes backslashes, semicolons, commas and line breaks, and drops control characters', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeText('bell\u0007 tab\tkept')).toBe('bell tab\tkept');
  });

  it('folds long lines at 75 octets without splitting a character, and unfolds to the original', () => {
    for (const line of [
      `SUMMARY:${'a'.repeat(200)}`,
      `SUMMARY:${'é'.repeat(100)}`,
      `SUMMARY:${'🇻🇳 Salon 🚀 '.repeat(20)}`,
      `SUMMARY:${'x'.repeat(73)}éé`, // a two-octet character straddling the 75th octet
      `SUMMARY:${'x'.repeat(72)}😀😀`, // a four-octet character straddling it
    ]) {
      const folded = foldLine(line);
      const lines = folded.split('\r\n');
      for (const [i, l] of lines.entries()) {
        expect(octets(l)).toBeLessThanOrEqual(75);
        if (i > 0) expect(l.startsWith(' ')).toBe(true);
        // No replacement character: every piece is valid UTF-8 on its own.
        expect(Buffer.from(l, 'utf8').toString('utf8')).toBe(l);
        expect(l).not.toMatch(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/);
      }
      expect(folded.replace(/\r\n /g, '')).toBe(line);
    }
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
    expect(foldLine(`X:${'a'.repeat(73)}`)).toBe(`X:${'a'.repeat(73)}`); // exactly 75 octets: not folded
  });

  it('writes a calendar the real parser reads back, nasty text intact', () => {
    const nasty = 'Salon ; « Vietnam, Hanoï » \\ 🚀 émoji\nligne 2, fin; ok';
    const longAccented = `${'Rencontre d’affaires à Hô Chi Minh-Ville, '.repeat(6)}élevée`;
    const text = writeCalendar(
      calendar([
        {
          uid: 'salon-hanoi@portail.example.org',
          summary: nasty,
          description: longAccented,
          location: 'Centre, Hanoï; Viêt Nam',
          url: 'https://portail.example.org/portail-export/agenda/salon-hanoi',
          categories: ['Salon professionnel', 'Santé, bien-être', 'a;b'],
          start: { kind: 'utc', instant: new Date('2026-05-12T02:30:00Z') },
          end: { kind: 'utc', instant: new Date('2026-05-14T11:00:00Z') },
          created: new Date('2026-01-02T03:04:05Z'),
          lastModified: new Date('2026-02-03T04:05:06Z'),
        },
        {
          uid: 'webinaire@portail.example.org',
          summary: 'Journées entières',
          start: { kind: 'date', date: '2026-06-01' },
          end: { kind: 'date', date: '2026-06-04' },
        },
      ]),
      now,
    );
    // CRLF everywhere, 75 octets at most per line.
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);

    const { root, components: events } = parseCalendar(text);
    expect(root.getFirstPropertyValue('version')).toBe('2.0');
    expect(root.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(root.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(root.getFirstPropertyValue('prodid')).toBe('-//Diplomatie//Portail export//FR');
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe('Agenda export – Viêt Nam, Santé');
    expect(root.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Paris');
    expect(String(root.getFirstPropertyValue('refresh-interval'))).toBe('PT1H');
    expect(events).toHaveLength(2);

    const [first, second] = events.map((e) => new ICAL.Event(e));
    expect(first?.uid).toBe('salon-hanoi@portail.example.org');
    expect(first?.summary).toBe(nasty);
    expect(first?.description).toBe(longAccented);
    expect(first?.location).toBe('Centre, Hanoï; Viêt Nam');
    expect(first?.startDate.toJSDate().toISOString()).toBe('2026-05-12T02:30:00.000Z');
    expect(first?.startDate.zone?.tzid).toBe('UTC');
    expect(first?.endDate.toJSDate().toISOString()).toBe('2026-05-14T11:00:00.000Z');
    expect(events[0]?.getFirstPropertyValue('url')).toBe(
      'https://portail.example.org/portail-export/agenda/salon-hanoi',
    );
    expect(events[0]?.getFirstProperty('categories')?.getValues()).toEqual([
      'Salon professionnel',
      'Santé, bien-être',
      'a;b',
    ]);
    expect(String(events[0]?.getFirstPropertyValue('dtstamp'))).toBe('2026-03-01T10:00:00Z');

    expect(second?.startDate.isDate).toBe(true);
    expect(second?.startDate.toString()).toBe('2026-06-01');
    expect(second?.endDate.toString()).toBe('2026-06-04');
  });
});

describe('agenda dates', () => {
  it('finds local midnight in Paris on both sides of daylight saving time', () => {
    expect(zonedMidnight('2026-01-15', 'Europe/Paris').toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(zonedMidnight('2026-07-15', 'Europe/Paris').toISOString()).toBe('2026-07-14T22:00:00.000Z');
    expect(zonedMidnight('2026-03-29', 'Europe/Paris').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(zonedMidnight('2026-05-12', 'Asia/Ho_Chi_Minh').toISOString()).toBe('2026-05-11T17:00:00.000Z');
  });

  it('treats midnight-to-midnight and until-23:59 events as all-day, timed ones not', () => {
    const tz = 'Asia/Ho_Chi_Minh';
    expect(allDaySpan(zonedMidnight('2026-05-12', tz), zonedMidnight('2026-05-15', tz), tz)).toEqual({
      startDate: '2026-05-12',
      endDate: '2026-05-15',
    });
    expect(
      allDaySpan(zonedMidnight('2026-05-12', tz), new Date(zonedMidnight('2026-05-15', tz).getTime() - 60_000), tz),
    ).toEqual({ startDate: '2026-05-12', endDate: '2026-05-15' });
    expect(allDaySpan(new Date('2026-05-12T02:00:00Z'), new Date('2026-05-12T10:00:00Z'), tz)).toBeNull();
  });
});
