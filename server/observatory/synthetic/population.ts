// Who is in the synthetic world: official actors and accounts per country (a heavy-tailed law, France
// pinned), their planted latent influence and dialogue propensity, the public accounts and the bots.
// Pure: the registry's existing accounts come in as data, and the world is the same for the same seed.
import type { ActorType, Network } from '../../db/schema.ts';
import { INTERNATIONAL_ORGANISATIONS, type WorldCountry, worldCountryList } from './countries.ts';
import { planManipulation } from './manipulation.ts';
import { type PlanContext, planCountry, ROLES, type Role, type Slot } from './plan.ts';
import { AliasTable, Rng } from './random.ts';
import { placeRegistry, type RegistryAccount } from './registry.ts';
import type { WorldSizeSpec } from './sizes.ts';

export type { RegistryAccount } from './registry.ts';

export interface WorldActor {
  id: string;
  /** Already in the registry: not inserted again. */
  existing: boolean;
  country: string;
  type: ActorType;
  nameFr: string;
  nameEn: string;
  hostCountry: string | null;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
}

export type AccountKind = 'official' | 'public' | 'bot';

export interface WorldAccount {
  kind: AccountKind;
  /** The registry's account id when reused; null when the world creates the account. */
  existingId: number | null;
  network: Network;
  handle: string;
  displayName: string | null;
  /** Index into `actors`; -1 for unregistered accounts. */
  actor: number;
  country: string | null;
  role: Role | null;
  lang: string;
  verified: boolean;
  tracked: boolean;
  /** log of the planted influence (influence = exp(z)). */
  z: number;
  dialogue: number;
  /** True followers on the last day (displayed followers are 10x from `boughtFromDay` on). */
  followers: number;
  following: number;
  postsBefore: number;
  /** Mean posts per day. */
  activity: number;
  /** Mean likes of an original post: driven by influence and true followers, never displayed followers. */
  engagement: number;
  /** Mean daily follower gain, as a share of followers. */
  growth: number;
  boughtFromDay: number | null;
  ring: number | null;
  ringRole: 'member' | 'target' | null;
  /** Bots: the probability of reposting each post of the ring's target. */
  participation: number;
}

export interface Ring {
  id: string;
  target: number;
  members: number[];
}

export interface Population {
  seed: number;
  size: WorldSizeSpec;
  actors: WorldActor[];
  accounts: WorldAccount[];
  rings: Ring[];
  /** Followers of an account of influence 1 (France's ministry sets it). */
  followerScale: number;
}

const ACCOUNTS_PER_ACTOR = 1.065;
const FRANCE_MINISTRY_FOLLOWERS = 230_000;
const LIKES_SCALE = 0.0037;
const TOP_ROLES = new Set<Role>(['ministry', 'head', 'foreignMinister']);

function unregisteredHandle(n: number, salt: number, network: Network): string {
  const base = ((Math.imul(n + 1, 0x9e3779b1) ^ salt) >>> 0).toString(36).padStart(7, '0');
  if (network === 'mastodon') return `u_${base}@social.example`;
  if (network === 'bluesky') return `u-${base}.bsky.social`;
  return `u_${base}`;
}

function actorOf(slot: Slot, id: string, existing: boolean, country: string, type: ActorType): WorldActor {
  const { nameFr, nameEn, hostCountry, city, latitude, longitude } = slot;
  return { id, existing, country, type, nameFr, nameEn, hostCountry, city, latitude, longitude };
}

export function networkHandle(base: string, network: Network): string {
  if (network === 'mastodon') return `${base}@social.example`;
  if (network === 'bluesky') return `${base.replaceAll('_', '-')}.bsky.social`;
  return base;
}

export function buildPopulation(options: {
  size: WorldSizeSpec;
  seed: number;
  registry?: readonly RegistryAccount[];
}): Population {
  const { size, seed } = options;
  const countries = worldCountryList();
  const rng = Rng.stream(seed, 'countries');

  // Country sizes: lognormal weights for states (larger states a little more likely to be big), one
  // account for territories, France pinned.
  const areas = countries.flatMap((c) => (c.state && c.area ? [c.area] : [])).sort((a, b) => a - b);
  const medianArea = areas[Math.floor(areas.length / 2)] ?? 1;
  const weights = countries.map((c) =>
    c.state ? Math.exp(1.1 * rng.normal() + 0.2 * Math.log((c.area ?? medianArea) / medianArea)) : 0,
  );
  const levelNoise = countries.map(() => rng.normal());
  const totalActors = Math.round(size.officials / ACCOUNTS_PER_ACTOR);
  const franceActors = Math.max(3, Math.round(size.franceAccounts / ACCOUNTS_PER_ACTOR));
  const territories = countries.filter((c) => !c.state).length;
  const rest = Math.max(0, totalActors - franceActors - territories);
  const others = weights.reduce((sum, w, i) => (countries[i]?.code === 'FR' ? sum : sum + w), 0);
  const counts = countries.map((c, i) => {
    if (c.code === 'FR') return franceActors;
    if (!c.state) return 1;
    return Math.max(1, Math.round((rest * (weights[i] as number)) / others));
  });
  const stateCounts = counts.filter((_, i) => countries[i]?.state).sort((a, b) => a - b);
  const median = stateCounts[Math.floor(stateCounts.length / 2)] ?? 1;
  const levels = countries.map((c, i) => {
    if (!c.state) return -1.5 + 0.3 * (levelNoise[i] as number);
    const base = 0.45 * Math.log((counts[i] as number) / median);
    return c.code === 'FR' ? base : base + 0.35 * (levelNoise[i] as number);
  });
  const franceIndex = countries.findIndex((c) => c.code === 'FR');
  const followerScale = FRANCE_MINISTRY_FOLLOWERS / Math.exp((levels[franceIndex] as number) + ROLES.ministry.level);
  const byCode = new Map(countries.map((c) => [c.code, c]));
  const countIndex = new Map(countries.map((c, i) => [c.code, counts[i] as number]));
  const ctx: PlanContext = {
    countries,
    byCode,
    hosts: new AliasTable(counts.map((n, i) => (countries[i]?.state ? n : 0))),
    seed,
  };

  const registryByCountry = new Map<string, RegistryAccount[]>();
  for (const account of options.registry ?? []) {
    if (!['x', 'mastodon', 'bluesky'].includes(account.network) || !byCode.has(account.country)) continue;
    const list = registryByCountry.get(account.country) ?? [];
    list.push(account);
    registryByCountry.set(account.country, list);
  }

  const actors: WorldActor[] = [];
  const accounts: WorldAccount[] = [];
  const existingActors = new Map<string, number>();
  const officialRng = Rng.stream(seed, 'officials');

  const addOfficial = (input: {
    country: WorldCountry;
    role: Role;
    actor: number;
    network: Network;
    handle: string;
    displayName: string | null;
    existingId: number | null;
    z: number;
    followersNoise: number;
    activityFactor: number;
  }) => {
    const r = officialRng;
    const role = ROLES[input.role];
    const followers = Math.max(3, Math.round(followerScale * Math.exp(input.z + input.followersNoise * r.normal())));
    const activity =
      size.postsPerDay *
      role.activity *
      input.activityFactor *
      Math.exp(0.2 * (input.z - role.level) + 0.45 * r.normal() - 0.1);
    accounts.push({
      kind: 'official',
      existingId: input.existingId,
      network: input.network,
      handle: input.handle,
      displayName: input.displayName,
      actor: input.actor,
      country: input.country.code,
      role: input.role,
      lang: input.country.lang,
      verified: r.chance(TOP_ROLES.has(input.role) || input.role === 'organisation' ? 0.95 : 0.6),
      tracked: true,
      z: input.z,
      dialogue: r.beta(2, 5.5),
      followers,
      following: Math.round(Math.exp(Math.log(400) + 0.8 * r.normal())),
      postsBefore: Math.round(activity * 365 * r.uniform(1, 8)),
      activity,
      engagement:
        LIKES_SCALE * followers ** 0.6 * (followerScale * Math.exp(input.z)) ** 0.3 * Math.exp(0.25 * r.normal()),
      growth: 0.0007 * Math.exp(0.12 * input.z + 0.3 * r.normal()),
      boughtFromDay: null,
      ring: null,
      ringRole: null,
      participation: 0,
    });
  };

  countries.forEach((country, ci) => {
    const slots = planCountry(ctx, country, counts[ci] as number);
    const { placed, roles } = placeRegistry(slots, registryByCountry.get(country.code) ?? [], country.state);
    slots.forEach((slot, si) => {
      const role = roles[si] as Role;
      const spec = ROLES[role];
      const hostSize = slot.hostCountry ? (countIndex.get(slot.hostCountry) ?? median) : median;
      const hostEffect = role === 'embassy' || role === 'ambassador' ? 0.2 * Math.log(hostSize / median) : 0;
      const pinned = country.code === 'FR' && si === 0 && role === 'ministry';
      const z = (levels[ci] as number) + spec.level + hostEffect + (pinned ? 0 : spec.spread * officialRng.normal());
      const registry = placed[si];
      if (registry) {
        let actor = existingActors.get(registry.actorId);
        if (actor === undefined) {
          actor = actors.length;
          existingActors.set(registry.actorId, actor);
          actors.push(actorOf(slot, registry.actorId, true, country.code, registry.type));
        }
        const handle = registry.handle ?? registry.networkId ?? `account-${registry.accountId}`;
        addOfficial({
          country,
          role,
          actor,
          network: registry.network,
          handle,
          displayName: null,
          existingId: registry.accountId,
          z,
          followersNoise: 0.35,
          activityFactor: 1,
        });
        return;
      }
      const actor = actors.length;
      actors.push(actorOf(slot, officialRng.uuid(), false, country.code, spec.type));
      const primary: Network = TOP_ROLES.has(role)
        ? 'x'
        : officialRng.chance(0.88)
          ? 'x'
          : officialRng.chance(0.5)
            ? 'mastodon'
            : 'bluesky';
      const displayName = officialRng.chance(0.5) ? slot.nameFr : slot.nameEn;
      addOfficial({
        country,
        role,
        actor,
        network: primary,
        handle: networkHandle(slot.handle, primary),
        displayName,
        existingId: null,
        z,
        followersNoise: pinned ? 0.05 : 0.35,
        activityFactor: 1,
      });
      // Some actors also post on a second network, with a smaller audience there.
      if (['ministry', 'head', 'foreignMinister', 'embassy', 'mission'].includes(role) && officialRng.chance(0.12)) {
        const second: Network = primary !== 'x' ? 'x' : officialRng.chance(0.55) ? 'mastodon' : 'bluesky';
        const z2 = z - 1.4 + 0.3 * officialRng.normal();
        addOfficial({
          country,
          role,
          actor,
          network: second,
          handle: networkHandle(slot.handle, second),
          displayName,
          existingId: null,
          z: z2,
          followersNoise: 0.35,
          activityFactor: 0.5,
        });
      }
    });
  });

  // International organisations: a handful, seated in a country, among the most influential accounts.
  const stateLevels = levels.filter((_, i) => countries[i]?.state).sort((a, b) => a - b);
  const ioLevel = stateLevels[Math.floor(stateLevels.length * 0.9)] ?? 0;
  for (const io of INTERNATIONAL_ORGANISATIONS) {
    const country = byCode.get(io.country) as WorldCountry;
    const actor = actors.length;
    actors.push({
      id: officialRng.uuid(),
      existing: false,
      country: io.country,
      type: 'international_organisation',
      nameFr: io.nameFr,
      nameEn: io.nameEn,
      hostCountry: null,
      city: io.city,
      latitude: io.latitude,
      longitude: io.longitude,
    });
    const z = ioLevel + ROLES.organisation.level + io.standing + ROLES.organisation.spread * officialRng.normal();
    addOfficial({
      country: { ...country, lang: 'en' },
      role: 'organisation',
      actor,
      network: 'x',
      handle: io.handle,
      displayName: io.nameEn,
      existingId: null,
      z,
      followersNoise: 0.2,
      activityFactor: 1,
    });
  }

  // Public accounts: citizens and journalists, met in the data when they talk with the officials.
  const publicRng = Rng.stream(seed, 'public');
  const salt = publicRng.nextU32();
  for (let i = 0; i < size.publicAccounts; i++) {
    const journalist = publicRng.chance(0.06);
    const network: Network = publicRng.chance(0.86) ? 'x' : publicRng.chance(0.5) ? 'mastodon' : 'bluesky';
    const followers = Math.round(
      Math.exp(journalist ? Math.log(6000) + publicRng.normal() : Math.log(150) + 1.3 * publicRng.normal()),
    );
    accounts.push({
      kind: 'public',
      existingId: null,
      network,
      handle: unregisteredHandle(i, salt, network),
      displayName: null,
      actor: -1,
      country: null,
      role: null,
      lang: 'en',
      verified: journalist && publicRng.chance(0.3),
      tracked: false,
      // For public accounts z is how much they post (journalists more).
      z: journalist ? 1.2 + 0.6 * publicRng.normal() : publicRng.normal(),
      dialogue: 0,
      followers,
      following: Math.round(Math.exp(Math.log(300) + 0.9 * publicRng.normal())),
      postsBefore: Math.round(Math.exp(Math.log(2000) + 1.2 * publicRng.normal())),
      activity: 0,
      engagement: 0.01 * followers ** 0.7,
      growth: 0,
      boughtFromDay: null,
      ring: null,
      ringRole: null,
      participation: 0,
    });
  }

  const rings = planManipulation({
    seed,
    size,
    accounts,
    makeHandle: (n) => unregisteredHandle(size.publicAccounts + n, salt, 'x'),
  });
  return { seed, size, actors, accounts, rings, followerScale };
}
