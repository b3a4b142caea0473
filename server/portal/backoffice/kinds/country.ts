// Country pages (portal_countries): one per ISO 3166-1 code, seeded; editors change their introduction,
// promising sectors and information sources. Names come from i18n-iso-countries, not from the table.
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import { sql } from 'kysely';
import {
  CONTENT_KIND_PATHS,
  type CountryContent,
  CountryItemParams,
  CountryPreview,
  contentSchemas,
  patchBodies,
} from '../../../../common/schemas/portal-backoffice.ts';
import { checkHttpsUrl } from '../checks.ts';
import type { ContentRow, FieldError, KindDescriptor } from '../descriptor.ts';

countries.registerLocale(fr);
countries.registerLocale(en);

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

const nameOf = (iso2: string, lang: 'fr' | 'en') => countries.getName(iso2, lang) ?? iso2;

export const countryKind: KindDescriptor<'country'> = {
  kind: 'country',
  path: CONTENT_KIND_PATHS.country,
  table: 'portal_countries',
  idColumn: 'iso2',
  columns: ['intro_fr', 'intro_en', 'sectors', 'sources'],
  schemas: {
    content: contentSchemas.country,
    create: null,
    patch: patchBodies.country,
    params: CountryItemParams,
    preview: CountryPreview,
  },
  requiredText: [],
  titles: (_c, iso2) => ({ fr: nameOf(iso2, 'fr'), en: nameOf(iso2, 'en') }),
  searchText: sql<string>`t.iso2`,
  draftSearchKeys: [],
  // Every word of the query in the French or English name: "cote ivoire" finds Côte d'Ivoire.
  searchIds: (q) => {
    const words = fold(q).split(/\s+/).filter(Boolean);
    if (words.length === 0) return [];
    return Object.keys(countries.getAlpha2Codes()).filter((iso2) => {
      const names = fold(`${nameOf(iso2, 'fr')} ${nameOf(iso2, 'en')}`);
      return words.every((w) => names.includes(w));
    });
  },
  fromRow: (r: ContentRow): CountryContent => ({
    introFr: r.intro_fr as string,
    introEn: r.intro_en as string,
    sectors: r.sectors as CountryContent['sectors'],
    sources: (r.sources as CountryContent['sources']).map((s) => ({
      title: s.title,
      publisher: s.publisher ?? '',
      url: s.url,
      lang: s.lang,
    })),
  }),
  toColumns: (c) => ({
    intro_fr: c.introFr,
    intro_en: c.introEn,
    sectors: c.sectors,
    sources: JSON.stringify(c.sources),
  }),
  check: async (c, ctx) => {
    const errors: FieldError[] = [];
    c.sources.forEach((source, i) => {
      errors.push(...checkHttpsUrl(source.url, `sources.${i}.url`, ctx.lang));
    });
    return errors;
  },
  preview: async (c, meta, ctx) => ({
    iso2: meta.id,
    name: nameOf(meta.id, ctx.lang),
    intro: ctx.lang === 'en' ? c.introEn : c.introFr,
    sectors: c.sectors,
    sources: c.sources,
  }),
};
