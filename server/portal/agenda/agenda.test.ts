import type { Insertable } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PortalEventsTable } from '../../db/schema.ts';
import { Client, createTestApp, type TestApp } from '../../test/app.ts';
import { seedPortal } from '../seed/index.ts';
import { addDays, localDate, zonedMidnight } from './dates.ts';
import { parseCalendar } from './ical.testing.ts';

let t: TestApp;
let visitor: Client;
const DAY = 86_400_000;
const now = Date.now();
const at = (days: number, hours = 0) => new Date(now + days * DAY + hours * 3_600_000);
const today = localDate(new Date(now), 'Europe/Paris');

type EventFixture = Insertable<PortalEventsTable>;
const event = (id: string, fields: Partial<EventFixture>): EventFixture => ({
  id,
  title_fr: `Événement ${id}`,
  title_en: `Event ${id}`,
  summary_fr: 'Résumé',
  summary_en: 'Summary',
  description_fr: 'Description',
  description_en: 'Description',
  type: 'conference',
  starts_at: at(10),
  ends_at: at(10, 8),
  status: 'published',
  published_at: new Date(now),
  ...fields,
});

// Test events beside the real ones (ids tst-*): every filter below is checked against all published events.
const fixtures: EventFixture[] = [
  event('tst-vn-salon', {
    title_fr: 'Salon de la santé ; édition « Hô Chi Minh-Ville, 2026 » 🏥',
    title_en: 'Health fair; "Ho Chi Minh City, 2026" edition',
    summary_fr: 'Pavillon France, rendez-vous B2B, conférences\nsur deux lignes',
    type: 'trade_fair',
    timezone: 'Asia/Ho_Chi_Minh',
    venue: 'SECC',
    city: 'Hô Chi Minh-Ville',
    country: 'VN',
    countries: ['VN'],
    sectors: ['health'],
    regions: ['84'],
    starts_at: at(20),
    ends_at: at(22),
  }),
  event('tst-asean-energy', {
    title_fr: 'Conférence sur les énergies renouvelables en Asie du Sud-Est',
    type: 'conference',
    city: 'Paris',
    country: 'FR',
    countries: ['VN', 'TH'],
    sectors: ['energy'],
    starts_at: at(30),
    ends_at: at(30, 6),
  }),
  event('tst-de-webinar', {
    title_fr: 'Webinaire : vendre en Allemagne',
    type: 'webinar',
    online: true,
    countries: ['DE'],
    starts_at: at(5),
    ends_at: at(5, 1),
  }),
  event('tst-vn-allday', {
    title_fr: 'Mission de prospection au Viêt Nam',
    type: 'business_delegation',
    timezone: 'Asia/Ho_Chi_Minh',
    country: 'VN',
    countries: ['VN'],
    sectors: ['agri_food'],
    regions: ['53'],
    starts_at: zonedMidnight(addDays(today, 40), 'Asia/Ho_Chi_Minh'),
    ends_at: zonedMidnight(addDays(today, 43), 'Asia/Ho_Chi_Minh'),
  }),
  event('tst-vn-recent', { country: 'VN', countries: ['VN'], starts_at: at(-11), ends_at: at(-10) }),
  event('tst-vn-old', { country: 'VN', countries: ['VN'], starts_at: at(-61), ends_at: at(-60) }),
  event('tst-vn-draft', { country: 'VN', countries: ['VN'], status: 'draft', published_at: null }),
  event('tst-vn-unpublished', { country: 'VN', countries: ['VN'], status: 'unpublished' }),
];

interface EventFacts {
  id: string;
  status: string;
  starts_at: Date;
  ends_at: Date;
  country: string | null;
  countries: string[];
  sectors: string[];
  regions: string[];
  type: string;
}
let all: EventFacts[];

beforeAll(async () => {
  t = await createTestApp();
  await seedPortal(t.database.db);
  await t.database.db.insertInto('portal_events').values(fixtures).execute();
  all = await t.database.db
    .selectFrom('portal_events')
    .select(['id', 'status', 'starts_at', 'ends_at', 'country', 'countries', 'sectors', 'regions', 'type'])
    .execute();
  visitor = new Client(t.app);
});
afterAll(() => t.close());

/** What a filter should find, worked out from the rows (published, running on or after `from`, about...). */
function expected(
  filter: {
    from?: Date;
    before?: Date;
    country?: string;
    sector?: string;
    region?: string;
    type?: string;
  },
  limit = Number.POSITIVE_INFINITY,
): string[] {
  return all
    .filter(
      (e) =>
        e.status === 'published' &&
        (!filter.from || e.ends_at >= filter.from) &&
        (!filter.before || e.starts_at < filter.before) &&
        (!filter.country || e.country === filter.country || e.countries.includes(filter.country)) &&
        (!filter.sector || e.sectors.includes(filter.sector)) &&
        (!filter.region || e.regions.includes(filter.region)) &&
        (!filter.type || e.type === filter.type),
    )
    .sort((a, b) => a.starts_at.getTime() - b.starts_at.getTime() || (a.id < b.id ? -1 : 1))
    .slice(0, limit)
    .map((e) => e.id);
}

const ids = (body: { items: { id: string }[] }) => body.items.map((e) => e.id);
const startOfToday = zonedMidnight(today, 'Europe/Paris');

describe('agenda: events', () => {
  it('lists the upcoming published events by default, soonest first, cacheable', async () => {
    const res = await visitor.get('/api/portal/events?pageSize=100');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    const body = res.json();
    expect(ids(body)).toEqual(expected({ from: startOfToday }, 100));
    expect(body.total).toBe(expected({ from: startOfToday }).length);
    expect(ids(body)).toContain('tst-vn-salon');
    for (const hidden of ['tst-vn-recent', 'tst-vn-old', 'tst-vn-draft', 'tst-vn-unpublished'])
      expect(ids(body)).not.toContain(hidden);
  });

  it('filters by country: held there or about it', async () => {
    const body = (await visitor.get('/api/portal/events?country=VN&pageSize=100')).json();
    expect(ids(body)).toEqual(expected({ from: startOfToday, country: 'VN' }));
    expect(ids(body)).toEqual(expect.arrayContaining(['tst-vn-salon', 'tst-asean-energy', 'tst-vn-allday']));
    expect(ids(body)).not.toContain('tst-de-webinar');
    // Several values: any of them.
    const both = (await visitor.get('/api/portal/events?country=VN&country=DE&pageSize=100')).json();
    expect(ids(both)).toEqual(
      all
        .filter((e) => expected({ from: startOfToday }).includes(e.id))
        .filter((e) => ['VN', 'DE'].some((c) => e.country === c || e.countries.includes(c)))
        .sort((a, b) => a.starts_at.getTime() - b.starts_at.getTime() || (a.id < b.id ? -1 : 1))
        .map((e) => e.id),
    );
  });

  it('filters by sector, region and type; an event about no sector or region matches none', async () => {
    const health = (await visitor.get('/api/portal/events?sector=health&pageSize=100')).json();
    expect(ids(health)).toEqual(expected({ from: startOfToday, sector: 'health' }));
    expect(ids(health)).toContain('tst-vn-salon');
    expect(ids(health)).not.toContain('tst-de-webinar'); // no sector: not "about health"

    const region = (await visitor.get('/api/portal/events?region=84&pageSize=100')).json();
    expect(ids(region)).toEqual(expected({ from: startOfToday, region: '84' }));
    expect(ids(region)).toContain('tst-vn-salon');
    expect(ids(region)).not.toContain('tst-asean-energy');

    const webinars = (await visitor.get('/api/portal/events?type=webinar&pageSize=100')).json();
    expect(ids(webinars)).toEqual(expected({ from: startOfToday, type: 'webinar' }));
    expect(ids(webinars)).toContain('tst-de-webinar');

    const combined = (await visitor.get('/api/portal/events?country=VN&sector=health&type=trade_fair')).json();
    expect(ids(combined)).toContain('tst-vn-salon');
    expect(ids(combined)).not.toContain('tst-asean-energy');
  });

  it('filters by a date range (days in Paris), past events included when asked', async () => {
    const from = addDays(today, 15);
    const to = addDays(today, 35);
    const body = (await visitor.get(`/api/portal/events?from=${from}&to=${to}&pageSize=100`)).json();
    const window = { from: zonedMidnight(from, 'Europe/Paris'), before: zonedMidnight(addDays(to, 1), 'Europe/Paris') };
    expect(ids(body)).toEqual(expected(window));
    expect(ids(body)).toEqual(expect.arrayContaining(['tst-vn-salon', 'tst-asean-energy']));
    expect(ids(body)).not.toContain('tst-de-webinar');

    const past = (await visitor.get(`/api/portal/events?from=${addDays(today, -20)}&country=VN&pageSize=100`)).json();
    expect(ids(past)).toContain('tst-vn-recent');
    expect(ids(past)).not.toContain('tst-vn-old');
    // One day: from = to.
    const oneDay = addDays(today, 30);
    const single = (await visitor.get(`/api/portal/events?from=${oneDay}&to=${oneDay}&pageSize=100`)).json();
    expect(ids(single)).toContain('tst-asean-energy');
  });

  it('searches French words, accents and endings aside', async () => {
    for (const q of ['energie renouvelable', 'ÉNERGIES', 'Energies renouvelables']) {
      const body = (await visitor.get(`/api/portal/events?q=${encodeURIComponent(q)}&pageSize=100`)).json();
      expect(ids(body)).toContain('tst-asean-energy');
      expect(ids(body)).not.toContain('tst-de-webinar');
    }
    const city = (await visitor.get(`/api/portal/events?q=${encodeURIComponent('ho chi minh ville')}`)).json();
    expect(ids(city)).toContain('tst-vn-salon');
    expect((await visitor.get('/api/portal/events?q=zzzzqqq')).json()).toMatchObject({ items: [], total: 0 });
  });

  it('answers odd search text without failing: operators, quotes, NUL, emoji, stop words only', async () => {
    for (const q of [
      '\u0000',
      "'",
      '!!',
      'a & b | !c',
      '"salon',
      '<script>alert(1)</script>',
      '🚀',
      'le la les',
      ':*',
    ]) {
      for (const url of ['/api/portal/events', '/api/portal/events.ics']) {
        const res = await visitor.get(`${url}?q=${encodeURIComponent(q)}`);
        expect(res.statusCode, `${url} ${JSON.stringify(q)}`).toBe(200);
      }
    }
  });

  it('pages through the results without gaps or repeats', async () => {
    const every = expected({ from: startOfToday });
    const seen: string[] = [];
    for (let page = 1; page <= every.length + 1; page++) {
      const body = (await visitor.get(`/api/portal/events?pageSize=2&page=${page}`)).json();
      expect(body).toMatchObject({ page, pageSize: 2, total: every.length });
      seen.push(...ids(body));
      if (body.items.length === 0) break;
    }
    expect(seen).toEqual(every);
  });

  it('speaks the language asked: ?lang= first, then Accept-Language', async () => {
    const find = (body: { items: { id: string; title: string }[] }) => body.items.find((e) => e.id === 'tst-vn-salon');
    const fr = (await visitor.get('/api/portal/events?country=VN')).json();
    expect(find(fr)?.title).toMatch(/^Salon de la santé/);
    const en = (await visitor.get('/api/portal/events?country=VN&lang=en')).json();
    expect(find(en)?.title).toMatch(/^Health fair/);
    const header = await visitor.request({
      method: 'GET',
      url: '/api/portal/events?country=VN',
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
    });
    expect(find(header.json())?.title).toMatch(/^Health fair/);
  });

  it('shows one published event; drafts, withdrawn and unknown ones are not found', async () => {
    const res = await visitor.get('/api/portal/events/tst-vn-salon');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: 'tst-vn-salon',
      type: 'trade_fair',
      country: 'VN',
      description: 'Description',
      timezone: 'Asia/Ho_Chi_Minh',
    });
    for (const id of ['tst-vn-draft', 'tst-vn-unpublished', 'no-such-event']) {
      const missing = await visitor.get(`/api/portal/events/${id}`);
      expect(missing.statusCode).toBe(404);
      expect(missing.json().code).toBe('ERR_NOT_FOUND');
    }
  });

  it('refuses bad input with a clear 400', async () => {
    for (const query of [
      'from=2026-13-01',
      'from=2026-02-30',
      'from=yesterday',
      'to=2026-1-1',
      'page=0',
      'page=abc',
      'pageSize=0',
      'pageSize=101',
      'country=vn',
      'country=VNM',
      'sector=cheese',
      'region=999',
      'type=party',
      'lang=de',
      `q=${'a'.repeat(201)}`,
      'unknown=1',
    ]) {
      const res = await visitor.get(`/api/portal/events?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().code, query).toBe('ERR_VALIDATION');
    }
    // An explicit from after to is refused rather than answered with an empty list.
    const reversed = await visitor.get('/api/portal/events?from=2026-06-10&to=2026-06-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().errors).toEqual([{ field: 'querystring.to', message: expect.any(String) }]);
    expect((await visitor.get('/api/portal/events.ics?from=2026-06-10&to=2026-06-01')).statusCode).toBe(400);
  });
});

describe('agenda: iCal feed', () => {
  const feed = async (query: string) => {
    const res = await visitor.get(`/api/portal/events.ics${query}`);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    return { res, ...parseCalendar(res.body) };
  };
  const feedStart = zonedMidnight(addDays(today, -30), 'Europe/Paris');
  const uids = (components: { getFirstPropertyValue(name: string): unknown }[]) =>
    components.map((c) => String(c.getFirstPropertyValue('uid')));

  it('serves a subscribable calendar: headers, calendar properties, parsed by a real parser', async () => {
    const { res, root } = await feed('');
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('inline; filename="agenda-export.ics"');
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(res.body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    for (const line of res.body.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(root.getFirstPropertyValue('version')).toBe('2.0');
    expect(root.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(String(root.getFirstPropertyValue('prodid'))).toMatch(/Diplomatie/);
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe('Agenda export');
    expect(root.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Paris');
    expect(res.body).toMatch(/\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n/);
    expect(res.body).toMatch(/\r\nX-PUBLISHED-TTL:PT1H\r\n/);
  });

  it('holds exactly the events of the filter, upcoming and of the last 30 days, never an unpublished one', async () => {
    const { components } = await feed('');
    expect(uids(components).sort()).toEqual(
      expected({ from: feedStart })
        .map((id) => `${id}@localhost`)
        .sort(),
    );

    const vn = await feed('?country=VN');
    const vnIds = uids(vn.components).map((u) => u.replace(/@localhost$/, ''));
    expect(vnIds.sort()).toEqual(expected({ from: feedStart, country: 'VN' }).sort());
    expect(vnIds).toEqual(expect.arrayContaining(['tst-vn-salon', 'tst-asean-energy', 'tst-vn-recent']));
    for (const id of ['tst-de-webinar', 'tst-vn-old', 'tst-vn-draft', 'tst-vn-unpublished'])
      expect(vnIds).not.toContain(id);
    expect(vn.root.getFirstPropertyValue('x-wr-calname')).toBe('Agenda export – Vietnam');

    const health = await feed('?sector=health&country=VN');
    expect(uids(health.components).sort()).toEqual(
      expected({ from: feedStart, country: 'VN', sector: 'health' })
        .map((id) => `${id}@localhost`)
        .sort(),
    );
    expect(health.root.getFirstPropertyValue('x-wr-calname')).toBe('Agenda export – Vietnam, Santé');

    const en = await feed('?country=VN&sector=fashion_luxury_cosmetics&lang=en');
    expect(en.root.getFirstPropertyValue('x-wr-calname')).toBe(
      'Export agenda – Vietnam, Fashion, luxury and cosmetics',
    );
  });

  it('writes each event in full: times in UTC or whole days, text intact, link to the portal page', async () => {
    const { events, components } = await feed('?country=VN');
    const salon = events.find((e) => e.uid === 'tst-vn-salon@localhost');
    const fixture = fixtures.find((f) => f.id === 'tst-vn-salon')!;
    expect(salon?.summary).toBe(fixture.title_fr);
    expect(salon?.description).toContain('Pavillon France, rendez-vous B2B, conférences\nsur deux lignes');
    expect(salon?.location).toBe('SECC, Hô Chi Minh-Ville, Vietnam');
    expect(salon?.startDate.zone?.tzid).toBe('UTC');
    expect(salon?.startDate.toJSDate().getTime()).toBe(Math.floor((fixture.starts_at as Date).getTime() / 1000) * 1000);
    expect(salon?.endDate.toJSDate().getTime()).toBe(Math.floor((fixture.ends_at as Date).getTime() / 1000) * 1000);
    const salonComponent = components.find((c) => c.getFirstPropertyValue('uid') === 'tst-vn-salon@localhost');
    expect(salonComponent?.getFirstPropertyValue('url')).toBe(
      'http://localhost:3000/portail-export/agenda/tst-vn-salon',
    );
    expect(salonComponent?.getFirstProperty('categories')?.getValues()).toEqual(['Salon professionnel', 'Santé']);
    expect(salonComponent?.getFirstPropertyValue('dtstamp')).toBeTruthy();

    const allDay = events.find((e) => e.uid === 'tst-vn-allday@localhost');
    expect(allDay?.startDate.isDate).toBe(true);
    expect(allDay?.startDate.toString()).toBe(addDays(today, 40));
    expect(allDay?.endDate.toString()).toBe(addDays(today, 43));

    const english = await feed('?country=VN&lang=en');
    expect(english.events.find((e) => e.uid === 'tst-vn-salon@localhost')?.summary).toBe(fixture.title_en);
  });

  it('keeps the same UIDs from one call to the next', async () => {
    const first = uids((await feed('?country=VN')).components);
    const second = uids((await feed('?country=VN')).components);
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });

  it('is described in OpenAPI as a text/calendar document', async () => {
    const doc = (await t.app.inject('/api/openapi.json')).json();
    const op = doc.paths['/api/portal/events.ics'].get;
    expect(Object.keys(op.responses['200'].content)).toEqual(['text/calendar']);
    expect(op.responses['200'].content['text/calendar'].schema.type).toBe('string');
  });
});
