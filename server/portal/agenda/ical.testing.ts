// Test helper: reads an iCalendar text with the real parser (Mozilla's ical.js), X-WR-* properties as TEXT.
import ICAL from 'ical.js';

// RFC 5545 3.8.8.2: non-standard properties are TEXT by default; ical.js leaves them raw unless told so.
for (const name of ['x-wr-calname', 'x-wr-caldesc', 'x-wr-timezone', 'name'])
  ICAL.design.icalendar.property[name] = { defaultType: 'text' };

export function parseCalendar(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  const components = root.getAllSubcomponents('vevent');
  return { root, components, events: components.map((c) => new ICAL.Event(c)) };
}

export { ICAL };
