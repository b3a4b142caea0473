// The sizes of the synthetic world. `small` is for tests (seconds on PGlite), `demo` for `npm start`,
// `large` for the benchmarks on PostgreSQL (100,000 accounts, ~1 M interactions, ~10 M metric rows).

export interface WorldSizeSpec {
  /** Stored in the ground truth's `world` column. */
  name: string;
  /** Official accounts of the states (international organisations come on top). */
  officials: number;
  /** France's official accounts: the calibration point of the model. */
  franceAccounts: number;
  /** Unregistered accounts of citizens and journalists that talk with the officials. */
  publicAccounts: number;
  /** Bot rings (8 to 25 bots each, one target each). */
  rings: number;
  /** Posts per day of a median embassy; other accounts scale from it. */
  postsPerDay: number;
  /** Share of the replies an official post receives that appear as posts of public accounts. */
  publicReplyShare: number;
  /** Posts per public account per day that mention an official. */
  publicMentionRate: number;
  /** When tracked posts' metrics are observed, in hours after posting (the last one is kept on the post). */
  metricOffsetsHours: number[];
  /** Share of official accounts that buy followers (at least `minBought`). */
  boughtShare: number;
  minBought: number;
}

export type WorldSizeName = 'small' | 'demo' | 'large';

export const WORLD_SIZES: Readonly<Record<WorldSizeName, WorldSizeSpec>> = {
  small: {
    name: 'small',
    officials: 1150,
    franceAccounts: 30,
    publicAccounts: 2200,
    rings: 4,
    postsPerDay: 0.17,
    publicReplyShare: 0.06,
    publicMentionRate: 0.012,
    metricOffsetsHours: [1, 24, 168],
    boughtShare: 0.02,
    minBought: 3,
  },
  demo: {
    name: 'demo',
    officials: 4000,
    franceAccounts: 100,
    publicAccounts: 8000,
    rings: 8,
    postsPerDay: 0.3,
    publicReplyShare: 0.06,
    publicMentionRate: 0.012,
    metricOffsetsHours: [1, 24, 168],
    boughtShare: 0.02,
    minBought: 3,
  },
  large: {
    name: 'large',
    officials: 4800,
    franceAccounts: 100,
    publicAccounts: 94_500,
    rings: 24,
    postsPerDay: 1.6,
    publicReplyShare: 0.1,
    publicMentionRate: 0.006,
    metricOffsetsHours: [1, 2, 3, 6, 9, 12, 18, 24, 36, 48, 72, 120, 168],
    boughtShare: 0.02,
    minBought: 3,
  },
};

export function isWorldSizeName(value: string): value is WorldSizeName {
  return Object.hasOwn(WORLD_SIZES, value);
}
