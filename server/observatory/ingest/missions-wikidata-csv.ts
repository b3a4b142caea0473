// The Wikidata extract of diplomatic missions (database-of-embassies, CC0): ';'-separated, one mission a line,
// English labels for states and cities, entity URLs for ids. Read into registry rows: an actor and its accounts.
import type { ActorType } from '../../db/schema.ts';
import { type CountryNames, countryCode, countryNames, type MissionKind, missionName } from './mission-names.ts';
import { clip, type ImportInput, nonEmpty, openCsv } from './source.ts';

const FORMAT = 'missions-wikidata';
const REQUIRED = [
  'operator',
  'country',
  'city',
  'latitude',
  'longitude',
  'twitter',
  'facebook',
  'youtube',
  'type',
  'QID',
];

export interface MissionAccount {
  network: 'x' | 'facebook' | 'youtube';
  /** Lowercased, without '@'. */
  handle: string | null;
  /** The network's own id when the export gives one instead of a name (YouTube channel, Facebook page id). */
  networkId: string | null;
}

export interface MissionRecord {
  wikidataId: string;
  country: string;
  hostCountry: string;
  type: ActorType;
  nameFr: string;
  nameEn: string;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
  accounts: MissionAccount[];
  /** Kept with the row but reported (an account that could not be read). */
  warnings: string[];
}

export type MissionItem =
  | { line: number; mission: MissionRecord; error?: undefined }
  | { line: number; error: string; mission?: undefined };

type Kind = MissionKind & { actor: ActorType };
const embassy = (fr: string, en: string): Kind => ({ actor: 'embassy', fr, en, byCity: false });
const consulate = (fr: string, en: string): Kind => ({ actor: 'consulate', fr, en, byCity: true });

/**
 * Wikidata's mission types (the `type` label) to the registry's actor types. Everything that represents a
 * state in another is an embassy: high commissions (between Commonwealth members), apostolic nunciatures
 * (the Holy See), de facto embassies and representative offices (Taiwan…), liaison and interests offices.
 * Consulates general, consulates, honorary consulates, consular agencies and assistant high commissions
 * serve a city: consulate. Permanent missions (to international organisations): permanent_mission.
 * A label not listed is matched on its words; a label matching nothing is reported and the row skipped.
 */
const KINDS: Record<string, Kind> = {
  embassy: embassy('Ambassade', 'Embassy'),
  'embassy of the united states': embassy('Ambassade', 'Embassy'),
  'high commission': embassy('Haut-commissariat', 'High Commission'),
  'british high commission': embassy('Haut-commissariat', 'High Commission'),
  'australian high commission': embassy('Haut-commissariat', 'High Commission'),
  'apostolic nunciature': { ...embassy('Nonciature apostolique', 'Apostolic Nunciature'), holySee: true },
  'apostolic delegation': { ...embassy('Délégation apostolique', 'Apostolic Delegation'), holySee: true },
  'de facto embassy': embassy('Bureau de représentation', 'Representative Office'),
  'representative office': embassy('Bureau de représentation', 'Representative Office'),
  'taipei representative office': embassy('Bureau de représentation', 'Representative Office'),
  'liaison office': embassy('Bureau de liaison', 'Liaison Office'),
  'interests section': embassy("Section d'intérêts", 'Interests Section'),
  'trade office': embassy('Bureau commercial', 'Trade Office'),
  'diplomatic mission': embassy('Mission diplomatique', 'Diplomatic Mission'),
  'consulate general': consulate('Consulat général', 'Consulate General'),
  consulate: consulate('Consulat', 'Consulate'),
  'consular office': consulate('Consulat', 'Consulate'),
  'honorary consulate': consulate('Consulat honoraire', 'Honorary Consulate'),
  'de facto consulate': consulate('Bureau de représentation', 'Representative Office'),
  'consular agency': consulate('Agence consulaire', 'Consular Agency'),
  'assistant high commission': consulate('Haut-commissariat adjoint', 'Assistant High Commission'),
  'permanent mission': { actor: 'permanent_mission', fr: 'Mission permanente', en: 'Permanent Mission', byCity: true },
};
const KIND_PATTERNS: [RegExp, string][] = [
  [/permanent (mission|representation)/, 'permanent mission'],
  [/consulate general|consulat général/, 'consulate general'],
  [/honorary consul/, 'honorary consulate'],
  [/consul/, 'consulate'],
  [/high commission/, 'high commission'],
  [/nunciature/, 'apostolic nunciature'],
  [/embassy|ambassade/, 'embassy'],
  [/representative office|representation/, 'representative office'],
  [/diplomatic mission/, 'diplomatic mission'],
];

export function missionKind(label: string): Kind | null {
  const l = label.trim().toLowerCase();
  const exact = KINDS[l];
  if (exact) return exact;
  for (const [pattern, key] of KIND_PATTERNS) if (pattern.test(l)) return KINDS[key] ?? null;
  return null;
}

const QID = /^(?:https?:\/\/www\.wikidata\.org\/entity\/)?(Q[1-9]\d*)$/;

/** Reads the missions CSV; rows that cannot be a registry actor come out as errors with their line. */
export async function* parseMissionsWikidata(input: ImportInput): AsyncGenerator<MissionItem> {
  const csv = await openCsv(input, { format: FORMAT, delimiter: ';', required: REQUIRED, relaxQuotes: true });
  const c = Object.fromEntries(REQUIRED.map((name) => [name, csv.column(name)])) as Record<string, number>;
  const names = new Map<string, CountryNames | null>();
  const namesOf = (code: string) => {
    if (!names.has(code)) names.set(code, countryNames(code));
    return names.get(code) ?? null;
  };
  for await (const row of csv.rows) {
    if (row.error !== undefined) {
      yield row;
      continue;
    }
    const get = (name: string) => row.fields[c[name] ?? -1] ?? '';
    const result = mission(get, namesOf);
    yield typeof result === 'string' ? { line: row.line, error: result } : { line: row.line, mission: result };
  }
}

function mission(
  get: (name: string) => string,
  namesOf: (code: string) => CountryNames | null,
): MissionRecord | string {
  const qid = QID.exec(get('QID').trim())?.[1];
  if (!qid)
    return get('QID').trim() ? `invalid Wikidata id in QID: '${clip(get('QID'))}'` : 'missing Wikidata id (QID)';
  const operator = get('operator').trim();
  const country = countryCode(operator);
  if (!country) return `unknown sending state '${clip(operator)}' (operator): not an ISO 3166 country`;
  const hostName = get('country').trim();
  const hostCountry = countryCode(hostName);
  if (!hostCountry) return `unknown host country '${clip(hostName)}' (country)`;
  const kind = missionKind(get('type'));
  if (!kind) return `unknown mission type '${clip(get('type'))}'`;
  // An embassy in its own country is a Wikidata error on the host (missions to organisations aside).
  if (hostCountry === country && kind.actor !== 'permanent_mission')
    return `the host country is the sending state (${operator}): a wrong host country in Wikidata`;
  const coordinates = coords(get('latitude'), get('longitude'));
  if (typeof coordinates === 'string') return coordinates;
  const sending = namesOf(country);
  const host = namesOf(hostCountry);
  if (!sending || !host) return `no French or English name for ${!sending ? country : hostCountry}`;
  const city = nonEmpty(get('city'));
  const name = missionName(kind, sending, host, city);
  const warnings: string[] = [];
  const accounts: MissionAccount[] = [];
  for (const network of ['x', 'facebook', 'youtube'] as const) {
    const raw = get(network === 'x' ? 'twitter' : network);
    if (!raw.trim()) continue;
    const account = readAccount(network, raw);
    if (account) accounts.push(account);
    else warnings.push(`${network} account '${clip(raw.trim())}' is not a handle: left out`);
  }
  return {
    wikidataId: qid,
    country,
    hostCountry,
    type: kind.actor,
    nameFr: name.fr.slice(0, 300),
    nameEn: name.en.slice(0, 300),
    city: city ? city.slice(0, 200) : null,
    latitude: coordinates?.latitude ?? null,
    longitude: coordinates?.longitude ?? null,
    accounts,
    warnings,
  };
}

function coords(lat: string, lon: string): { latitude: number; longitude: number } | null | string {
  const a = lat.trim();
  const o = lon.trim();
  if (!a && !o) return null;
  const latitude = a ? Number(a) : Number.NaN;
  const longitude = o ? Number(o) : Number.NaN;
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude) || Math.abs(latitude) > 90 || Math.abs(longitude) > 180)
    return `bad coordinates (latitude '${clip(a)}', longitude '${clip(o)}')`;
  return { latitude, longitude };
}

const YOUTUBE_CHANNEL = /^UC[A-Za-z0-9_-]{22}$/;

/** A handle from what Wikidata holds: a name, '@name', a profile URL, or a Facebook "Page-Name-123456" slug. */
export function readAccount(network: MissionAccount['network'], raw: string): MissionAccount | null {
  let v = raw.trim();
  try {
    v = decodeURIComponent(v);
  } catch {}
  v = v
    .replace(/^https?:\/\/(www\.|m\.|mobile\.)?(twitter|x|facebook|youtube)\.com\//i, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '')
    .replace(/^@/, '');
  if (network === 'youtube') {
    const channel = v.replace(/^channel\//, '');
    if (YOUTUBE_CHANNEL.test(channel)) return { network, handle: null, networkId: channel };
    const name = v.replace(/^(c|user)\//, '').replace(/^@/, '');
    return /^[\p{L}\p{N}._-]{1,100}$/u.test(name) ? { network, handle: name.toLowerCase(), networkId: null } : null;
  }
  if (network === 'facebook') {
    // "pages/Some Name/123456" and "Some-Name-123456" are page ids behind a title, not user names.
    const id = /(?:^|[/-])(\d{6,20})$/.exec(v)?.[1];
    if (id) return { network, handle: null, networkId: id };
    return /^[\p{L}\p{N}._-]{1,100}$/u.test(v) ? { network, handle: v.toLowerCase(), networkId: null } : null;
  }
  return /^[A-Za-z0-9_]{1,50}$/.test(v) ? { network, handle: v.toLowerCase(), networkId: null } : null;
}
