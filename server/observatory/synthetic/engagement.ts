// Engagement of a post: final counts drawn around the author's planted engagement level (never the
// displayed follower count), then observed at several ages on a saturating curve.
import type { Network } from '../../db/schema.ts';
import type { Rng } from './random.ts';

export interface Counts {
  likes: number;
  reposts: number;
  replies: number;
  quotes: number;
  /** Only X shows views. */
  views: number | null;
}

export interface MetricRow extends Counts {
  account: number;
  post: string;
  observedAt: number;
}

/** How much a reply or a quote draws compared with an original post. */
export const KIND_FACTOR = { original: 1, quote: 0.7, reply: 0.25 } as const;

/** Final counts of one post; `mean` is the author's mean likes per original post. */
export function drawCounts(rng: Rng, mean: number, kindFactor: number, dialogue: number, network: Network): Counts {
  // A heavy-tailed per-post "virality" (mean 1) on top of the author's level.
  const mu = mean * kindFactor * Math.exp(0.8 * rng.normal() - 0.32);
  const likes = rng.poisson(mu);
  return {
    likes,
    reposts: rng.poisson(0.22 * mu),
    replies: rng.poisson(0.07 * mu * (0.7 + 0.6 * dialogue)),
    quotes: rng.poisson(0.025 * mu),
    views: network === 'x' ? Math.round(mu * 90 * Math.exp(0.3 * rng.normal())) + likes : null,
  };
}

/**
 * Observes a post at each offset (hours) up to the end of the world; at least once when it is older than a
 * minute. `extraReposts` are the times of reposts counted on top (bot rings), all within minutes.
 * Returns the last observation (kept on the post row), or null when the post was never observed.
 */
export function observe(
  rng: Rng,
  input: {
    account: number;
    post: string;
    postedAt: number;
    end: number;
    offsetsHours: readonly number[];
    final: Counts;
    extraReposts: readonly number[];
  },
  into: MetricRow[],
): MetricRow | null {
  const { postedAt, end, final } = input;
  const times: number[] = [];
  for (const hours of input.offsetsHours) {
    const at = postedAt + hours * 3600;
    if (at <= end) times.push(at);
  }
  if (times.length === 0 && end - postedAt >= 60) times.push(end);
  // Most engagement comes within a day; the time scale varies from post to post.
  const tau = 6 * 3600 * Math.exp(0.3 * rng.normal());
  let last: MetricRow | null = null;
  for (const at of times) {
    const share = 1 - Math.exp(-(at - postedAt) / tau);
    let extra = 0;
    for (const t of input.extraReposts) if (t <= at) extra++;
    last = {
      account: input.account,
      post: input.post,
      observedAt: at,
      likes: Math.round(final.likes * share),
      reposts: Math.round(final.reposts * share) + extra,
      replies: Math.round(final.replies * share),
      quotes: Math.round(final.quotes * share),
      views: final.views === null ? null : Math.round(final.views * share),
    };
    into.push(last);
  }
  return last;
}
