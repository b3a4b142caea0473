// A local Mastodon instance for connector tests, answering as docs.joinmastodon.org documents: Account and Status
// entities, /api/v1/accounts/lookup, /api/v1/accounts/:id/statuses with max_id/since_id/min_id and Link headers
// (rel="next" with max_id, rel="prev" with min_id), X-RateLimit-* headers with an ISO 8601 reset, and
// { "error": "Record not found" } 404s.
import type { IncomingMessage } from 'node:http';
import {
  type Answer,
  type BudgetState,
  compareNumericIds,
  intParam,
  JsonServer,
  type JsonServerOptions,
} from './json-server.ts';

export const MASTODON_DOMAIN = 'diplo.example';
export const MAIN_ACCOUNT_ID = '109000000000000001';
export const MAIN_HANDLE = `quaidorsay@${MASTODON_DOMAIN}`;
const T0 = Date.parse('2026-09-01T08:00:00.000Z');
const STATUS_BASE = 110_000_000_000_000_000n;

type Json = Record<string, unknown>;

interface FixtureAccount {
  id: string;
  /** bare for local accounts, user@domain for remote ones */
  acct: string;
  display_name: string;
  followers_count: number;
  following_count: number;
  statuses_count: number;
}

const ACCOUNTS: FixtureAccount[] = [
  {
    id: MAIN_ACCOUNT_ID,
    acct: 'quaidorsay',
    display_name: 'France Diplomatie',
    followers_count: 48_210,
    following_count: 312,
    statuses_count: 0,
  },
  {
    id: '109000000000000002',
    acct: 'consulat',
    display_name: 'Consulat',
    followers_count: 900,
    following_count: 40,
    statuses_count: 10,
  },
  {
    id: '109000000000000003',
    acct: 'eeas@social.example',
    display_name: 'EEAS',
    followers_count: 120_000,
    following_count: 800,
    statuses_count: 5000,
  },
  {
    id: '109000000000000004',
    acct: 'citizen@other.example',
    display_name: 'A citizen',
    followers_count: 12,
    following_count: 90,
    statuses_count: 300,
  },
];

export class MastodonServer extends JsonServer {
  readonly domain = MASTODON_DOMAIN;
  private readonly accounts = new Map(ACCOUNTS.map((a) => [a.id, { ...a }]));
  /** Statuses of every local account, any order. */
  private readonly statuses: Json[] = [];
  private sequence = 0;
  private malformedItems = 0;

  constructor(options: JsonServerOptions & { statuses?: number } = {}) {
    super({ budget: { limit: 300, windowMs: 5 * 60_000, aligned: true }, ...options });
    for (let i = 0; i < (options.statuses ?? 100); i++) this.addStatus();
  }

  /** Posts a new status by the main account; the i-th one follows a fixed pattern of kinds. */
  addStatus(): Json {
    this.sequence += 1;
    const i = this.sequence;
    const id = String(STATUS_BASE + BigInt(i) * 10n);
    const main = this.accounts.get(MAIN_ACCOUNT_ID)!;
    main.statuses_count += 1;
    const createdAt = new Date(T0 + i * 3_600_000).toISOString();
    const eeas = this.accounts.get('109000000000000003')!;
    let status: Json;
    if (i % 10 === 0) {
      const original = this.status(eeas, `9${i}`, createdAt, {
        content: `<p>EEAS statement ${i}</p>`,
        remote: 'social.example',
      });
      status = {
        ...this.status(main, id, createdAt, { content: '' }),
        reblog: original,
        uri: `${this.actor(main)}/statuses/${id}/activity`,
        url: null,
      };
    } else {
      const mentions: Json[] = [];
      const extra: Json = {};
      if (i % 3 === 0) mentions.push(this.mention(this.accounts.get('109000000000000002')!));
      if (i % 7 === 0) {
        const citizen = this.accounts.get('109000000000000004')!;
        mentions.push(this.mention(citizen));
        extra.in_reply_to_id = `2${i}`;
        extra.in_reply_to_account_id = citizen.id;
      } else if (i % 9 === 0) {
        extra.in_reply_to_id = String(STATUS_BASE + BigInt(i - 1) * 10n);
        extra.in_reply_to_account_id = main.id;
      }
      if (i % 11 === 0) {
        const quoted = this.status(eeas, `8${i}`, createdAt, { content: '<p>Quoted</p>', remote: 'social.example' });
        extra.quote = { state: 'accepted', quoted_status: quoted };
      }
      status = {
        ...this.status(main, id, createdAt, {
          content: `<p>Communiqué n°${i} &amp; suite</p><p>Ligne<br>deux <a href="https://${this.domain}/tags/diplomatie" class="mention hashtag">#<span>Diplomatie</span></a></p>`,
          lang: i % 4 === 0 ? 'en' : 'fr',
        }),
        mentions,
        tags: i % 5 === 0 ? [{ name: 'diplomatie', url: `https://${this.domain}/tags/diplomatie` }] : [],
        replies_count: i % 5,
        reblogs_count: i % 13,
        favourites_count: i * 2,
        ...extra,
      };
    }
    this.statuses.push(status);
    return status;
  }

  /** The next statuses page carries one extra status without `created_at`. */
  injectMalformedItem(): void {
    this.malformedItems += 1;
  }

  private actor(account: FixtureAccount, remote?: string): string {
    const [user, domain] = account.acct.split('@');
    return `https://${remote ?? domain ?? this.domain}/users/${user}`;
  }

  private accountJson(account: FixtureAccount): Json {
    const [user, domain] = account.acct.split('@');
    return {
      id: account.id,
      username: user,
      acct: account.acct,
      display_name: account.display_name,
      locked: false,
      bot: false,
      discoverable: true,
      group: false,
      created_at: '2019-03-01T00:00:00.000Z',
      note: '<p>Compte officiel</p>',
      url: `https://${domain ?? this.domain}/@${user}`,
      uri: `https://${domain ?? this.domain}/users/${user}`,
      avatar: `https://${this.domain}/avatars/original/missing.png`,
      avatar_static: `https://${this.domain}/avatars/original/missing.png`,
      header: `https://${this.domain}/headers/original/missing.png`,
      header_static: `https://${this.domain}/headers/original/missing.png`,
      followers_count: account.followers_count,
      following_count: account.following_count,
      statuses_count: account.statuses_count,
      last_status_at: '2026-11-01',
      emojis: [],
      fields: [],
    };
  }

  private mention(account: FixtureAccount): Json {
    const [user, domain] = account.acct.split('@');
    return { id: account.id, username: user, url: `https://${domain ?? this.domain}/@${user}`, acct: account.acct };
  }

  private status(
    account: FixtureAccount,
    id: string,
    createdAt: string,
    o: { content: string; lang?: string; remote?: string },
  ): Json {
    const [user, domain] = account.acct.split('@');
    return {
      id,
      created_at: createdAt,
      in_reply_to_id: null,
      in_reply_to_account_id: null,
      sensitive: false,
      spoiler_text: '',
      visibility: 'public',
      language: o.lang ?? 'fr',
      uri: `${this.actor(account, o.remote)}/statuses/${id}`,
      url: `https://${domain ?? this.domain}/@${user}/${id}`,
      replies_count: 0,
      reblogs_count: 0,
      favourites_count: 0,
      edited_at: null,
      favourited: false,
      reblogged: false,
      muted: false,
      bookmarked: false,
      content: o.content,
      reblog: null,
      application: { name: 'Web', website: null },
      account: this.accountJson(account),
      media_attachments: [],
      mentions: [],
      tags: [],
      emojis: [],
      card: null,
      poll: null,
      quote: null,
    };
  }

  protected route(url: URL, _request: IncomingMessage): Answer {
    const notFound: Answer = { status: 404, body: { error: 'Record not found' } };
    if (url.pathname === '/api/v1/accounts/lookup') {
      const acct = (url.searchParams.get('acct') ?? '').replace(/^@/, '').toLowerCase().replace(`@${this.domain}`, '');
      const account = [...this.accounts.values()].find((a) => a.acct.toLowerCase() === acct);
      return account ? { status: 200, body: this.accountJson(account) } : notFound;
    }
    const statuses = /^\/api\/v1\/accounts\/([^/]+)\/statuses$/.exec(url.pathname);
    if (statuses?.[1]) {
      const account = this.accounts.get(statuses[1]);
      return account ? this.statusesPage(url, account) : notFound;
    }
    const single = /^\/api\/v1\/accounts\/([^/]+)$/.exec(url.pathname);
    if (single?.[1]) {
      const account = this.accounts.get(single[1]);
      return account ? { status: 200, body: this.accountJson(account) } : notFound;
    }
    return { status: 404, body: { error: 'Not Found' } };
  }

  private statusesPage(url: URL, account: FixtureAccount): Answer {
    const limit = intParam(url, 'limit', 20, 1, 40);
    const maxId = url.searchParams.get('max_id');
    const sinceId = url.searchParams.get('since_id');
    const minId = url.searchParams.get('min_id');
    let list = this.statuses
      .filter((s) => (s.account as Json).id === account.id)
      .filter((s) => !maxId || compareNumericIds(s.id as string, maxId) < 0)
      .filter((s) => !sinceId || compareNumericIds(s.id as string, sinceId) > 0)
      .filter((s) => !minId || compareNumericIds(s.id as string, minId) > 0)
      .sort((a, b) => compareNumericIds(b.id as string, a.id as string));
    // min_id pages forward: the statuses immediately newer than it, still newest first.
    list = minId ? list.slice(-limit) : list.slice(0, limit);
    const links: string[] = [];
    const path = `${this.url}/api/v1/accounts/${account.id}/statuses`;
    if (list.length === limit) links.push(`<${path}?limit=${limit}&max_id=${list[list.length - 1]!.id}>; rel="next"`);
    if (list.length > 0) links.push(`<${path}?limit=${limit}&min_id=${list[0]!.id}>; rel="prev"`);
    const body: unknown[] = [...list];
    if (this.malformedItems > 0 && list.length > 0) {
      this.malformedItems -= 1;
      // An id between the first two statuses, as a real status would have.
      const broken = { ...list[0], id: String(BigInt(list[0]!.id as string) - 5n), uri: `${this.url}/broken` } as Json;
      delete broken.created_at;
      body.splice(1, 0, broken);
    }
    return { status: 200, body, headers: links.length > 0 ? { link: links.join(', ') } : {} };
  }

  protected rateLimitHeaders(state: BudgetState): Record<string, string> {
    return {
      'x-ratelimit-limit': String(state.limit),
      'x-ratelimit-remaining': String(state.remaining),
      // Rails' iso8601(6): microseconds.
      'x-ratelimit-reset': new Date(state.resetAt).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z'),
    };
  }

  protected tooManyRequests(): Answer {
    return { status: 429, body: { error: 'Too many requests' } };
  }
}

export async function startMastodonServer(options: JsonServerOptions & { statuses?: number } = {}) {
  return new MastodonServer(options).start();
}
