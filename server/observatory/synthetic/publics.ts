// The public accounts of the timeline (citizens, journalists): they mention officials and reply to their
// posts, and officials answer some of them. Their posts addressed to an official are held back until the
// official answers or they get old, so that their reply counts include the answers.
import type { Network, PostKind } from '../../db/schema.ts';
import { publicText } from './content.ts';
import { type Counts, drawCounts, observe } from './engagement.ts';
import type { WorldAccount } from './population.ts';
import { Rng, WeightedPool } from './random.ts';
import type { InteractionRow, PostRow, WorldChunk } from './rows.ts';

const PENDING_POSTS = 6;

/** What the public accounts need from the timeline that runs them. */
export interface VoiceContext {
  readonly seed: number;
  readonly rng: Rng;
  readonly start: number;
  readonly end: number;
  readonly accounts: readonly WorldAccount[];
  /** Share of the replies an official post receives that appear as public posts. */
  readonly replyShare: number;
  /** Posts per public account per day that mention an official. */
  readonly mentionRate: number;
  newPost(account: number, kind: PostKind, at: number, fields: Partial<PostRow>): PostRow;
  officialsOn(network: Network): WeightedPool | undefined;
  chunk(): WorldChunk;
}

interface PendingPost {
  post: PostRow;
  counts: Counts;
  interaction: InteractionRow;
  answers: number;
}

export class PublicVoices {
  private readonly pools = new Map<Network, WeightedPool>();
  private readonly cycles = new Map<Network, { members: number[]; next: number }>();
  private readonly all: WeightedPool | undefined;
  private readonly pending: PendingPost[][] = [];

  constructor(private readonly ctx: VoiceContext) {
    const byNetwork = new Map<Network, number[]>();
    const everyone: number[] = [];
    ctx.accounts.forEach((a, i) => {
      if (a.kind !== 'public') return;
      everyone.push(i);
      const list = byNetwork.get(a.network);
      if (list) list.push(i);
      else byNetwork.set(a.network, [i]);
    });
    // For public accounts z is how much they post (journalists more).
    const weight = (i: number) => Math.exp((ctx.accounts[i] as WorldAccount).z);
    for (const [network, members] of byNetwork) {
      this.pools.set(network, new WeightedPool(members, weight));
      // Questions that officials answer go round every public account, so that each one appears.
      const order = Rng.stream(ctx.seed, `cycle:${network}`).shuffle([...members]);
      this.cycles.set(network, { members: order, next: 0 });
    }
    this.all = everyone.length > 0 ? new WeightedPool(everyone, weight) : undefined;
  }

  /** A public account on `network`, preferentially an active one; null when there is none. */
  someoneOn(network: Network): number | null {
    return this.pools.get(network)?.sample(this.ctx.rng) ?? null;
  }

  /** The day's public posts that mention an official, preferentially an influential one. */
  mentionsOfTheDay(dayStart: number, rhythm: number) {
    const { ctx } = this;
    if (!this.all) return;
    const count = ctx.rng.poisson(this.all.members.length * ctx.mentionRate * rhythm);
    for (let k = 0; k < count; k++) {
      const author = this.all.sample(ctx.rng);
      const officials = ctx.officialsOn((ctx.accounts[author] as WorldAccount).network);
      if (!officials) continue;
      const target = officials.sample(ctx.rng);
      const t = ctx.accounts[target] as WorldAccount;
      const post = ctx.newPost(author, 'original', dayStart + ctx.rng.int(86_400), {
        lang: t.lang,
        text: publicText(ctx.rng, t.lang, t.handle),
        mentions: [target],
      });
      this.hold(target, post, 'mention');
    }
  }

  /** Some of the replies an official post receives are visible as posts of public accounts. */
  repliesTo(post: PostRow, replies: number) {
    const { ctx } = this;
    const pool = this.pools.get((ctx.accounts[post.account] as WorldAccount).network);
    if (!pool) return;
    for (let r = 0; r < Math.min(replies, 200); r++) {
      if (!ctx.rng.chance(ctx.replyShare)) continue;
      const author = pool.sample(ctx.rng);
      const at = post.postedAt + 30 + Math.round(ctx.rng.exponential(3 * 3600));
      if (at > ctx.end) continue;
      const reply = ctx.newPost(author, 'reply', at, {
        lang: post.lang,
        text: publicText(ctx.rng, post.lang ?? 'en', null),
        replyToPost: post.id,
        replyToAccount: post.account,
      });
      this.hold(post.account, reply, 'reply');
    }
  }

  /** An unanswered public post addressed to `official` before `at`, which the official now answers. */
  answerOpen(official: number, at: number): [number, string] | null {
    const open = (this.pending[official] ?? []).find((p) => p.answers === 0 && p.post.postedAt < at - 60);
    if (!open) return null;
    open.answers++;
    return [open.post.account, open.post.id];
  }

  /** A public account's question to `official`, posted shortly before the official answers it. */
  coldQuestion(official: number, at: number): [number, string] | null {
    const { ctx } = this;
    const a = ctx.accounts[official] as WorldAccount;
    const cycle = this.cycles.get(a.network);
    if (!cycle || cycle.members.length === 0) return null;
    const author = cycle.members[cycle.next % cycle.members.length] as number;
    cycle.next++;
    const postedAt = Math.max(ctx.start, at - Math.round(ctx.rng.uniform(600, 21_600)));
    if (postedAt >= at) return null;
    const post = ctx.newPost(author, 'original', postedAt, {
      lang: a.lang,
      text: publicText(ctx.rng, a.lang, a.handle),
      mentions: [official],
    });
    const counts = this.counts(author);
    counts.replies += 1;
    const chunk = ctx.chunk();
    chunk.posts.push(post);
    chunk.interactions.push({
      account: author,
      post: post.id,
      target: official,
      kind: 'mention',
      occurredAt: postedAt,
    });
    this.observe(post, counts);
    return [author, post.id];
  }

  /** Releases the held posts addressed to `official` published before `before`. */
  flush(official: number, before: number) {
    const list = this.pending[official];
    if (!list || list.length === 0) return;
    const keep: PendingPost[] = [];
    for (const pending of list) {
      if (pending.post.postedAt < before) this.release(pending);
      else keep.push(pending);
    }
    this.pending[official] = keep;
  }

  private hold(official: number, post: PostRow, kind: 'reply' | 'mention') {
    const list = this.pending[official] ?? [];
    const interaction: InteractionRow = {
      account: post.account,
      post: post.id,
      target: official,
      kind,
      occurredAt: post.postedAt,
    };
    list.push({ post, counts: this.counts(post.account), interaction, answers: 0 });
    this.pending[official] = list;
    if (list.length > PENDING_POSTS) this.release(list.shift() as PendingPost);
  }

  private release(pending: PendingPost) {
    pending.counts.replies += pending.answers;
    const chunk = this.ctx.chunk();
    chunk.posts.push(pending.post);
    chunk.interactions.push(pending.interaction);
    this.observe(pending.post, pending.counts);
  }

  private counts(author: number): Counts {
    const a = this.ctx.accounts[author] as WorldAccount;
    return drawCounts(this.ctx.rng, a.engagement, 0.3, 0, a.network);
  }

  /** Public posts are met once in the data (when an official's post is collected), a day after posting. */
  private observe(post: PostRow, counts: Counts) {
    const { ctx } = this;
    post.metrics = observe(
      ctx.rng,
      {
        account: post.account,
        post: post.id,
        postedAt: post.postedAt,
        end: ctx.end,
        offsetsHours: [24],
        final: counts,
        extraReposts: [],
      },
      ctx.chunk().metrics,
    );
  }
}
