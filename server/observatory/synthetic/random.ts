// The synthetic world's weighted pools, drawn with the shared seeded randomness (server/shared/random.ts), which the
// world's generators import from here.
import { AliasTable, type Rng } from '../../shared/random.ts';

export { AliasTable, Rng } from '../../shared/random.ts';

/** Items (account indices) drawn in proportion to a weight each. */
export class WeightedPool {
  private readonly alias: AliasTable;

  constructor(
    readonly members: readonly number[],
    weight: (member: number) => number,
  ) {
    this.alias = new AliasTable(members.map(weight));
  }

  sample(rng: Rng): number {
    return this.members[this.alias.sample(rng)] as number;
  }
}
