import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MetricRow } from './engagement.ts';
import { buildPopulation, type Population, type WorldAccount } from './population.ts';
import { WORLD_SIZES } from './sizes.ts';
import { spearman } from './test-helpers.ts';
import {
  type AccountEnd,
  type InteractionRow,
  type PostRow,
  type SnapshotRow,
  Timeline,
  worldWindow,
} from './timeline.ts';

interface World {
  population: Population;
  posts: PostRow[];
  metrics: MetricRow[];
  interactions: InteractionRow[];
  snapshots: SnapshotRow[];
  ends: AccountEnd[];
}

function generate(seed: number): World {
  const population = buildPopulation({ size: WORLD_SIZES.small, seed });
  const timeline = new Timeline(population);
  const world: World = { population, posts: [], metrics: [], interactions: [], snapshots: [], ends: [] };
  for (const chunk of timeline.chunks()) {
    world.posts.push(...chunk.posts);
    world.metrics.push(...chunk.metrics);
    world.interactions.push(...chunk.interactions);
    world.snapshots.push(...chunk.snapshots);
  }
  world.ends = timeline.accountsAtEnd();
  return world;
}

function digest(world: World): string {
  const hash = createHash('sha256');
  for (const rows of [world.posts, world.metrics, world.interactions, world.snapshots, world.ends]) {
    for (let from = 0; from < rows.length; from += 5_000) hash.update(JSON.stringify(rows.slice(from, from + 5_000)));
  }
  return hash.digest('hex');
}

const group = <T>(rows: T[], key: (row: T) => number | string) => {
  const map = new Map<number | string, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
};

let w: World;
let account: (i: number) => WorldAccount;
const { start, end } = worldWindow('2026-11-22');

beforeAll(() => {
  w = generate(1);
  account = (i) => w.population.accounts[i] as WorldAccount;
}, 120_000);

describe('the timeline of the synthetic world', () => {
  it('is the same for the same seed and different for another', () => {
    const first = digest(w);
    expect(digest(generate(1))).toBe(first);
    expect(digest(generate(2))).not.toBe(first);
  }, 120_000);

  it('stays within 90 days ending on the reference date, with daily follower snapshots', () => {
    expect(end - start + 1).toBe(90 * 86_400);
    expect(new Date(end * 1000).toISOString()).toBe('2026-11-22T23:59:59.000Z');
    expect(w.posts.filter((p) => p.postedAt < start || p.postedAt > end)).toEqual([]);
    const officials = w.population.accounts.filter((a) => a.kind === 'official').length;
    expect(w.snapshots.length).toBe(officials * 90);
    expect(w.posts.length).toBeGreaterThan(30_000);
    expect(w.posts.length).toBeLessThan(60_000);
  });

  it('observes each post’s metrics several times, growing, and keeps the last observation on the post', () => {
    const byPost = group(w.metrics, (m) => `${m.account}|${m.post}`);
    let multi = 0;
    const wrong: string[] = [];
    for (const p of w.posts) {
      const series = byPost.get(`${p.account}|${p.id}`) ?? [];
      if (p.kind === 'repost') {
        if (series.length > 0 || p.metrics) wrong.push(`${p.id}: a repost has metrics`);
        continue;
      }
      if (end - p.postedAt >= 60 && series.length === 0) wrong.push(`${p.id}: never observed`);
      if (series.length > 1) multi++;
      for (let k = 1; k < series.length; k++) {
        const [a, b] = [series[k - 1] as MetricRow, series[k] as MetricRow];
        if (b.observedAt <= a.observedAt || b.likes < a.likes || b.reposts < a.reposts || b.replies < a.replies)
          wrong.push(`${p.id}: observation ${k} goes back`);
      }
      if (series.length > 0 && p.metrics !== series[series.length - 1]) wrong.push(`${p.id}: not the last observation`);
    }
    expect(wrong).toEqual([]);
    expect(multi).toBeGreaterThan(w.posts.length / 3);
  });

  it('records an interaction for every reply, quote, repost and mention, pointing at an earlier post', () => {
    const posts = new Map(w.posts.map((p) => [`${p.account}|${p.id}`, p]));
    const byId = new Map(w.posts.map((p) => [p.id, p]));
    const keys = new Set<string>();
    const wrong: string[] = [];
    for (const r of w.interactions) {
      const key = `${r.account}|${r.post}|${r.target}|${r.kind}`;
      if (keys.has(key)) wrong.push(`${key}: twice`);
      keys.add(key);
      if (!posts.has(`${r.account}|${r.post}`)) wrong.push(`${key}: no such post`);
    }
    for (const p of w.posts) {
      const pairs: [string | null, number | null, string][] = [
        [p.replyToPost, p.replyToAccount, 'reply'],
        [p.quoteOfPost, p.quoteOfAccount, 'quote'],
        [p.repostOfPost, p.repostOfAccount, 'repost'],
      ];
      for (const [postId, target, kind] of pairs) {
        if (postId === null) continue;
        if (!keys.has(`${p.account}|${p.id}|${target}|${kind}`)) wrong.push(`${p.id}: no ${kind} interaction`);
        const original = byId.get(postId);
        if (original?.account !== target || original.postedAt >= p.postedAt) wrong.push(`${p.id}: bad ${kind} target`);
      }
      for (const m of p.mentions) if (!keys.has(`${p.account}|${p.id}|${m}|mention`)) wrong.push(`${p.id}: no mention`);
    }
    expect(wrong).toEqual([]);
    expect(new Set(w.posts.map((p) => p.kind))).toEqual(new Set(['original', 'reply', 'quote', 'repost']));
  });

  it('plants bought followers as a tenfold jump in the snapshots, with no change in engagement', () => {
    const snapshots = group(w.snapshots, (s) => s.account);
    const bought = w.population.accounts.flatMap((a, i) => (a.boughtFromDay === null ? [] : [i]));
    expect(bought.length).toBeGreaterThanOrEqual(3);
    const likes = { before: [0, 0], after: [0, 0] };
    for (const i of bought) {
      const day = account(i).boughtFromDay as number;
      const series = snapshots.get(i) as SnapshotRow[];
      const jump = (series[day] as SnapshotRow).followers / (series[day - 1] as SnapshotRow).followers;
      expect(jump).toBeGreaterThan(8);
      expect(jump).toBeLessThan(12);
      for (let d = 1; d < series.length; d++) {
        if (d === day) continue;
        const ratio = (series[d] as SnapshotRow).followers / (series[d - 1] as SnapshotRow).followers;
        expect(ratio).toBeGreaterThan(0.9);
        expect(ratio).toBeLessThan(1.1);
      }
      expect(w.ends[i]?.followers).toBe(series[89]?.followers);
      for (const p of w.posts) {
        if (p.account !== i || p.kind !== 'original' || !p.metrics) continue;
        const side = p.postedAt >= start + day * 86_400 ? likes.after : likes.before;
        side[0]! += p.metrics.likes;
        side[1]! += 1;
      }
    }
    const perPost = (x: number[]) => (x[0] as number) / Math.max(1, x[1] as number);
    expect(perPost(likes.after) / perPost(likes.before)).toBeLessThan(2.5);
  });

  it('makes ring bots repost only their target, within minutes, most of its posts, counted in its metrics', () => {
    const byAccount = group(w.posts, (p) => p.account);
    const byId = new Map(w.posts.map((p) => [p.id, p]));
    for (const ring of w.population.rings) {
      const targetPosts = (byAccount.get(ring.target) ?? []).filter((p) => p.kind === 'original' || p.kind === 'quote');
      expect(targetPosts.length).toBeGreaterThan(3);
      let reposts = 0;
      for (const bot of ring.members) {
        const posts = byAccount.get(bot) ?? [];
        for (const p of posts) {
          expect(p.kind).toBe('repost');
          expect(p.repostOfAccount).toBe(ring.target);
          const original = byId.get(p.repostOfPost as string) as PostRow;
          expect(p.postedAt - original.postedAt).toBeLessThanOrEqual(50 * 60);
        }
        reposts += posts.length;
      }
      expect(reposts / (ring.members.length * targetPosts.length)).toBeGreaterThan(0.6);
      const counted = targetPosts.reduce((s, p) => s + (p.metrics?.reposts ?? 0), 0);
      expect(counted).toBeGreaterThanOrEqual(reposts);
    }
    const botsOutsideRings = w.posts.filter((p) => account(p.account).kind === 'bot' && p.kind !== 'repost');
    expect(botsOutsideRings).toHaveLength(0);
  });

  it('drives engagement, attention and dialogue by the planted latent variables', () => {
    const officials = w.population.accounts.flatMap((a, i) => (a.kind === 'official' ? [i] : []));
    const stats = new Map(officials.map((i) => [i, { likes: 0, originals: 0, posts: 0, replies: 0, received: 0 }]));
    for (const p of w.posts) {
      const s = stats.get(p.account);
      if (!s) continue;
      s.posts++;
      if (p.kind === 'reply') s.replies++;
      if (p.kind === 'original' && p.metrics) {
        s.likes += p.metrics.likes;
        s.originals++;
      }
    }
    for (const r of w.interactions) {
      const s = stats.get(r.target);
      if (s && account(r.account).kind === 'official') s.received++;
    }
    const active = officials.filter((i) => (stats.get(i)?.originals ?? 0) >= 5);
    const z = (list: number[]) => list.map((i) => account(i).z);
    const likesPerPost = active.map((i) => (stats.get(i)?.likes ?? 0) / (stats.get(i)?.originals ?? 1));
    expect(spearman(z(active), likesPerPost)).toBeGreaterThan(0.8);
    expect(
      spearman(
        z(officials),
        officials.map((i) => stats.get(i)?.received ?? 0),
      ),
    ).toBeGreaterThan(0.5);
    const talkers = officials.filter((i) => (stats.get(i)?.posts ?? 0) >= 15);
    const replyShare = talkers.map((i) => (stats.get(i)?.replies ?? 0) / (stats.get(i)?.posts ?? 1));
    expect(
      spearman(
        talkers.map((i) => account(i).dialogue),
        replyShare,
      ),
    ).toBeGreaterThan(0.6);
  });

  it('ends each account with its posts count and displayed followers', () => {
    const counts = new Map<number, number>();
    for (const p of w.posts) counts.set(p.account, (counts.get(p.account) ?? 0) + 1);
    const wrong = w.population.accounts.filter(
      (a, i) => w.ends[i]?.postsCount !== a.postsBefore + (counts.get(i) ?? 0) || w.ends[i]?.observedAt !== end,
    );
    expect(wrong).toEqual([]);
    const publicPosts = w.posts.filter((p) => account(p.account).kind === 'public');
    expect(publicPosts.length).toBeGreaterThan(1_000);
    expect(publicPosts.every((p) => p.kind !== 'repost' && p.metrics !== null)).toBe(true);
  });
});
