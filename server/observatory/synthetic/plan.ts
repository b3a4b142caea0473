// The official accounts of one country: which roles (ministry, head, ministers, embassies...), where they
// are posted, their names and handles. Pure; the influence model reads each role's level from ROLES.
import type { ActorType } from '../../db/schema.ts';
import { KNOWN_HANDLES, MISSION_SEATS, type WorldCountry } from './countries.ts';
import { type AliasTable, Rng } from './random.ts';

export type Role =
  | 'ministry'
  | 'head'
  | 'foreignMinister'
  | 'ministryDesk'
  | 'minister'
  | 'mission'
  | 'embassy'
  | 'ambassador'
  | 'consulate'
  | 'diplomat'
  | 'localGovernment'
  | 'organisation';

/**
 * Each role's influence level (log scale, added to the country's level), its spread, and its activity.
 * Calibrated so that France (100 accounts) sums to about 650,000 followers with the ministry at ~230,000.
 */
export const ROLES: Readonly<Record<Role, { type: ActorType; level: number; spread: number; activity: number }>> = {
  ministry: { type: 'foreign_ministry', level: 4.85, spread: 0.3, activity: 5 },
  head: { type: 'head_of_state_or_government', level: 3.85, spread: 0.35, activity: 2 },
  foreignMinister: { type: 'minister', level: 2.9, spread: 0.4, activity: 2.5 },
  ministryDesk: { type: 'foreign_ministry', level: 1.85, spread: 0.5, activity: 2 },
  minister: { type: 'minister', level: 1.6, spread: 0.5, activity: 1.5 },
  mission: { type: 'permanent_mission', level: 1.25, spread: 0.5, activity: 1.3 },
  embassy: { type: 'embassy', level: 0, spread: 0.6, activity: 1 },
  ambassador: { type: 'ambassador', level: -0.65, spread: 0.7, activity: 0.8 },
  consulate: { type: 'consulate', level: -1.15, spread: 0.5, activity: 0.6 },
  diplomat: { type: 'diplomat', level: -1.6, spread: 0.8, activity: 0.6 },
  localGovernment: { type: 'head_of_state_or_government', level: 1.5, spread: 0.4, activity: 0.8 },
  organisation: { type: 'international_organisation', level: 4.4, spread: 0.25, activity: 4 },
};

/** Shares of the accounts after the ministry, the head and the foreign minister. */
const SHARES: readonly [Role, number][] = [
  ['embassy', 0.44],
  ['ambassador', 0.2],
  ['consulate', 0.12],
  ['diplomat', 0.1],
  ['minister', 0.05],
  ['mission', 0.05],
  ['ministryDesk', 0.04],
];

const ABBREVIATIONS: Record<Role, string> = {
  ministry: 'mfa',
  head: 'gov',
  foreignMinister: 'fm',
  ministryDesk: 'mfa',
  minister: 'min',
  mission: 'pm',
  embassy: 'emb',
  ambassador: 'amb',
  consulate: 'con',
  diplomat: 'dip',
  localGovernment: 'gov',
  organisation: 'io',
};

const PORTFOLIOS: readonly [string, string][] = [
  ['Commerce extérieur', 'Foreign Trade'],
  ['Europe', 'Europe'],
  ['Développement', 'Development'],
  ['Partenariats internationaux', 'International Partnerships'],
  ['Économie', 'Economy'],
  ['Défense', 'Defence'],
  ['Culture', 'Culture'],
  ['Tourisme', 'Tourism'],
];

const DESKS: readonly [string, string][] = [
  ['porte-parole', 'spokesperson'],
  ['presse', 'press office'],
  ['affaires consulaires', 'consular affairs'],
  ['diplomatie économique', 'economic diplomacy'],
  ['développement', 'development'],
];

export interface Slot {
  role: Role;
  hostCountry: string | null;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
  nameFr: string;
  nameEn: string;
  /** The handle without network decoration ('fr_emb_ml_12'); the account adapts it to its network. */
  handle: string;
}

/** How many accounts of each role a country of `n` official actors has (largest remainder, no randomness). */
export function roleCounts(n: number, state: boolean): Role[] {
  if (!state) return ['localGovernment'];
  const roles: Role[] = ['ministry', 'head', 'foreignMinister'].slice(0, n) as Role[];
  const rest = n - roles.length;
  if (rest <= 0) return roles;
  const exact = SHARES.map(([role, share]) => ({ role, value: share * rest }));
  const counts = exact.map((e) => Math.floor(e.value));
  let missing = rest - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((e, i) => ({ i, remainder: e.value - Math.floor(e.value) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of byRemainder) {
    if (missing <= 0) break;
    counts[i] = (counts[i] as number) + 1;
    missing--;
  }
  SHARES.forEach(([role], i) => {
    for (let k = 0; k < (counts[i] as number); k++) roles.push(role);
  });
  return roles;
}

export interface PlanContext {
  countries: readonly WorldCountry[];
  byCode: ReadonlyMap<string, WorldCountry>;
  /** Draws a host country (index into `countries`) with probability growing with its size. */
  hosts: AliasTable;
  seed: number;
}

function pickHost(ctx: PlanContext, rng: Rng, self: string, avoid: ReadonlySet<string>): WorldCountry {
  for (let attempt = 0; attempt < 200; attempt++) {
    const host = ctx.countries[ctx.hosts.sample(rng)] as WorldCountry;
    if (host.code !== self && !avoid.has(host.code)) return host;
  }
  // Every likely host taken (very large countries): any state not yet used, in code order.
  const free = ctx.countries.find((c) => c.state && c.code !== self && !avoid.has(c.code));
  return free ?? (ctx.countries.find((c) => c.code !== self) as WorldCountry);
}

/** The slots of one country, in a fixed order (the order in which its accounts are created). */
export function planCountry(ctx: PlanContext, country: WorldCountry, n: number): Slot[] {
  const rng = Rng.stream(ctx.seed, `plan:${country.code}`);
  const cc = country.code.toLowerCase();
  const known = KNOWN_HANDLES[country.code] ?? {};
  const embassyHosts: WorldCountry[] = [];
  const usedHosts = new Set<string>();
  const consulatesPerHost = new Map<string, number>();
  const counters = new Map<Role, number>();
  const slots: Slot[] = [];
  let seq = 0;
  for (const role of roleCounts(n, country.state)) {
    seq++;
    const k = (counters.get(role) ?? 0) + 1;
    counters.set(role, k);
    let host: WorldCountry | null = null;
    let city: string | null = country.capital;
    let nameFr: string;
    let nameEn: string;
    let handle = `${cc}_${ABBREVIATIONS[role]}_${seq}`;
    switch (role) {
      case 'ministry':
        nameFr = `${country.nameFr} – Ministère des Affaires étrangères`;
        nameEn = `${country.nameEn} – Ministry of Foreign Affairs`;
        handle = known.foreignMinistry ?? `${cc}_mfa`;
        break;
      case 'head':
        nameFr = `${country.nameFr} – Chef de l’État ou du gouvernement`;
        nameEn = `${country.nameEn} – Head of State or Government`;
        handle = known.head ?? `${cc}_gov`;
        break;
      case 'localGovernment':
        nameFr = `${country.nameFr} – Gouvernement local`;
        nameEn = `${country.nameEn} – Local government`;
        handle = `${cc}_gov`;
        break;
      case 'foreignMinister':
        nameFr = `${country.nameFr} – Ministre des Affaires étrangères`;
        nameEn = `${country.nameEn} – Minister of Foreign Affairs`;
        handle = `${cc}_fm`;
        break;
      case 'ministryDesk': {
        const [fr, en] = DESKS[(k - 1) % DESKS.length] as [string, string];
        const suffix = k > DESKS.length ? ` ${Math.ceil(k / DESKS.length)}` : '';
        nameFr = `${country.nameFr} – Ministère des Affaires étrangères, ${fr}${suffix}`;
        nameEn = `${country.nameEn} – Ministry of Foreign Affairs, ${en}${suffix}`;
        break;
      }
      case 'minister': {
        const portfolio = PORTFOLIOS[k - 1];
        nameFr = portfolio
          ? `${country.nameFr} – Ministre, ${portfolio[0]}`
          : `${country.nameFr} – Ministre délégué n° ${k}`;
        nameEn = portfolio
          ? `${country.nameEn} – Minister, ${portfolio[1]}`
          : `${country.nameEn} – Deputy Minister no. ${k}`;
        break;
      }
      case 'mission': {
        const seat = MISSION_SEATS[(k - 1) % MISSION_SEATS.length] as { country: string; city: string };
        host = ctx.byCode.get(seat.country) ?? null;
        city = seat.city;
        nameFr = `${country.nameFr} – Mission permanente, ${seat.city}`;
        nameEn = `${country.nameEn} – Permanent Mission, ${seat.city}`;
        break;
      }
      case 'embassy':
        host = pickHost(ctx, rng, country.code, usedHosts);
        usedHosts.add(host.code);
        embassyHosts.push(host);
        city = host.capital;
        nameFr = `${country.nameFr} – Ambassade, ${host.nameFr}`;
        nameEn = `${country.nameEn} – Embassy, ${host.nameEn}`;
        break;
      case 'ambassador':
        host = embassyHosts[k - 1] ?? pickHost(ctx, rng, country.code, new Set());
        city = host.capital;
        nameFr = `${country.nameFr} – Chef de mission, ${host.nameFr}`;
        nameEn = `${country.nameEn} – Ambassador, ${host.nameEn}`;
        break;
      case 'consulate': {
        host =
          embassyHosts.length > 0 && rng.chance(0.7)
            ? rng.pick(embassyHosts)
            : pickHost(ctx, rng, country.code, new Set());
        const nth = (consulatesPerHost.get(host.code) ?? 0) + 1;
        consulatesPerHost.set(host.code, nth);
        city = null;
        const suffix = nth > 1 ? ` (${nth})` : '';
        nameFr = `${country.nameFr} – Consulat, ${host.nameFr}${suffix}`;
        nameEn = `${country.nameEn} – Consulate, ${host.nameEn}${suffix}`;
        break;
      }
      case 'diplomat':
        nameFr = `${country.nameFr} – Diplomate n° ${k}`;
        nameEn = `${country.nameEn} – Diplomat no. ${k}`;
        break;
      case 'organisation':
        throw new Error('synthetic: organisations are not planned per country');
    }
    if (host && role !== 'mission') handle = `${cc}_${ABBREVIATIONS[role]}_${host.code.toLowerCase()}_${seq}`;
    const place = host ?? country;
    slots.push({
      role,
      hostCountry: host?.code ?? null,
      city,
      latitude: place.latitude,
      longitude: place.longitude,
      nameFr,
      nameEn,
      handle,
    });
  }
  return slots;
}
