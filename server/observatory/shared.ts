// Helpers shared by the observatory's read routes: the scored period to show, account presentation.
import { type Kysely, sql } from 'kysely';
import type { AccountSummary } from '../../common/schemas/observatory.ts';
import type { DB, Network, WindowKind } from '../db/schema.ts';
import { AppError } from '../errors.ts';

/** The period shown: the given day (must have been scored) or the latest scored one; null before any scoring. */
export async function periodToShow(db: Kysely<DB>, window: WindowKind, date?: string): Promise<string | null> {
  if (date) {
    const row = await db
      .selectFrom('obs_country_scores')
      .select('period_end')
      .where('window_kind', '=', window)
      .where('period_end', '=', date)
      .limit(1)
      .executeTakeFirst();
    if (!row) throw new AppError('ERR_NOT_FOUND');
    return row.period_end;
  }
  const row = await db
    .selectFrom('obs_country_scores')
    .select((eb) => eb.fn.max('period_end').as('end'))
    .where('window_kind', '=', window)
    .executeTakeFirst();
  return (row?.end as string | null | undefined) ?? null;
}

/** The account's page on its network. */
export function accountUrl(network: Network, handle: string | null): string | null {
  if (!handle) return null;
  const h = encodeURIComponent(handle);
  switch (network) {
    case 'x':
      return `https://x.com/${h}`;
    case 'mastodon': {
      const [user, instance] = handle.split('@');
      return user && instance ? `https://${instance}/@${encodeURIComponent(user)}` : null;
    }
    case 'bluesky':
      return `https://bsky.app/profile/${h}`;
    case 'facebook':
      return `https://www.facebook.com/${h}`;
    case 'instagram':
      return `https://www.instagram.com/${h}`;
    case 'youtube':
      return /^uc[\w-]{22}$/.test(handle) ? `https://www.youtube.com/channel/${h}` : `https://www.youtube.com/@${h}`;
    case 'linkedin':
      return `https://www.linkedin.com/company/${h}`;
  }
}

export interface AccountSummaryRow {
  id: number;
  network: Network;
  handle: string | null;
  display_name: string | null;
  verified: boolean;
  actor_id: string | null;
  actor_country: string | null;
  actor_type: string | null;
  actor_name_fr: string | null;
  actor_name_en: string | null;
}

/** Columns of obs_accounts a (and obs_actors ac, left-joined) that presentAccount needs. */
export const accountSummaryColumns = sql`a.id, a.network, a.handle, a.display_name, a.verified, a.actor_id,
  ac.country AS actor_country, ac.type AS actor_type, ac.name_fr AS actor_name_fr, ac.name_en AS actor_name_en`;

export function presentAccount(row: AccountSummaryRow): AccountSummary {
  return {
    id: row.id,
    network: row.network,
    handle: row.handle,
    displayName: row.display_name,
    url: accountUrl(row.network, row.handle),
    verified: row.verified,
    actor:
      row.actor_id && row.actor_country && row.actor_type
        ? {
            id: row.actor_id,
            country: row.actor_country,
            type: row.actor_type as NonNullable<AccountSummary['actor']>['type'],
            nameFr: row.actor_name_fr ?? '',
            nameEn: row.actor_name_en ?? '',
          }
        : null,
  };
}

/** Public reads may be cached briefly by browsers and proxies: scores change at most once per scoring run. */
export const PUBLIC_CACHE = 'public, max-age=60';

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  // Cells starting with = + - @ are neutralised so a spreadsheet never runs them as formulas.
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return `${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\n')}\n`;
}

/**
 * Answers of the public read routes kept for a few seconds per query: scores change once per scoring run, and a
 * popular page (the world ranking) would otherwise cost the same queries on every request.
 */
export class ResponseMemo<T> {
  private readonly entries = new Map<string, { at: number; value: Promise<T> }>();
  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 256,
  ) {}

  get(key: string, compute: () => Promise<T>, now = Date.now()): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && now - hit.at < this.ttlMs) return hit.value;
    const value = compute();
    // A failed computation is not kept: the next request tries again.
    value.catch(() => this.entries.delete(key));
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { at: now, value });
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}

/** How long public observatory answers are reused by the server (the browser may keep them PUBLIC_CACHE). */
export const MEMO_TTL_MS = 10_000;
