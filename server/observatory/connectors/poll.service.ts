// Polls tracked accounts through the network connectors and writes what they bring. Each poll is recorded as an
// import run (kind 'poll-<network>') so the web app lists it beside file imports; the account row keeps the
// cursor, the time of the last attempt and, when it failed, why (poll_error, shown to editors).
// A poll writes all or nothing: pages are fetched first, then written in one batch, then the cursor moves.
// A crash between the write and the cursor update only makes the next poll read the same posts again (idempotent).
import { sql } from 'kysely';
import type { Database } from '../../db/index.ts';
import type { ImportErrorRow, Network } from '../../db/schema.ts';
import type { IngestRecord } from '../ingest/records.ts';
import { writeBatch } from '../ingest/writer.ts';
import { AccountNotFoundError, type Connector, POLLED_NETWORKS, type PolledNetwork } from './connector.ts';
import { RateLimitedError } from './http.ts';

export interface PollDeps {
  database: Database;
  connectors: Partial<Record<PolledNetwork, Connector>>;
  now?: () => Date;
}

export type PollStatus = 'done' | 'failed' | 'not_found' | 'rate_limited' | 'not_configured';

export interface PollOutcome {
  accountId: number;
  network: Network;
  source: string;
  status: PollStatus;
  runId: string | null;
  read: number;
  added: number;
  updated: number;
  skipped: number;
  cursor: string | null;
  error: string | null;
  /** When a rate-limited network may be called again. */
  resumeAt: Date | null;
}

export const NETWORK_NAMES: Record<Network, string> = {
  x: 'X',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  facebook: 'Facebook',
  instagram: 'Instagram',
  youtube: 'YouTube',
  linkedin: 'LinkedIn',
};
/** poll_error of an account the network does not know: it is not polled again until someone edits it. */
export const NOT_FOUND_PREFIX = 'account not found on ';
const MAX_ERROR_ROWS = 100;
const MAX_MESSAGE = 1000;

/** Polls one account now, whatever its schedule; failures are recorded on the account and the run, not thrown. */
export async function pollAccount(deps: PollDeps, accountId: number): Promise<PollOutcome> {
  const { database } = deps;
  const now = () => deps.now?.() ?? new Date();
  const account = await database.db
    .selectFrom('obs_accounts')
    .select(['id', 'network', 'network_id', 'handle', 'poll_cursor'])
    .where('id', '=', accountId)
    .executeTakeFirst();
  if (!account) throw new Error(`poll: account ${accountId} does not exist`);
  const source = account.handle ?? account.network_id ?? `#${account.id}`;
  const outcome: PollOutcome = {
    accountId: account.id,
    network: account.network,
    source,
    status: 'failed',
    runId: null,
    read: 0,
    added: 0,
    updated: 0,
    skipped: 0,
    cursor: account.poll_cursor,
    error: null,
    resumeAt: null,
  };
  const connector = (POLLED_NETWORKS as readonly string[]).includes(account.network)
    ? deps.connectors[account.network as PolledNetwork]
    : undefined;
  if (!connector) {
    const error =
      account.network === 'x'
        ? 'polling X is not configured: set X_BEARER_TOKEN'
        : `${NETWORK_NAMES[account.network]} accounts cannot be polled: import their data from files`;
    await recordFailure(database, account.id, error, now());
    return { ...outcome, status: 'not_configured', error };
  }

  const run = await database.db
    .insertInto('obs_import_runs')
    .values({ kind: `poll-${account.network}`, source: source.slice(0, 1000), status: 'running' })
    .returning('id')
    .executeTakeFirstOrThrow();
  outcome.runId = run.id;

  try {
    const found = await connector.lookup({ handle: account.handle, networkId: account.network_id });
    if (account.network_id === null && found.networkId !== null) {
      await resolveNetworkId(database, account.id, account.network, found.networkId);
    }
    const result = await connector.fetchPosts(
      { apiId: found.apiId, handle: found.handle },
      { cursor: account.poll_cursor },
    );
    const batch: IngestRecord[][] = [[{ type: 'account', account: found.observation }], ...result.items];
    const { outcomes } = await writeBatch(database, batch);
    // Counts are about posts; outcomes[0] is the account's snapshot.
    const posts = outcomes.slice(1);
    outcome.read = result.items.length + result.skipped.length;
    outcome.added = posts.filter((o) => o === 'added').length;
    outcome.updated = posts.filter((o) => o === 'updated').length;
    outcome.skipped = result.skipped.length;
    outcome.cursor = result.cursor;
    await database.db
      .updateTable('obs_accounts')
      .set({ poll_cursor: result.cursor, last_polled_at: now(), poll_error: null })
      .where('id', '=', account.id)
      .execute();
    const errors: ImportErrorRow[] = [
      ...result.skipped.map((s) => ({ line: null, reason: `page ${s.page}, item ${s.index + 1}: ${s.reason}` })),
      ...result.warnings.map((w) => ({ line: null, reason: `${NETWORK_NAMES[account.network]} reported: ${w}` })),
    ].slice(0, MAX_ERROR_ROWS);
    const pages = `${result.pages} page${result.pages === 1 ? '' : 's'} read`;
    const cut =
      account.poll_cursor === null
        ? `${pages}; older posts are beyond the page limit and were not fetched`
        : connector.resumesForward
          ? `${pages}; stopped at the page limit, the next poll continues from there`
          : `${pages}; stopped at the page limit: older posts since the previous poll were not fetched`;
    await finishRun(database, run.id, now(), {
      status: 'done',
      read: outcome.read,
      added: outcome.added,
      updated: outcome.updated,
      skipped: outcome.skipped,
      errors,
      message: result.complete ? pages : cut,
    });
    return { ...outcome, status: 'done' };
  } catch (error) {
    const message = describe(error, account.network);
    const status: PollStatus =
      error instanceof RateLimitedError
        ? 'rate_limited'
        : error instanceof AccountNotFoundError
          ? 'not_found'
          : 'failed';
    // A rate limit is not the account's fault: it stays first in line for the next round.
    await recordFailure(database, account.id, message, status === 'rate_limited' ? null : now());
    await finishRun(database, run.id, now(), { status: 'failed', message, errors: [{ line: null, reason: message }] });
    return {
      ...outcome,
      status,
      error: message,
      resumeAt: error instanceof RateLimitedError ? error.resumeAt : null,
    };
  }
}

export interface PollDueOptions {
  /** Accounts polled in this round at most. */
  limit?: number;
  now?: Date;
  /** An account is due when its last poll is at least this old (config observatory.pollMinutes). */
  minIntervalMs?: number;
}

export interface PollDueResult {
  outcomes: PollOutcome[];
  /** Networks that answered "too many requests", with when to come back; their other accounts wait. */
  rateLimited: Partial<Record<PolledNetwork, Date>>;
}

/**
 * Polls the tracked accounts that are due, least recently polled first, one at a time. An account the network
 * did not know is skipped until its row is edited (updated_at after the failed poll).
 */
export async function pollDueAccounts(deps: PollDeps, options: PollDueOptions = {}): Promise<PollDueResult> {
  const now = options.now ?? deps.now?.() ?? new Date();
  const networks = POLLED_NETWORKS.filter((n) => deps.connectors[n]);
  const result: PollDueResult = { outcomes: [], rateLimited: {} };
  if (networks.length === 0) return result;
  const dueBefore = new Date(now.getTime() - (options.minIntervalMs ?? 60 * 60_000));
  const due = await deps.database.db
    .selectFrom('obs_accounts')
    .select(['id', 'network'])
    .where('tracked', '=', true)
    .where('network', 'in', networks)
    .where((eb) => eb.or([eb('last_polled_at', 'is', null), eb('last_polled_at', '<=', dueBefore)]))
    .where(sql<boolean>`NOT (coalesce(poll_error, '') LIKE ${`${NOT_FOUND_PREFIX}%`} AND updated_at <= last_polled_at)`)
    .orderBy(sql`last_polled_at ASC NULLS FIRST`)
    .orderBy('id')
    .limit(Math.max(options.limit ?? 50, 1))
    .execute();
  for (const account of due) {
    const network = account.network as PolledNetwork;
    if (result.rateLimited[network]) continue;
    const outcome = await pollAccount({ ...deps, now: deps.now ?? (() => now) }, account.id);
    result.outcomes.push(outcome);
    if (outcome.status === 'rate_limited' && outcome.resumeAt) result.rateLimited[network] = outcome.resumeAt;
  }
  return result;
}

/** Records the network id met at lookup, unless another account row already holds it (a merge is needed). */
async function resolveNetworkId(database: Database, accountId: number, network: Network, networkId: string) {
  const other = await database.db
    .selectFrom('obs_accounts')
    .select('id')
    .where('network', '=', network)
    .where('network_id', '=', networkId)
    .where('id', '<>', accountId)
    .executeTakeFirst();
  if (other) {
    throw new Error(
      `${NETWORK_NAMES[network]} id ${networkId} already belongs to account #${other.id}: attach that account to the actor instead`,
    );
  }
  await database.db
    .updateTable('obs_accounts')
    .set({ network_id: networkId })
    .where('id', '=', accountId)
    .where('network_id', 'is', null)
    .execute();
}

async function recordFailure(database: Database, accountId: number, message: string, at: Date | null) {
  await database.db
    .updateTable('obs_accounts')
    .set({ poll_error: message.slice(0, MAX_MESSAGE), ...(at ? { last_polled_at: at } : {}) })
    .where('id', '=', accountId)
    .execute();
}

async function finishRun(
  database: Database,
  runId: string,
  at: Date,
  fields: {
    status: 'done' | 'failed';
    message: string;
    errors: ImportErrorRow[];
    read?: number;
    added?: number;
    updated?: number;
    skipped?: number;
  },
) {
  const { errors, message, ...counts } = fields;
  await database.db
    .updateTable('obs_import_runs')
    .set({
      ...counts,
      message: message.slice(0, MAX_MESSAGE),
      errors: JSON.stringify(errors),
      updated_at: at,
      finished_at: at,
    })
    .where('id', '=', runId)
    .execute();
}

/** A message for editors: what the network said, without our internals. */
function describe(error: unknown, network: Network): string {
  if (error instanceof AccountNotFoundError) return `${NOT_FOUND_PREFIX}${NETWORK_NAMES[network]}`;
  if (error instanceof RateLimitedError) {
    return `rate limited by ${NETWORK_NAMES[network]} until ${error.resumeAt.toISOString()}`;
  }
  return error instanceof Error ? error.message : String(error);
}
