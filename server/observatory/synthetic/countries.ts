// The countries of the synthetic world: every ISO 3166-1 alpha-2 code (i18n-iso-countries), with French
// and English names, capital and coordinates (world-countries), and the international organisations.
import i18n from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import worldCountries from 'world-countries';

i18n.registerLocale(en);
i18n.registerLocale(fr);

export interface WorldCountry {
  code: string;
  nameFr: string;
  nameEn: string;
  capital: string | null;
  latitude: number | null;
  longitude: number | null;
  /** A state that runs a diplomacy of its own (others are territories: one local government account). */
  state: boolean;
  /** ISO 639-1 language of its official posts. */
  lang: string;
  /** km²; a mild prior on how many accounts a state has (null when unknown). */
  area: number | null;
}

// Not independent in world-countries, but with a diplomatic network of their own.
const DIPLOMATIC_NON_MEMBERS = new Set(['PS', 'TW', 'XK', 'VA']);

const LANGUAGES: Record<string, string> = {
  fra: 'fr',
  eng: 'en',
  spa: 'es',
  ara: 'ar',
  por: 'pt',
  deu: 'de',
  rus: 'ru',
  zho: 'zh',
  ita: 'it',
  jpn: 'ja',
  kor: 'ko',
  nld: 'nl',
  tur: 'tr',
  pol: 'pl',
  ukr: 'uk',
  swe: 'sv',
  ell: 'el',
  heb: 'he',
  fas: 'fa',
  hin: 'hi',
  ind: 'id',
  msa: 'ms',
  vie: 'vi',
  tha: 'th',
};

function language(languages: Record<string, string> | undefined): string {
  for (const code of Object.keys(languages ?? {})) {
    const iso1 = LANGUAGES[code];
    if (iso1) return iso1;
  }
  return 'en';
}

let cached: WorldCountry[] | null = null;

/** All ISO 3166-1 alpha-2 countries, sorted by code (a fixed order: the world depends on it). */
export function worldCountryList(): WorldCountry[] {
  if (cached) return cached;
  const details = new Map(worldCountries.map((c) => [c.cca2, c]));
  const codes = Object.keys(i18n.getAlpha2Codes()).sort();
  cached = codes.map((code) => {
    const detail = details.get(code);
    const nameFr = i18n.getName(code, 'fr', { select: 'alias' }) ?? i18n.getName(code, 'fr') ?? code;
    const nameEn = i18n.getName(code, 'en', { select: 'alias' }) ?? i18n.getName(code, 'en') ?? code;
    const latlng = detail?.latlng;
    return {
      code,
      nameFr,
      nameEn,
      capital: detail?.capital?.[0] ?? null,
      latitude: latlng?.[0] ?? null,
      longitude: latlng?.[1] ?? null,
      state: detail ? detail.independent === true || DIPLOMATIC_NON_MEMBERS.has(code) : false,
      lang: language(detail?.languages),
      area: detail?.area ?? null,
    };
  });
  return cached;
}

export interface InternationalOrganisation {
  key: string;
  handle: string;
  nameFr: string;
  nameEn: string;
  /** The seat: the organisation's actor carries this country. */
  country: string;
  city: string;
  latitude: number;
  longitude: number;
  /** Relative standing among organisations (added to the influence level). */
  standing: number;
}

export const INTERNATIONAL_ORGANISATIONS: readonly InternationalOrganisation[] = [
  {
    key: 'un',
    handle: 'un',
    nameFr: 'Organisation des Nations unies',
    nameEn: 'United Nations',
    country: 'US',
    city: 'New York',
    latitude: 40.749,
    longitude: -73.968,
    standing: 0.6,
  },
  {
    key: 'eu',
    handle: 'eu_commission',
    nameFr: 'Commission européenne',
    nameEn: 'European Commission',
    country: 'BE',
    city: 'Bruxelles',
    latitude: 50.844,
    longitude: 4.382,
    standing: 0.4,
  },
  {
    key: 'nato',
    handle: 'nato',
    nameFr: 'Organisation du traité de l’Atlantique nord',
    nameEn: 'North Atlantic Treaty Organization',
    country: 'BE',
    city: 'Bruxelles',
    latitude: 50.879,
    longitude: 4.425,
    standing: 0.2,
  },
  {
    key: 'who',
    handle: 'who',
    nameFr: 'Organisation mondiale de la santé',
    nameEn: 'World Health Organization',
    country: 'CH',
    city: 'Genève',
    latitude: 46.233,
    longitude: 6.134,
    standing: 0.3,
  },
  {
    key: 'unesco',
    handle: 'unesco',
    nameFr: 'Organisation des Nations unies pour l’éducation, la science et la culture',
    nameEn: 'United Nations Educational, Scientific and Cultural Organization',
    country: 'FR',
    city: 'Paris',
    latitude: 48.849,
    longitude: 2.306,
    standing: 0,
  },
  {
    key: 'oecd',
    handle: 'oecd',
    nameFr: 'Organisation de coopération et de développement économiques',
    nameEn: 'Organisation for Economic Co-operation and Development',
    country: 'FR',
    city: 'Paris',
    latitude: 48.862,
    longitude: 2.269,
    standing: -0.3,
  },
  {
    key: 'au',
    handle: '_africanunion',
    nameFr: 'Union africaine',
    nameEn: 'African Union',
    country: 'ET',
    city: 'Addis-Abeba',
    latitude: 9.004,
    longitude: 38.733,
    standing: -0.4,
  },
  {
    key: 'asean',
    handle: 'asean',
    nameFr: 'Association des nations de l’Asie du Sud-Est',
    nameEn: 'Association of Southeast Asian Nations',
    country: 'ID',
    city: 'Jakarta',
    latitude: -6.238,
    longitude: 106.808,
    standing: -0.7,
  },
  {
    key: 'osce',
    handle: 'osce',
    nameFr: 'Organisation pour la sécurité et la coopération en Europe',
    nameEn: 'Organization for Security and Co-operation in Europe',
    country: 'AT',
    city: 'Vienne',
    latitude: 48.208,
    longitude: 16.365,
    standing: -0.9,
  },
];

/** Seats of permanent missions to organisations: a permanent mission is hosted in one of them. */
export const MISSION_SEATS: readonly { country: string; city: string }[] = [
  { country: 'US', city: 'New York' },
  { country: 'CH', city: 'Genève' },
  { country: 'BE', city: 'Bruxelles' },
  { country: 'AT', city: 'Vienne' },
  { country: 'FR', city: 'Paris' },
  { country: 'KE', city: 'Nairobi' },
];

/** Real handles of a few well-known main accounts (used when the registry does not already hold them). */
export const KNOWN_HANDLES: Readonly<Record<string, { foreignMinistry?: string; head?: string }>> = {
  FR: { foreignMinistry: 'francediplo', head: 'elysee' },
  US: { foreignMinistry: 'statedept', head: 'whitehouse' },
  GB: { foreignMinistry: 'fcdogovuk', head: 'number10gov' },
  DE: { foreignMinistry: 'auswaertigesamt', head: 'bundeskanzler' },
};
