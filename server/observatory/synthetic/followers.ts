// Daily follower counts of the official accounts: steady growth in proportion to influence, with noise,
// landing on each account's planted count on the last day; bought followers multiply it tenfold.
import type { Population, WorldAccount } from './population.ts';
import { Rng } from './random.ts';
import { WORLD_DAYS } from './rows.ts';

export class FollowerCurves {
  private readonly current = new Map<number, number>();
  private readonly gains = new Map<number, Float64Array>();

  constructor(
    private readonly population: Population,
    officials: readonly number[],
  ) {
    const rng = Rng.stream(population.seed, 'followers');
    for (const i of officials) {
      const a = population.accounts[i] as WorldAccount;
      const mean = a.growth * a.followers;
      const gains = new Float64Array(WORLD_DAYS);
      let total = 0;
      for (let d = 1; d < WORLD_DAYS; d++) {
        gains[d] = mean + (0.5 * mean + Math.sqrt(mean + 1)) * rng.normal();
        total += gains[d] as number;
      }
      // Never start below half the final audience (noise on tiny accounts).
      if (total > a.followers / 2)
        for (let d = 1; d < WORLD_DAYS; d++) gains[d] = ((gains[d] as number) * a.followers) / 2 / total;
      this.gains.set(i, gains);
      this.current.set(i, a.followers - Math.min(total, a.followers / 2));
    }
  }

  /** Displayed followers of official `i` at the end of `day`; days must be asked in order. */
  displayed(i: number, day: number): number {
    const a = this.population.accounts[i] as WorldAccount;
    let value = this.current.get(i) as number;
    if (day > 0) {
      value += (this.gains.get(i) as Float64Array)[day] as number;
      this.current.set(i, value);
    }
    const trueFollowers = day === WORLD_DAYS - 1 ? a.followers : Math.max(1, Math.round(value));
    return a.boughtFromDay !== null && day >= a.boughtFromDay ? trueFollowers * 10 : trueFollowers;
  }
}
