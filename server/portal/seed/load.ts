// Reads data/portal/*.json and checks it before anything is written: each item against its TypeBox schema, then the
// cross-references (provider ids, region codes, ISO 3166-1 country codes, time zones, duplicate ids). A bad file is
// refused with one message naming the file, the item and the field.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import i18n from 'i18n-iso-countries';
import { REFERENCE_FILES, type ReferenceData } from './reference-data.ts';

/** data/portal at the root of the repository. */
export const DEFAULT_PORTAL_DATA_DIR = fileURLToPath(new URL('../../../data/portal/', import.meta.url));

export class ReferenceDataError extends Error {
  override name = 'ReferenceDataError';
}

/** Every ISO 3166-1 alpha-2 code known to i18n-iso-countries. */
export const ISO_COUNTRY_CODES: readonly string[] = Object.keys(i18n.getAlpha2Codes()).sort();
const isoCountries = new Set(ISO_COUNTRY_CODES);

type FileName = keyof typeof REFERENCE_FILES;

function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/** '/title/fr' → 'title.fr', '/steps/0' → 'steps[0]'. */
function fieldName(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((name, part) => (/^\d+$/.test(part) ? `${name}[${part}]` : name ? `${name}.${part}` : part), '');
}

function describeError(schema: TSchema, item: unknown): string | null {
  const first = Value.Errors(schema, item).First();
  if (!first) return null;
  const field = fieldName(first.path) || '(item)';
  const allowed = (first.schema.anyOf as TSchema[] | undefined)?.map((s) => s.const);
  const got = first.value === undefined ? 'nothing' : JSON.stringify(first.value);
  if (allowed?.length && allowed.every((v) => v !== undefined))
    return `field ${field}: expected one of ${allowed.join(', ')} (got ${got})`;
  if (first.message === 'Expected required property') return `field ${field} is missing`;
  if (first.message === 'Unexpected property') return `field ${field} is not expected`;
  return `field ${field}: ${first.message.toLowerCase()} (got ${got})`;
}

function readItems(dir: string, name: FileName): unknown[] {
  const { file, schema, key, label } = REFERENCE_FILES[name];
  const where = displayPath(path.join(dir, file));
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message;
    throw new ReferenceDataError(`${where}: ${reason}`);
  }
  if (!Array.isArray(parsed)) throw new ReferenceDataError(`${where}: expected a JSON array of ${label} items`);
  const seen = new Set<unknown>();
  parsed.forEach((item, index) => {
    const id = item && typeof item === 'object' ? (item as Record<string, unknown>)[key] : undefined;
    const named = typeof id === 'string' || typeof id === 'number' ? `${label} "${id}"` : `${label} #${index + 1}`;
    const problem = describeError(schema, item);
    if (problem) throw new ReferenceDataError(`${where}: ${named}, ${problem}`);
    if (seen.has(id)) throw new ReferenceDataError(`${where}: ${named} appears twice`);
    seen.add(id);
  });
  return parsed;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Reads and checks every file; throws ReferenceDataError on the first problem. */
export function loadReferenceData(dir: string = DEFAULT_PORTAL_DATA_DIR): ReferenceData {
  const data = {
    steps: readItems(dir, 'steps'),
    providers: readItems(dir, 'providers'),
    regions: readItems(dir, 'regions'),
    offers: readItems(dir, 'offers'),
    events: readItems(dir, 'events'),
    news: readItems(dir, 'news'),
    countries: readItems(dir, 'countries'),
  } as ReferenceData;

  const providers = new Set(data.providers.map((p) => p.id));
  const regions = new Set(data.regions.map((r) => r.code));
  const contactIds = new Set<string>();
  const fail = (name: FileName, item: string, problem: string): never => {
    const { file, label } = REFERENCE_FILES[name];
    throw new ReferenceDataError(`${displayPath(path.join(dir, file))}: ${label} "${item}", ${problem}`);
  };
  /** A list field (`regions`, `countries`) names the offending entry by its index. */
  const check = (
    name: FileName,
    item: string,
    field: string,
    value: string | readonly string[],
    known: Set<string>,
    what: string,
  ) => {
    if (typeof value === 'string') {
      if (!known.has(value)) fail(name, item, `field ${field}: unknown ${what} "${value}"`);
      return;
    }
    for (const [i, v] of value.entries())
      if (!known.has(v)) fail(name, item, `field ${field}[${i}]: unknown ${what} "${v}"`);
  };

  const slugs = new Set<string>();
  for (const step of data.steps) {
    if (slugs.has(step.slug)) fail('steps', String(step.id), `slug "${step.slug}" is used twice`);
    slugs.add(step.slug);
  }
  slugs.clear();
  for (const region of data.regions) {
    if (slugs.has(region.slug)) fail('regions', region.code, `slug "${region.slug}" is used twice`);
    slugs.add(region.slug);
    for (const contact of region.contacts) {
      if (contactIds.has(contact.id)) fail('regions', region.code, `contact id "${contact.id}" is used twice`);
      contactIds.add(contact.id);
      if (contact.providerId)
        check('regions', region.code, `contacts.${contact.id}.providerId`, contact.providerId, providers, 'provider');
    }
  }
  for (const offer of data.offers) {
    check('offers', offer.id, 'providerId', offer.providerId, providers, 'provider');
    check('offers', offer.id, 'regions', offer.regions, regions, 'region code');
    check('offers', offer.id, 'countries', offer.countries, isoCountries, 'country code');
  }
  for (const event of data.events) {
    if (event.providerId) check('events', event.id, 'providerId', event.providerId, providers, 'provider');
    if (event.country) check('events', event.id, 'country', event.country, isoCountries, 'country code');
    check('events', event.id, 'countries', event.countries, isoCountries, 'country code');
    check('events', event.id, 'regions', event.regions, regions, 'region code');
    if (!isTimeZone(event.timezone)) fail('events', event.id, `field timezone: unknown time zone "${event.timezone}"`);
    if (event.durationDays === 1 && (event.endTime ?? '18:00') < (event.startTime ?? '09:00'))
      fail('events', event.id, 'field endTime: the event ends before it starts');
  }
  for (const item of data.news) check('news', item.id, 'countries', item.countries, isoCountries, 'country code');
  for (const country of data.countries) {
    check('countries', country.iso2, 'iso2', country.iso2, isoCountries, 'country code');
    for (const contact of country.contacts) {
      if (contactIds.has(contact.id)) fail('countries', country.iso2, `contact id "${contact.id}" is used twice`);
      contactIds.add(contact.id);
      if (contact.providerId)
        check(
          'countries',
          country.iso2,
          `contacts.${contact.id}.providerId`,
          contact.providerId,
          providers,
          'provider',
        );
    }
  }
  return data;
}
