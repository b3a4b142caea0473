// Planted manipulation: official accounts that buy followers (spread over the influence range, never the
// top) and bot rings that repost one mid-influence official each. Marks the accounts and adds the bots.
import type { WorldAccount } from './population.ts';
import { Rng } from './random.ts';
import type { WorldSizeSpec } from './sizes.ts';

const EXCLUDED_ROLES = new Set(['ministry', 'head', 'organisation', 'localGovernment']);
const DAYS_BEFORE_PURCHASE = { min: 15, span: 60 };

/** Picks `count` items spread over quantiles [from, to] of a sorted list, skipping those already taken. */
function spread<T>(sorted: T[], count: number, from: number, to: number, rng: Rng, taken: Set<T>): T[] {
  const chosen: T[] = [];
  if (sorted.length === 0) return chosen;
  for (let k = 0; k < count; k++) {
    const q = from + ((to - from) * (k + 0.5)) / count;
    let at = Math.min(sorted.length - 1, Math.max(0, Math.floor(q * sorted.length) + rng.int(5) - 2));
    for (let tries = 0; tries < sorted.length && taken.has(sorted[at] as T); tries++) at = (at + 1) % sorted.length;
    const item = sorted[at] as T;
    if (taken.has(item)) break;
    taken.add(item);
    chosen.push(item);
  }
  return chosen;
}

export function planManipulation(input: {
  seed: number;
  size: WorldSizeSpec;
  accounts: WorldAccount[];
  makeHandle: (n: number) => string;
}): { id: string; target: number; members: number[] }[] {
  const { size, accounts } = input;
  const rng = Rng.stream(input.seed, 'manipulation');
  const officials: number[] = [];
  accounts.forEach((a, i) => {
    if (a.kind === 'official') officials.push(i);
  });
  const byInfluence = (list: number[]) =>
    [...list].sort((a, b) => (accounts[a] as WorldAccount).z - (accounts[b] as WorldAccount).z || a - b);
  const candidates = byInfluence(
    officials.filter((i) => !EXCLUDED_ROLES.has((accounts[i] as WorldAccount).role ?? '')),
  );
  const taken = new Set<number>();

  // Bought followers: across the range (8th to 88th percentile of the eligible accounts). Never in France:
  // its displayed totals are the world's calibration point (about 650,000 followers in `demo`).
  const bought = spread(
    candidates.filter((i) => (accounts[i] as WorldAccount).country !== 'FR'),
    Math.max(size.minBought, Math.round(size.boughtShare * officials.length)),
    0.08,
    0.88,
    rng,
    taken,
  );
  for (const i of bought) {
    (accounts[i] as WorldAccount).boughtFromDay = DAYS_BEFORE_PURCHASE.min + rng.int(DAYS_BEFORE_PURCHASE.span);
  }

  // Ring targets: mid-influence accounts on X that post enough for a ring to have something to repost.
  const active = candidates.filter((i) => {
    const a = accounts[i] as WorldAccount;
    return a.network === 'x' && a.activity * 90 >= 8;
  });
  const targets = spread(active, size.rings, 0.4, 0.8, rng, taken);
  const rings = targets.map((target, r) => {
    const id = `ring-${String(r + 1).padStart(2, '0')}`;
    const owner = accounts[target] as WorldAccount;
    owner.ring = r;
    owner.ringRole = 'target';
    const members: number[] = [];
    const count = 8 + rng.int(18);
    for (let m = 0; m < count; m++) {
      members.push(accounts.length);
      accounts.push({
        kind: 'bot',
        existingId: null,
        network: 'x',
        handle: input.makeHandle(accounts.length - size.publicAccounts - officials.length),
        displayName: null,
        actor: -1,
        country: null,
        role: null,
        lang: owner.lang,
        verified: false,
        tracked: false,
        z: 0,
        dialogue: 0,
        followers: Math.round(Math.exp(Math.log(40) + 0.8 * rng.normal())),
        following: Math.round(Math.exp(Math.log(1800) + 0.5 * rng.normal())),
        postsBefore: Math.round(Math.exp(Math.log(300) + rng.normal())),
        activity: 0,
        engagement: 0,
        growth: 0,
        boughtFromDay: null,
        ring: r,
        ringRole: 'member',
        participation: rng.beta(9, 2),
      });
    }
    return { id, target, members };
  });
  return rings;
}
