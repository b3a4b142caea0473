// Names of diplomatic missions in French and English ("Ambassade de France en Australie", "Embassy of France
// in Australia"), built from i18n-iso-countries' names with the articles and prepositions each language needs.
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };

countries.registerLocale(en);
countries.registerLocale(fr);

/**
 * English names in the Wikidata export that i18n-iso-countries does not know (checked on the 2022-11-16
 * extract; the importer reports any other unknown name). Entities without an ISO code (Quebec, the Sovereign
 * Military Order of Malta, Somaliland…) are left out on purpose: their rows are reported and skipped.
 */
const WIKIDATA_NAMES: Record<string, string> = {
  Vatican: 'VA',
  'Holy See': 'VA',
  'Republic of Ireland': 'IE',
  'Kingdom of Denmark': 'DK',
  Moldova: 'MD',
  Syria: 'SY',
  Brunei: 'BN',
  Laos: 'LA',
  'East Timor': 'TL',
  'The Bahamas': 'BS',
  'Federated States of Micronesia': 'FM',
  'São Tomé and Príncipe': 'ST',
  Macau: 'MO',
  'Government of Sweden': 'SE',
  "Ministry of Foreign Affairs of the People's Republic of China": 'CN',
  'Ministry of Foreign Affairs of the Russian Federation': 'RU',
  'Ministry of Foreign Affairs and Cooperation of the Republic of Rwanda': 'RW',
};

/** ISO 3166-1 alpha-2 code of an English country name as Wikidata labels it, or null. */
export function countryCode(name: string): string | null {
  const n = name.trim();
  if (!n) return null;
  return WIKIDATA_NAMES[n] ?? countries.getAlpha2Code(n, 'en') ?? null;
}

/** The usual short name where the ISO list gives the formal one. */
const SHORT_EN: Record<string, string> = {
  VA: 'Holy See',
  FM: 'Micronesia',
  MD: 'Moldova',
  SY: 'Syria',
  TW: 'Taiwan',
  LA: 'Laos',
  IR: 'Iran',
  CN: 'China',
  RU: 'Russia',
  KR: 'South Korea',
  KP: 'North Korea',
  US: 'United States',
  GB: 'United Kingdom',
  NL: 'Netherlands',
  TZ: 'Tanzania',
  BN: 'Brunei',
  GM: 'Gambia',
  MK: 'North Macedonia',
  CI: "Côte d'Ivoire",
  PS: 'Palestine',
  BO: 'Bolivia',
  VE: 'Venezuela',
  CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo',
  CV: 'Cape Verde',
  FK: 'Falkland Islands',
};
/** Names said with "the" in English. */
const THE_EN = new Set([
  'VA',
  'US',
  'GB',
  'NL',
  'GM',
  'CD',
  'CG',
  'CF',
  'DO',
  'CZ',
  'AE',
  'PH',
  'BS',
  'MV',
  'KM',
  'MH',
  'SB',
  'CK',
]);

const SHORT_FR: Record<string, string> = {
  VA: 'Saint-Siège',
  SZ: 'Eswatini',
  US: 'États-Unis',
  AE: 'Émirats arabes unis',
  CF: 'République centrafricaine',
  CZ: 'Tchéquie',
  DO: 'République dominicaine',
  SV: 'Salvador',
  BN: 'Brunei',
  TZ: 'Tanzanie',
  CI: "Côte d'Ivoire",
  ST: 'Sao Tomé-et-Principe',
};

/**
 * How French attaches a country name: "en/de" (feminine, or any name starting with a vowel sound), "au/du"
 * (masculine), "aux/des" (plural), "à/de" without article (most islands and city-states), "à la/de la"
 * (a few islands), "en/de la" (the "République …" names). The default is read from the first word of the
 * name: feminine when it ends in "e", except the masculine ones listed.
 */
type FrenchForm = 'f' | 'm' | 'pl' | 'none' | 'la' | 'rep';
const FORMS: Record<string, FrenchForm> = {
  // Masculine despite the final "e".
  MX: 'm',
  KH: 'm',
  MZ: 'm',
  ZW: 'm',
  BZ: 'm',
  SR: 'm',
  GB: 'm',
  // Feminine although the first word is not.
  SL: 'f',
  // Plural.
  NL: 'pl',
  US: 'pl',
  AE: 'pl',
  KM: 'pl',
  PH: 'pl',
  SC: 'pl',
  MV: 'pl',
  BS: 'pl',
  FJ: 'pl',
  MH: 'pl',
  SB: 'pl',
  CK: 'pl',
  PW: 'pl',
  WS: 'pl',
  TO: 'pl',
  // Without article.
  CU: 'none',
  SG: 'none',
  MT: 'none',
  MC: 'none',
  MG: 'none',
  MU: 'none',
  CY: 'none',
  BH: 'none',
  OM: 'none',
  TW: 'none',
  HK: 'none',
  MO: 'none',
  DJ: 'none',
  NR: 'none',
  KI: 'none',
  TV: 'none',
  LC: 'none',
  SM: 'none',
  KN: 'none',
  ST: 'none',
  TT: 'none',
  AG: 'none',
  VC: 'none',
  // With "la" even after "à".
  GD: 'la',
  DM: 'la',
  BB: 'la',
  CF: 'rep',
  CG: 'rep',
  CD: 'rep',
  DO: 'rep',
};
// Names starting with a silent h take the elided forms ("d'Haïti").
const SILENT_H = new Set(['HT']);

export interface CountryNames {
  fr: string;
  en: string;
  /** "en Australie", "au Japon", "aux Pays-Bas", "à Cuba" */
  frIn: string;
  /** "de France", "du Japon", "des Pays-Bas", "d'Italie" */
  frOf: string;
  /** "Australia", "the Netherlands" */
  enWithArticle: string;
}

export function countryNames(code: string): CountryNames | null {
  const enName = SHORT_EN[code] ?? countries.getName(code, 'en');
  const frName = SHORT_FR[code] ?? countries.getName(code, 'fr');
  if (!enName || !frName) return null;
  const vowel = /^[aeiouyàâäéèêëîïôöûüœ]/i.test(frName) || SILENT_H.has(code);
  const firstWord = frName.split(/[\s-]/)[0] ?? frName;
  const form: FrenchForm = FORMS[code] ?? (/e$/.test(firstWord) ? 'f' : 'm');
  const de = (name: string) => (vowel ? `d'${name}` : `de ${name}`);
  let frIn: string;
  let frOf: string;
  switch (form) {
    case 'pl':
      frIn = `aux ${frName}`;
      frOf = `des ${frName}`;
      break;
    case 'none':
      frIn = `à ${frName}`;
      frOf = de(frName);
      break;
    case 'la':
      frIn = `à la ${frName}`;
      frOf = `de la ${frName}`;
      break;
    case 'rep':
      frIn = `en ${frName}`;
      frOf = `de la ${frName}`;
      break;
    case 'm':
      frIn = vowel ? `en ${frName}` : `au ${frName}`;
      frOf = vowel ? `d'${frName}` : `du ${frName}`;
      break;
    default:
      frIn = `en ${frName}`;
      frOf = de(frName);
  }
  return { fr: frName, en: enName, frIn, frOf, enWithArticle: THE_EN.has(code) ? `the ${enName}` : enName };
}

/** "à Sydney", "à La Haye" would need a gazetteer: Wikidata's city labels are English, kept as they are. */
const frInCity = (city: string) => `à ${city}`;

export interface MissionKind {
  fr: string;
  en: string;
  /** Named after the host city (consulates) rather than the host country (embassies). */
  byCity: boolean;
  /** Named without the sending state (the Holy See's nunciatures: "Nonciature apostolique en France"). */
  holySee?: boolean;
}

export function missionName(
  kind: MissionKind,
  sending: CountryNames,
  host: CountryNames,
  city: string | null,
): { fr: string; en: string } {
  const place = kind.byCity && city ? { fr: frInCity(city), en: `in ${city}` } : null;
  if (kind.holySee)
    return {
      fr: `${kind.fr} ${place?.fr ?? host.frIn}`,
      en: `${kind.en} ${place ? place.en : `to ${host.enWithArticle}`}`,
    };
  return {
    fr: `${kind.fr} ${sending.frOf} ${place?.fr ?? host.frIn}`,
    en: `${kind.en} of ${sending.enWithArticle} ${place?.en ?? `in ${host.enWithArticle}`}`,
  };
}
