// Checks the schema cannot make (a whole content, then fields): references that must exist (partners, regions), real ISO country codes, real
// https addresses, time zones and e-mail addresses. Each returns field errors worded in the editor's language.
import countries from 'i18n-iso-countries';
import { sql } from 'kysely';
import { errorMessage, type Lang } from '../../../common/errors.ts';
import type { ContentKind } from '../../../common/portal-terms.ts';
import type { ContentOf } from '../../../common/schemas/portal-backoffice.ts';
import { findClassificationMarking } from '../../access/markings.ts';
import { AppError } from '../../errors.ts';
import type { CheckContext, FieldError, KindDescriptor } from './descriptor.ts';

export const say = (lang: Lang, fr: string, en: string) => (lang === 'fr' ? fr : en);

export function checkCountries(codes: readonly (string | null)[], field: string, lang: Lang): FieldError[] {
  const unknown = codes.filter((code): code is string => code !== null && !countries.isValid(code));
  if (unknown.length === 0) return [];
  return [
    {
      field,
      message: say(
        lang,
        `code pays ISO 3166-1 inconnu : ${unknown.join(', ')}`,
        `unknown ISO 3166-1 country code: ${unknown.join(', ')}`,
      ),
    },
  ];
}

export async function checkRegions(
  codes: readonly (string | null)[],
  field: string,
  ctx: CheckContext,
): Promise<FieldError[]> {
  const wanted = codes.filter((code): code is string => code !== null);
  if (wanted.length === 0) return [];
  const { rows } = await sql<{ code: string }>`
    SELECT code FROM portal_regions WHERE code = ANY(${wanted}::text[])`.execute(ctx.db);
  const known = new Set(rows.map((r) => r.code));
  const unknown = wanted.filter((code) => !known.has(code));
  if (unknown.length === 0) return [];
  return [
    {
      field,
      message: say(ctx.lang, `région inconnue : ${unknown.join(', ')}`, `unknown region: ${unknown.join(', ')}`),
    },
  ];
}

export async function checkProvider(id: string | null, field: string, ctx: CheckContext): Promise<FieldError[]> {
  if (id === null) return [];
  const { rows } = await sql<{ id: string }>`SELECT id FROM portal_providers WHERE id = ${id}`.execute(ctx.db);
  if (rows.length > 0) return [];
  return [{ field, message: say(ctx.lang, `partenaire inconnu : ${id}`, `unknown partner: ${id}`) }];
}

/** An https address a browser can open (the schema only checks the prefix); empty passes when `optional`. */
export function checkHttpsUrl(url: string, field: string, lang: Lang, optional = false): FieldError[] {
  if (url === '' && optional) return [];
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (parsed && parsed.protocol === 'https:' && parsed.hostname.includes('.') && !/\s/.test(url)) return [];
  return [
    {
      field,
      message: say(lang, 'adresse https:// invalide (ex. https://www.exemple.fr)', 'invalid https:// address'),
    },
  ];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkEmail(email: string, field: string, lang: Lang): FieldError[] {
  if (email === '' || EMAIL.test(email)) return [];
  return [{ field, message: say(lang, 'adresse électronique invalide', 'invalid e-mail address') }];
}

export function checkTimeZone(zone: string, field: string, lang: Lang): FieldError[] {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return [];
  } catch {
    return [
      {
        field,
        message: say(lang, `fuseau horaire inconnu : ${zone} (ex. Europe/Paris)`, `unknown time zone: ${zone}`),
      },
    ];
  }
}

// --- A whole content ----------------------------------------------------------------------------------------

/** Trimmed texts, Unix line ends, steps in order. */
export function tidy(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return value.replace(/\r\n?/g, '\n').trim();
  if (Array.isArray(value)) {
    const items = value.map((item) => tidy(item));
    return key === 'steps' ? [...(items as number[])].sort((a, b) => a - b) : items;
  }
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, tidy(v, k)]));
  return value;
}

/** Every text of the content with its field path (`sources.0.title`), for the marking check. */
function texts(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((item, i) => void texts(item, `${path}.${i}`, out));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) texts(item, path ? `${path}.${key}` : key, out);
  return out;
}

/** Throws 422 for a classification marking, then 400 naming every field the kind's rules refuse. */
export async function checkContent<K extends ContentKind>(
  deps: CheckContext,
  d: KindDescriptor<K>,
  content: Record<string, unknown>,
) {
  const marked = texts(content, '').flatMap(([field, text]) => {
    const marking = findClassificationMarking(text);
    return marking ? [{ field, marking }] : [];
  });
  if (marked.length > 0) {
    throw new AppError('ERR_CLASSIFIED_MARKING', {
      params: { marking: marked[0]!.marking },
      fieldErrors: marked.map(({ field, marking }) => ({
        field,
        message: errorMessage('ERR_CLASSIFIED_MARKING', deps.lang, { marking }),
      })),
    });
  }
  const errors: FieldError[] = d.requiredText
    .filter((field) => content[field] === '')
    .map((field) => ({ field, message: say(deps.lang, 'champ obligatoire', 'required') }));
  errors.push(...(await d.check(content as ContentOf<K>, { db: deps.db, lang: deps.lang })));
  if (errors.length > 0) throw new AppError('ERR_VALIDATION', { fieldErrors: errors });
}
