// Ninety days of activity, generated day by day as chunks of rows (posts, metric snapshots, interactions,
// follower snapshots) that reference accounts by their index in the population. Pure and streaming: a
// chunk is yielded at the end of each day, so the large world never sits in memory at once.
import type { InteractionKind, Network, PostKind } from '../../db/schema.ts';
import { originalText, postId, postUrl, replyText } from './content.ts';
import { drawCounts, KIND_FACTOR, observe } from './engagement.ts';
import { FollowerCurves } from './followers.ts';
import type { Population, WorldAccount } from './population.ts';
import { PublicVoices } from './publics.ts';
import { Rng, WeightedPool } from './random.ts';
import { type AccountEnd, DEFAULT_END_DATE, type PostRow, WORLD_DAYS, type WorldChunk, worldWindow } from './rows.ts';

export * from './rows.ts';

const SHARE = { repost: 0.15, quote: 0.05, replyScale: 0.8, replyToPublic: 0.8 } as const;
const RECENT_POSTS = 10;

interface RecentPost {
  id: string;
  at: number;
  reposts: number;
  quotes: number;
  replies: number;
}

export class Timeline {
  private readonly accounts: WorldAccount[];
  private readonly start: number;
  private readonly end: number;
  private readonly rng: Rng;
  private readonly offsets: readonly number[];
  private readonly officials: number[] = [];
  private readonly officialPools = new Map<string, WeightedPool>();
  private readonly publics: PublicVoices;
  private readonly recent: RecentPost[][] = [];
  private readonly postsMade: Int32Array;
  private readonly followers: FollowerCurves;
  private chunk: WorldChunk = { day: 0, posts: [], metrics: [], interactions: [], snapshots: [] };
  private seq = 0;
  private finished = false;

  constructor(
    private readonly population: Population,
    options: { endDate?: string } = {},
  ) {
    this.accounts = population.accounts;
    ({ start: this.start, end: this.end } = worldWindow(options.endDate ?? DEFAULT_END_DATE));
    this.rng = Rng.stream(population.seed, 'timeline');
    this.offsets = population.size.metricOffsetsHours;
    this.postsMade = new Int32Array(this.accounts.length);
    // Officials are drawn as targets (mentions, reposts, replies) preferentially by influence.
    const weight = (i: number) => Math.exp(0.8 * (this.accounts[i] as WorldAccount).z);
    const byKey = new Map<string, number[]>();
    this.accounts.forEach((a, i) => {
      if (a.kind !== 'official') return;
      this.officials.push(i);
      for (const key of [a.network, `${a.country}|${a.network}`]) {
        const list = byKey.get(key);
        if (list) list.push(i);
        else byKey.set(key, [i]);
      }
    });
    for (const [key, members] of byKey) {
      if (members.length >= 2) this.officialPools.set(key, new WeightedPool(members, weight));
    }
    this.publics = new PublicVoices({
      seed: population.seed,
      rng: this.rng,
      start: this.start,
      end: this.end,
      accounts: this.accounts,
      replyShare: population.size.publicReplyShare,
      mentionRate: population.size.publicMentionRate,
      newPost: (account, kind, at, fields) => this.newPost(account, kind, at, fields),
      officialsOn: (network: Network) => this.officialPools.get(network),
      chunk: () => this.chunk,
    });
    this.followers = new FollowerCurves(population, this.officials);
  }

  *chunks(): Generator<WorldChunk> {
    if (this.finished) throw new Error('synthetic: a timeline is generated once');
    for (let day = 0; day < WORLD_DAYS; day++) {
      this.chunk = { day, posts: [], metrics: [], interactions: [], snapshots: [] };
      const dayStart = this.start + day * 86_400;
      const weekday = new Date(dayStart * 1000).getUTCDay();
      const rhythm = weekday === 0 || weekday === 6 ? 0.7 : 1.12;
      this.publics.mentionsOfTheDay(dayStart, rhythm);
      for (const i of this.officials) {
        const a = this.accounts[i] as WorldAccount;
        const times: number[] = [];
        const n = this.rng.poisson(a.activity * rhythm);
        for (let k = 0; k < n; k++) times.push(dayStart + this.rng.int(86_400));
        times.sort((x, y) => x - y);
        for (const t of times) this.officialPost(i, t);
      }
      const last = day === WORLD_DAYS - 1;
      for (const i of this.officials) this.publics.flush(i, last ? Number.POSITIVE_INFINITY : dayStart - 86_400);
      this.snapshot(day, dayStart + 86_399);
      yield this.chunk;
    }
    this.finished = true;
  }

  /** Follower count, following and posts count of every account at the end (valid once chunks are consumed). */
  accountsAtEnd(): AccountEnd[] {
    if (!this.finished) throw new Error('synthetic: the timeline has not been generated yet');
    return this.accounts.map((a, i) => ({
      followers: a.kind === 'official' && a.boughtFromDay !== null ? a.followers * 10 : a.followers,
      following: a.following,
      postsCount: a.postsBefore + (this.postsMade[i] as number),
      observedAt: this.end,
    }));
  }

  private snapshot(day: number, at: number) {
    for (const i of this.officials) {
      const a = this.accounts[i] as WorldAccount;
      this.chunk.snapshots.push({
        account: i,
        observedAt: at,
        followers: this.followers.displayed(i, day),
        following: a.following,
        postsCount: a.postsBefore + (this.postsMade[i] as number),
      });
    }
  }

  private newPost(account: number, kind: PostKind, at: number, fields: Partial<PostRow>): PostRow {
    const a = this.accounts[account] as WorldAccount;
    const id = postId(a.network, a.handle, ++this.seq);
    this.postsMade[account] = (this.postsMade[account] as number) + 1;
    return {
      account,
      id,
      postedAt: at,
      kind,
      lang: null,
      text: null,
      url: postUrl(a.network, a.handle, id),
      replyToPost: null,
      replyToAccount: null,
      quoteOfPost: null,
      quoteOfAccount: null,
      repostOfPost: null,
      repostOfAccount: null,
      mentions: [],
      hashtags: [],
      metrics: null,
      ...fields,
    };
  }

  private emit(post: PostRow, kind: InteractionKind | null, target: number | null) {
    this.chunk.posts.push(post);
    if (kind && target !== null) {
      this.chunk.interactions.push({ account: post.account, post: post.id, target, kind, occurredAt: post.postedAt });
    }
  }

  private lang(a: WorldAccount): string {
    return a.lang !== 'en' && this.rng.chance(0.15) ? 'en' : a.lang;
  }

  private officialPost(i: number, at: number) {
    const a = this.accounts[i] as WorldAccount;
    const u = this.rng.next();
    if (u < SHARE.repost) {
      if (this.shareOfficial(i, at, 'repost')) return;
    } else if (u < SHARE.repost + SHARE.quote) {
      if (this.shareOfficial(i, at, 'quote')) return;
    } else if (u < SHARE.repost + SHARE.quote + SHARE.replyScale * a.dialogue) {
      this.reply(i, at);
      return;
    }
    this.original(i, at);
  }

  /** Another official of the same network, preferentially influential, often of the same country. */
  private pickOfficial(i: number, sameCountry: number): number {
    const a = this.accounts[i] as WorldAccount;
    const local = this.rng.chance(sameCountry) ? this.officialPools.get(`${a.country}|${a.network}`) : undefined;
    const p = local ?? this.officialPools.get(a.network);
    if (!p) return -1;
    for (let tries = 0; tries < 4; tries++) {
      const j = p.sample(this.rng);
      if (j !== i) return j;
    }
    return -1;
  }

  /** A recent post of `j` published before `at` that can still take one more repost, quote or reply. */
  private pickRecent(j: number, at: number, budget: 'reposts' | 'quotes' | 'replies'): RecentPost | null {
    const eligible = (this.recent[j] ?? []).filter((p) => p.at < at - 300 && p[budget] > 0);
    if (eligible.length === 0) return null;
    const chosen = this.rng.pick(eligible);
    chosen[budget]--;
    return chosen;
  }

  private shareOfficial(i: number, at: number, kind: 'repost' | 'quote'): boolean {
    const j = this.pickOfficial(i, 0.6);
    const target = j < 0 ? null : this.pickRecent(j, at, kind === 'repost' ? 'reposts' : 'quotes');
    if (!target) return false;
    if (kind === 'repost') {
      this.emit(this.newPost(i, 'repost', at, { repostOfPost: target.id, repostOfAccount: j }), 'repost', j);
      return true;
    }
    const a = this.accounts[i] as WorldAccount;
    const lang = this.lang(a);
    const { text, hashtags } = originalText(this.rng, lang, null);
    const post = this.newPost(i, 'quote', at, { lang, text, hashtags, quoteOfPost: target.id, quoteOfAccount: j });
    this.emit(post, 'quote', j);
    this.engage(post, KIND_FACTOR.quote);
    return true;
  }

  private original(i: number, at: number) {
    const a = this.accounts[i] as WorldAccount;
    const mentions: number[] = [];
    const wanted = Math.min(3, this.rng.poisson(0.45));
    for (let k = 0; k < wanted; k++) {
      const target = this.rng.chance(0.15) ? (this.publics.someoneOn(a.network) ?? -1) : this.pickOfficial(i, 0.5);
      if (target >= 0 && target !== i && !mentions.includes(target)) mentions.push(target);
    }
    const lang = this.lang(a);
    const first = mentions[0] === undefined ? null : `@${(this.accounts[mentions[0]] as WorldAccount).handle}`;
    const { text, hashtags } = originalText(this.rng, lang, first);
    const post = this.newPost(i, 'original', at, { lang, text, hashtags, mentions });
    this.emit(post, null, null);
    for (const target of mentions) {
      this.chunk.interactions.push({ account: i, post: post.id, target, kind: 'mention', occurredAt: at });
    }
    this.engage(post, KIND_FACTOR.original);
  }

  private reply(i: number, at: number) {
    const a = this.accounts[i] as WorldAccount;
    let target = -1;
    let replyToPost: string | null = null;
    if (!this.rng.chance(SHARE.replyToPublic)) {
      const j = this.pickOfficial(i, 0.5);
      const post = j < 0 ? null : this.pickRecent(j, at, 'replies');
      if (post) [target, replyToPost] = [j, post.id];
    }
    if (target < 0) {
      const asked = this.publics.answerOpen(i, at) ?? this.publics.coldQuestion(i, at);
      if (!asked) return this.original(i, at);
      [target, replyToPost] = asked;
    }
    const lang = this.lang(a);
    const post = this.newPost(i, 'reply', at, {
      lang,
      text: replyText(this.rng, lang),
      replyToPost,
      replyToAccount: target,
    });
    this.emit(post, 'reply', target);
    this.engage(post, KIND_FACTOR.reply);
  }

  /** Draws the post's counts, its bot-ring reposts and public replies, and observes its metrics. */
  private engage(post: PostRow, kindFactor: number) {
    const i = post.account;
    const a = this.accounts[i] as WorldAccount;
    const final = drawCounts(this.rng, a.engagement, kindFactor, a.dialogue, a.network);
    const ringTimes: number[] = [];
    const shareable = post.kind === 'original' || post.kind === 'quote';
    if (shareable && a.ringRole === 'target' && a.ring !== null) {
      for (const bot of (this.population.rings[a.ring] as { members: number[] }).members) {
        if (!this.rng.chance((this.accounts[bot] as WorldAccount).participation)) continue;
        const at = post.postedAt + 20 + Math.min(2_700, Math.round(this.rng.exponential(240)));
        if (at > this.end) continue;
        ringTimes.push(at);
        this.emit(this.newPost(bot, 'repost', at, { repostOfPost: post.id, repostOfAccount: i }), 'repost', i);
      }
    }
    const last = observe(
      this.rng,
      {
        account: i,
        post: post.id,
        postedAt: post.postedAt,
        end: this.end,
        offsetsHours: this.offsets,
        final,
        extraReposts: ringTimes,
      },
      this.chunk.metrics,
    );
    post.metrics = last;
    if (!shareable || !last) return;
    const recent = this.recent[i] ?? [];
    recent.push({
      id: post.id,
      at: post.postedAt,
      reposts: last.reposts - ringTimes.length,
      quotes: last.quotes,
      replies: last.replies,
    });
    if (recent.length > RECENT_POSTS) recent.shift();
    this.recent[i] = recent;
    this.publics.repliesTo(post, final.replies);
  }
}
