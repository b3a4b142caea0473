// The kinds of content as the web app addresses them: French URL segments, API paths, and the layout of each
// kind's form (which fields, in which sections, with which control). The rules stay on the server.
import { generatePath } from 'react-router';
import {
  COMPANY_SIZES,
  CONTACT_KINDS,
  CONTENT_KINDS,
  type ContentKind,
  EVENT_TYPES,
  MATURITIES,
  OFFER_TYPES,
  PRICES,
  SECTORS,
} from '../../../../common/portal-terms.ts';
import { CONTENT_KIND_PATHS, CREATABLE_KINDS } from '../../../../common/schemas/portal-backoffice.ts';
import { paths } from '../../../app/paths.ts';
import { queryString } from '../components/portalUrls.ts';

/** The kind in the page's URL: /portail-export/gestion/offres/... */
export const KIND_SLUGS = {
  offer: 'offres',
  event: 'evenements',
  news: 'actualites',
  contact: 'contacts',
  country: 'pays',
} as const satisfies Record<ContentKind, string>;

export function kindOfSlug(slug: string | null | undefined): ContentKind | null {
  return CONTENT_KINDS.find((kind) => KIND_SLUGS[kind] === slug) ?? null;
}

export const isCreatable = (kind: ContentKind) => (CREATABLE_KINDS as readonly ContentKind[]).includes(kind);

export const adminApi = (kind: ContentKind, rest = '') => `/api/portal/admin/${CONTENT_KIND_PATHS[kind]}${rest}`;
export const itemApi = (kind: ContentKind, id: string, rest = '') =>
  adminApi(kind, `/${encodeURIComponent(id)}${rest}`);

export const listUrl = (kind: ContentKind, params: Record<string, string | number | undefined> = {}) =>
  `${paths.portalBackoffice}${queryString({ contenu: kind === 'offer' ? undefined : KIND_SLUGS[kind], ...params })}`;
export const newItemUrl = (kind: ContentKind) => generatePath(paths.portalBackofficeNew, { kind: KIND_SLUGS[kind] });
export const itemUrl = (kind: ContentKind, id: string) =>
  generatePath(paths.portalBackofficeItem, { kind: KIND_SLUGS[kind], id });

// --- Form layout ---------------------------------------------------------------------------------------------

export type Vocabulary = 'offerType' | 'eventType' | 'contactKind' | 'price' | 'companySize' | 'maturity' | 'sector';
export const vocabularies: Record<Vocabulary, readonly string[]> = {
  offerType: OFFER_TYPES,
  eventType: EVENT_TYPES,
  contactKind: CONTACT_KINDS,
  price: PRICES,
  companySize: COMPANY_SIZES,
  maturity: MATURITIES,
  sector: SECTORS,
};

/** One control of the form; `key` is the content field it edits. */
export type FieldSpec =
  | { control: 'bilingual'; fr: string; en: string; long?: boolean; required?: boolean; maxLength: number }
  | {
      control: 'text';
      key: string;
      long?: boolean;
      required?: boolean;
      maxLength: number;
      type?: 'url' | 'email' | 'tel';
    }
  | { control: 'choice'; key: string; vocabulary: Vocabulary; required?: boolean }
  | { control: 'multi'; key: string; vocabulary: Vocabulary }
  | { control: 'steps'; key: string; required?: boolean }
  | { control: 'provider'; key: string; required?: boolean }
  | { control: 'region'; key: string }
  | { control: 'regions'; key: string }
  | { control: 'country'; key: string }
  | { control: 'countries'; key: string }
  | { control: 'instant'; key: string; zoneKey: string }
  | { control: 'date'; key: string }
  | { control: 'flag'; key: string }
  | { control: 'sources'; key: string };

export type SectionName =
  | 'texts'
  | 'classification'
  | 'audience'
  | 'practical'
  | 'when'
  | 'where'
  | 'contact'
  | 'sources';
export interface FormSection {
  name: SectionName;
  fields: FieldSpec[];
}

const titles = (long = false): FieldSpec[] => [
  { control: 'bilingual', fr: 'titleFr', en: 'titleEn', required: true, maxLength: 200 },
  { control: 'bilingual', fr: 'summaryFr', en: 'summaryEn', required: true, long, maxLength: 600 },
];

export const formLayouts: Record<ContentKind, FormSection[]> = {
  offer: [
    {
      name: 'texts',
      fields: [
        ...titles(true),
        {
          control: 'bilingual',
          fr: 'descriptionFr',
          en: 'descriptionEn',
          required: true,
          long: true,
          maxLength: 20_000,
        },
        { control: 'text', key: 'keywords', maxLength: 500 },
      ],
    },
    {
      name: 'classification',
      fields: [
        { control: 'provider', key: 'providerId', required: true },
        { control: 'choice', key: 'type', vocabulary: 'offerType', required: true },
        { control: 'steps', key: 'steps', required: true },
      ],
    },
    {
      name: 'audience',
      fields: [
        { control: 'multi', key: 'companySizes', vocabulary: 'companySize' },
        { control: 'multi', key: 'maturities', vocabulary: 'maturity' },
        { control: 'multi', key: 'sectors', vocabulary: 'sector' },
        { control: 'regions', key: 'regions' },
        { control: 'countries', key: 'countries' },
      ],
    },
    {
      name: 'practical',
      fields: [
        { control: 'choice', key: 'price', vocabulary: 'price', required: true },
        { control: 'bilingual', fr: 'priceNoteFr', en: 'priceNoteEn', maxLength: 300 },
        { control: 'text', key: 'url', type: 'url', required: true, maxLength: 2000 },
      ],
    },
  ],
  event: [
    {
      name: 'texts',
      fields: [
        ...titles(true),
        {
          control: 'bilingual',
          fr: 'descriptionFr',
          en: 'descriptionEn',
          required: true,
          long: true,
          maxLength: 20_000,
        },
      ],
    },
    {
      name: 'when',
      fields: [
        { control: 'text', key: 'timezone', required: true, maxLength: 64 },
        { control: 'instant', key: 'startsAt', zoneKey: 'timezone' },
        { control: 'instant', key: 'endsAt', zoneKey: 'timezone' },
        { control: 'flag', key: 'online' },
        { control: 'text', key: 'venue', maxLength: 200 },
        { control: 'text', key: 'city', maxLength: 100 },
        { control: 'country', key: 'country' },
      ],
    },
    {
      name: 'classification',
      fields: [
        { control: 'choice', key: 'type', vocabulary: 'eventType', required: true },
        { control: 'provider', key: 'providerId' },
        { control: 'steps', key: 'steps' },
        { control: 'multi', key: 'sectors', vocabulary: 'sector' },
        { control: 'regions', key: 'regions' },
        { control: 'countries', key: 'countries' },
      ],
    },
    {
      name: 'practical',
      fields: [
        { control: 'choice', key: 'price', vocabulary: 'price', required: true },
        { control: 'text', key: 'url', type: 'url', maxLength: 2000 },
      ],
    },
  ],
  news: [
    {
      name: 'texts',
      fields: [
        ...titles(true),
        { control: 'bilingual', fr: 'bodyFr', en: 'bodyEn', required: true, long: true, maxLength: 20_000 },
        { control: 'date', key: 'dated' },
      ],
    },
    {
      name: 'classification',
      fields: [
        { control: 'steps', key: 'steps' },
        { control: 'multi', key: 'sectors', vocabulary: 'sector' },
        { control: 'countries', key: 'countries' },
      ],
    },
  ],
  contact: [
    {
      name: 'contact',
      fields: [
        { control: 'text', key: 'name', required: true, maxLength: 200 },
        { control: 'choice', key: 'kind', vocabulary: 'contactKind', required: true },
        { control: 'provider', key: 'providerId' },
        { control: 'bilingual', fr: 'roleFr', en: 'roleEn', maxLength: 200 },
        { control: 'text', key: 'email', type: 'email', maxLength: 254 },
        { control: 'text', key: 'phone', type: 'tel', maxLength: 40 },
        { control: 'text', key: 'url', type: 'url', maxLength: 2000 },
      ],
    },
    {
      name: 'where',
      fields: [
        { control: 'region', key: 'region' },
        { control: 'country', key: 'country' },
        { control: 'text', key: 'city', maxLength: 100 },
        { control: 'text', key: 'address', long: true, maxLength: 300 },
      ],
    },
    { name: 'classification', fields: [{ control: 'steps', key: 'steps' }] },
  ],
  country: [
    {
      name: 'texts',
      fields: [{ control: 'bilingual', fr: 'introFr', en: 'introEn', long: true, maxLength: 5000 }],
    },
    { name: 'classification', fields: [{ control: 'multi', key: 'sectors', vocabulary: 'sector' }] },
    { name: 'sources', fields: [{ control: 'sources', key: 'sources' }] },
  ],
};

/** A new item's starting values: empty texts, the server's defaults for the rest. */
export const blankContent: Record<ContentKind, Record<string, unknown>> = {
  offer: {
    providerId: '',
    titleFr: '',
    titleEn: '',
    summaryFr: '',
    summaryEn: '',
    descriptionFr: '',
    descriptionEn: '',
    keywords: '',
    steps: [],
    type: '',
    companySizes: [],
    maturities: [],
    sectors: [],
    regions: [],
    countries: [],
    price: '',
    priceNoteFr: '',
    priceNoteEn: '',
    url: '',
  },
  event: {
    titleFr: '',
    titleEn: '',
    summaryFr: '',
    summaryEn: '',
    descriptionFr: '',
    descriptionEn: '',
    type: '',
    startsAt: '',
    endsAt: '',
    timezone: 'Europe/Paris',
    online: false,
    venue: '',
    city: '',
    country: null,
    countries: [],
    regions: [],
    sectors: [],
    steps: [],
    providerId: null,
    price: 'paid',
    url: '',
  },
  news: {
    titleFr: '',
    titleEn: '',
    summaryFr: '',
    summaryEn: '',
    bodyFr: '',
    bodyEn: '',
    dated: '',
    countries: [],
    sectors: [],
    steps: [],
  },
  contact: {
    kind: '',
    name: '',
    providerId: null,
    roleFr: '',
    roleEn: '',
    region: null,
    country: null,
    city: '',
    address: '',
    email: '',
    phone: '',
    url: '',
    steps: [],
  },
  country: { introFr: '', introEn: '', sectors: [], sources: [] },
};
