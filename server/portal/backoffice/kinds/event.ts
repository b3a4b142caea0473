// Events of the agenda (portal_events): dates with their time zone, where, which markets, sectors and steps.
import { sql } from 'kysely';
import { Event, type Event as EventPage } from '../../../../common/schemas/portal.ts';
import {
  CONTENT_KIND_PATHS,
  contentSchemas,
  type EventContent,
  EventCreateBody,
  patchBodies,
  SlugItemParams,
} from '../../../../common/schemas/portal-backoffice.ts';
import { checkCountries, checkHttpsUrl, checkProvider, checkRegions, checkTimeZone, say } from '../checks.ts';
import type { ContentRow, FieldError, KindDescriptor } from '../descriptor.ts';

const iso = (value: unknown) => (value instanceof Date ? value : new Date(String(value))).toISOString();

export const eventKind: KindDescriptor<'event'> = {
  kind: 'event',
  path: CONTENT_KIND_PATHS.event,
  table: 'portal_events',
  idColumn: 'id',
  columns: [
    'title_fr',
    'title_en',
    'summary_fr',
    'summary_en',
    'description_fr',
    'description_en',
    'type',
    'starts_at',
    'ends_at',
    'timezone',
    'online',
    'venue',
    'city',
    'country',
    'countries',
    'regions',
    'sectors',
    'steps',
    'provider_id',
    'price',
    'url',
  ],
  schemas: {
    content: contentSchemas.event,
    create: EventCreateBody,
    patch: patchBodies.event,
    params: SlugItemParams,
    preview: Event,
  },
  requiredText: ['titleFr', 'titleEn', 'summaryFr', 'summaryEn', 'descriptionFr', 'descriptionEn', 'timezone'],
  titles: (c) => ({ fr: c.titleFr, en: c.titleEn }),
  slugSource: (c) => c.titleFr,
  searchText: sql<string>`t.id || ' ' || t.title_fr || ' ' || t.title_en || ' ' || t.city`,
  draftSearchKeys: ['titleFr', 'titleEn', 'city'],
  fromRow: (r: ContentRow): EventContent => ({
    titleFr: r.title_fr as string,
    titleEn: r.title_en as string,
    summaryFr: r.summary_fr as string,
    summaryEn: r.summary_en as string,
    descriptionFr: r.description_fr as string,
    descriptionEn: r.description_en as string,
    type: r.type as EventContent['type'],
    startsAt: iso(r.starts_at),
    endsAt: iso(r.ends_at),
    timezone: r.timezone as string,
    online: r.online as boolean,
    venue: r.venue as string,
    city: r.city as string,
    country: r.country as string | null,
    countries: r.countries as string[],
    regions: r.regions as string[],
    sectors: r.sectors as EventContent['sectors'],
    steps: r.steps as EventContent['steps'],
    providerId: r.provider_id as string | null,
    price: r.price as EventContent['price'],
    url: r.url as string,
  }),
  toColumns: (c) => ({
    title_fr: c.titleFr,
    title_en: c.titleEn,
    summary_fr: c.summaryFr,
    summary_en: c.summaryEn,
    description_fr: c.descriptionFr,
    description_en: c.descriptionEn,
    type: c.type,
    starts_at: c.startsAt,
    ends_at: c.endsAt,
    timezone: c.timezone,
    online: c.online,
    venue: c.venue,
    city: c.city,
    country: c.country,
    countries: c.countries,
    regions: c.regions,
    sectors: c.sectors,
    steps: c.steps,
    provider_id: c.providerId,
    price: c.price,
    url: c.url,
  }),
  check: async (c, ctx) => {
    const errors: FieldError[] = [];
    if (new Date(c.endsAt).getTime() < new Date(c.startsAt).getTime())
      errors.push({
        field: 'endsAt',
        message: say(ctx.lang, 'la fin ne peut pas précéder le début', 'the end cannot come before the start'),
      });
    errors.push(
      ...checkTimeZone(c.timezone, 'timezone', ctx.lang),
      ...checkCountries([c.country], 'country', ctx.lang),
      ...checkCountries(c.countries, 'countries', ctx.lang),
      ...(await checkRegions(c.regions, 'regions', ctx)),
      ...(await checkProvider(c.providerId, 'providerId', ctx)),
      ...checkHttpsUrl(c.url, 'url', ctx.lang, true),
    );
    return errors;
  },
  preview: async (c, meta, ctx): Promise<EventPage> => {
    const en = ctx.lang === 'en';
    return {
      id: meta.id,
      title: en ? c.titleEn : c.titleFr,
      summary: en ? c.summaryEn : c.summaryFr,
      type: c.type,
      startsAt: c.startsAt,
      endsAt: c.endsAt,
      timezone: c.timezone,
      online: c.online,
      venue: c.venue,
      city: c.city,
      country: c.country,
      countries: c.countries,
      regions: c.regions,
      sectors: c.sectors,
      steps: c.steps,
      provider: await ctx.providerRef(c.providerId),
      price: c.price,
      url: c.url,
      description: en ? c.descriptionEn : c.descriptionFr,
    };
  },
};
