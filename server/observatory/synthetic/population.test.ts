import { describe, expect, it } from 'vitest';
import { worldCountryList } from './countries.ts';
import { roleCounts } from './plan.ts';
import { buildPopulation, type Population, type RegistryAccount, type WorldAccount } from './population.ts';
import { WORLD_SIZES } from './sizes.ts';
import { spearman } from './test-helpers.ts';

const officials = (p: Population) => p.accounts.filter((a) => a.kind === 'official');
const france = (p: Population) => officials(p).filter((a) => a.country === 'FR' && a.role !== 'organisation');
const sum = (accounts: WorldAccount[]) => accounts.reduce((s, a) => s + a.followers, 0);

describe('the population of the synthetic world', () => {
  it('gives every ISO 3166-1 country at least one official account, in every size', () => {
    const codes = worldCountryList().map((c) => c.code);
    expect(codes.length).toBeGreaterThanOrEqual(249);
    expect(codes).toContain('FR');
    for (const size of Object.values(WORLD_SIZES)) {
      const present = new Set(officials(buildPopulation({ size, seed: 5 })).map((a) => a.country));
      expect(
        codes.filter((c) => !present.has(c)),
        size.name,
      ).toEqual([]);
    }
  });

  it('has the sizes it announces', () => {
    const small = buildPopulation({ size: WORLD_SIZES.small, seed: 1 });
    expect(officials(small).length).toBeGreaterThan(1_000);
    expect(officials(small).length).toBeLessThan(1_500);
    const demo = buildPopulation({ size: WORLD_SIZES.demo, seed: 1 });
    expect(officials(demo).length).toBeGreaterThan(3_500);
    const large = buildPopulation({ size: WORLD_SIZES.large, seed: 1 });
    expect(large.accounts.length).toBeGreaterThan(97_000);
    expect(large.accounts.length).toBeLessThan(103_000);
  });

  it('gives France its calibrated shape in the demo world, whatever the seed', () => {
    for (const seed of [1, 2, 3]) {
      const fr = france(buildPopulation({ size: WORLD_SIZES.demo, seed }));
      const ministry = fr.find((a) => a.role === 'ministry' && a.network === 'x') as WorldAccount;
      expect(ministry.handle).toBe('francediplo');
      expect(fr.length).toBeGreaterThanOrEqual(90);
      expect(fr.length).toBeLessThanOrEqual(110);
      expect(ministry.followers).toBeGreaterThan(200_000);
      expect(ministry.followers).toBeLessThan(260_000);
      expect(sum(fr)).toBeGreaterThan(520_000);
      expect(sum(fr)).toBeLessThan(800_000);
      // Heavy tail: the ministry and the head of state lead, most embassies are far below.
      const sorted = fr.map((a) => a.followers).sort((a, b) => b - a);
      expect(sorted[0]).toBe(
        Math.max(ministry.followers, ...fr.filter((a) => a.role === 'head').map((a) => a.followers)),
      );
      expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(ministry.followers / 40);
    }
  });

  it('keeps France’s shape, scaled down, in the small world', () => {
    const fr = france(buildPopulation({ size: WORLD_SIZES.small, seed: 1 }));
    const ministry = fr.find((a) => a.role === 'ministry' && a.network === 'x') as WorldAccount;
    expect(fr.length).toBeGreaterThanOrEqual(25);
    expect(fr.length).toBeLessThanOrEqual(36);
    expect(ministry.followers).toBeGreaterThan(200_000);
    expect(ministry.followers).toBeLessThan(260_000);
    expect(sum(fr)).toBeLessThan(800_000);
    expect(Math.max(...fr.map((a) => a.followers))).toBeLessThanOrEqual(Math.max(ministry.followers, 400_000));
  });

  it('is the same for the same seed and different for another', () => {
    const summary = (p: Population) =>
      p.accounts.map((a) => `${a.network}:${a.handle}:${a.followers}:${a.z.toFixed(6)}:${a.boughtFromDay}:${a.ring}`);
    const a = buildPopulation({ size: WORLD_SIZES.small, seed: 9 });
    expect(summary(buildPopulation({ size: WORLD_SIZES.small, seed: 9 }))).toEqual(summary(a));
    expect(buildPopulation({ size: WORLD_SIZES.small, seed: 9 }).actors).toEqual(a.actors);
    expect(summary(buildPopulation({ size: WORLD_SIZES.small, seed: 10 }))).not.toEqual(summary(a));
  });

  it('gives every account a handle of its own on its network', () => {
    const p = buildPopulation({ size: WORLD_SIZES.large, seed: 1 });
    const keys = new Set(p.accounts.map((a) => `${a.network}|${a.handle}`));
    expect(keys.size).toBe(p.accounts.length);
    for (const a of p.accounts) expect(a.handle).toBe(a.handle.toLowerCase());
  });

  it('ties followers to influence with noise, and draws dialogue independently of it', () => {
    const list = officials(buildPopulation({ size: WORLD_SIZES.small, seed: 1 }));
    const z = list.map((a) => a.z);
    const rho = spearman(
      z,
      list.map((a) => a.followers),
    );
    expect(rho).toBeGreaterThan(0.85);
    expect(rho).toBeLessThan(0.999);
    expect(
      Math.abs(
        spearman(
          z,
          list.map((a) => a.dialogue),
        ),
      ),
    ).toBeLessThan(0.15);
    expect(
      spearman(
        z,
        list.map((a) => a.engagement),
      ),
    ).toBeGreaterThan(0.85);
  });

  it('plants bought followers across the influence range, never on the top accounts', () => {
    const p = buildPopulation({ size: WORLD_SIZES.small, seed: 1 });
    const list = officials(p);
    const bought = list.filter((a) => a.boughtFromDay !== null);
    expect(bought.length).toBeGreaterThanOrEqual(Math.max(3, Math.round(0.02 * list.length)));
    for (const a of bought) {
      expect(['ministry', 'head', 'organisation']).not.toContain(a.role);
      expect(a.country).not.toBe('FR');
      expect(a.boughtFromDay).toBeGreaterThanOrEqual(15);
      expect(a.boughtFromDay).toBeLessThan(80);
    }
    const sortedZ = list.map((a) => a.z).sort((a, b) => a - b);
    const quantile = (a: WorldAccount) => sortedZ.indexOf(a.z) / sortedZ.length;
    const qs = bought.map(quantile);
    expect(Math.min(...qs)).toBeLessThan(0.3);
    expect(Math.max(...qs)).toBeGreaterThan(0.6);
    expect(Math.max(...qs)).toBeLessThan(0.99);
  });

  it('plants bot rings of 8 to 25 bots around mid-influence official accounts on X', () => {
    const p = buildPopulation({ size: WORLD_SIZES.small, seed: 1 });
    expect(p.rings.length).toBe(WORLD_SIZES.small.rings);
    const sortedZ = officials(p)
      .map((a) => a.z)
      .sort((a, b) => a - b);
    for (const ring of p.rings) {
      const target = p.accounts[ring.target] as WorldAccount;
      expect(target.kind).toBe('official');
      expect(target.network).toBe('x');
      expect(target.ringRole).toBe('target');
      expect(target.boughtFromDay).toBeNull();
      const q = sortedZ.indexOf(target.z) / sortedZ.length;
      expect(q).toBeGreaterThan(0.2);
      expect(q).toBeLessThan(0.9);
      expect(ring.members.length).toBeGreaterThanOrEqual(8);
      expect(ring.members.length).toBeLessThanOrEqual(25);
      for (const m of ring.members) {
        const bot = p.accounts[m] as WorldAccount;
        expect(bot).toMatchObject({ kind: 'bot', network: 'x', ringRole: 'member', actor: -1 });
        expect(bot.followers).toBeLessThan(1_000);
      }
    }
  });

  it('reuses the registry’s official accounts (their actors and handles) before generating', () => {
    const registry: RegistryAccount[] = [
      {
        accountId: 501,
        actorId: 'a0000000-0000-4000-8000-000000000001',
        country: 'FR',
        type: 'embassy',
        network: 'x',
        handle: 'franceaumali',
        networkId: null,
      },
      {
        accountId: 502,
        actorId: 'a0000000-0000-4000-8000-000000000002',
        country: 'FR',
        type: 'foreign_ministry',
        network: 'x',
        handle: 'francediplo',
        networkId: null,
      },
      {
        accountId: 503,
        actorId: 'a0000000-0000-4000-8000-000000000003',
        country: 'ML',
        type: 'consulate',
        network: 'facebook',
        handle: 'ignored',
        networkId: null,
      },
    ];
    const p = buildPopulation({ size: WORLD_SIZES.small, seed: 1, registry });
    const reused = p.accounts.filter((a) => a.existingId !== null);
    expect(reused.map((a) => [a.existingId, a.handle, a.role])).toEqual([
      [502, 'francediplo', 'ministry'],
      [501, 'franceaumali', 'embassy'],
    ]);
    expect(p.accounts.filter((a) => a.handle === 'francediplo' && a.network === 'x')).toHaveLength(1);
    const actor = p.actors[(reused[0] as WorldAccount).actor];
    expect(actor).toMatchObject({ id: 'a0000000-0000-4000-8000-000000000002', existing: true });
  });
});

describe('roleCounts', () => {
  it('gives a state its ministry first, then its head and foreign minister, then the network abroad', () => {
    expect(roleCounts(1, true)).toEqual(['ministry']);
    expect(roleCounts(3, true)).toEqual(['ministry', 'head', 'foreignMinister']);
    const hundred = roleCounts(100, true);
    expect(hundred).toHaveLength(100);
    expect(hundred.filter((r) => r === 'embassy').length).toBeGreaterThan(40);
    expect(roleCounts(5, false)).toEqual(['localGovernment']);
  });
});
