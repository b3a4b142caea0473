// SQL of the registry: actors (search, one, create, change, delete) and the accounts attached to them.
import { type Kysely, type RawBuilder, type Selectable, sql, type Transaction } from 'kysely';
import type { DB, Network, ObsActorsTable } from '../../db/schema.ts';
import { type AccountSummaryRow, accountSummaryColumns } from '../shared.ts';

type Executor = Kysely<DB> | Transaction<DB>;

export type ActorRow = Omit<Selectable<ObsActorsTable>, 'created_at' | 'updated_at'>;

export interface ActorAccountRow {
  id: number;
  actor_id: string;
  network: Network;
  handle: string | null;
  verified: boolean;
  tracked: boolean;
}

export interface ActorFilter {
  q?: string | undefined;
  country?: string | undefined;
  type?: string | undefined;
}

const actorColumns = [
  'id',
  'country',
  'type',
  'name_fr',
  'name_en',
  'host_country',
  'city',
  'latitude',
  'longitude',
  'wikidata_id',
] as const;

const escapeLike = (text: string) => text.replaceAll('\\', '\\\\').replaceAll('%', '\\%').replaceAll('_', '\\_');

/** The expression obs_actors_name_trgm indexes: the search must use it verbatim for the index to apply. */
const searchable = sql`immutable_unaccent(lower(name_fr || ' ' || name_en))`;

function words(q: string | undefined): string[] {
  return (q ?? '')
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .slice(0, 8);
}

function actorWhere(f: ActorFilter): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`true`];
  if (f.country) parts.push(sql`country = ${f.country}`);
  if (f.type) parts.push(sql`type = ${f.type}`);
  // Every word must appear, accents and case aside: "ambassade mali" finds "Ambassade de France au Mali".
  for (const word of words(f.q)) {
    parts.push(sql`${searchable} LIKE immutable_unaccent(${`%${escapeLike(word.toLowerCase())}%`})`);
  }
  return sql.join(parts, sql` AND `);
}

export async function listActors(
  db: Executor,
  f: ActorFilter,
  page: { limit: number; offset: number },
): Promise<{ total: number; rows: ActorRow[] }> {
  const q = words(f.q).join(' ').toLowerCase();
  // With a query, the closest names first; otherwise by country then French name, a stable order for paging.
  const order = q
    ? sql`similarity(${searchable}, immutable_unaccent(${q})) DESC, name_fr, id`
    : sql`country, name_fr, id`;
  const rows = await sql<ActorRow>`
    SELECT ${sql.join(actorColumns.map((c) => sql.ref(c)))}
    FROM obs_actors WHERE ${actorWhere(f)}
    ORDER BY ${order}
    LIMIT ${page.limit} OFFSET ${page.offset}`.execute(db);
  const total = await sql<{ n: number }>`SELECT count(*)::int AS n FROM obs_actors WHERE ${actorWhere(f)}`.execute(db);
  return { total: total.rows[0]?.n ?? 0, rows: rows.rows };
}

export async function findActor(db: Executor, id: string): Promise<ActorRow | undefined> {
  return db.selectFrom('obs_actors').select(actorColumns).where('id', '=', id).executeTakeFirst();
}

export async function actorExists(db: Executor, id: string): Promise<boolean> {
  return (await db.selectFrom('obs_actors').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export async function accountsOfActors(db: Executor, actorIds: string[]): Promise<Map<string, ActorAccountRow[]>> {
  const byActor = new Map<string, ActorAccountRow[]>();
  if (actorIds.length === 0) return byActor;
  const rows = await db
    .selectFrom('obs_accounts')
    .select(['id', 'actor_id', 'network', 'handle', 'verified', 'tracked'])
    .where('actor_id', 'in', actorIds)
    .orderBy('network')
    .orderBy('handle')
    .orderBy('id')
    .execute();
  for (const row of rows) {
    const list = byActor.get(row.actor_id!) ?? [];
    list.push({ ...row, actor_id: row.actor_id! });
    byActor.set(row.actor_id!, list);
  }
  return byActor;
}

export type ActorValues = Omit<ActorRow, 'id' | 'wikidata_id'>;

export async function insertActor(db: Executor, values: ActorValues): Promise<ActorRow> {
  return db.insertInto('obs_actors').values(values).returning(actorColumns).executeTakeFirstOrThrow();
}

export async function updateActor(
  db: Executor,
  id: string,
  changes: Partial<ActorValues>,
): Promise<ActorRow | undefined> {
  return db
    .updateTable('obs_actors')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returning(actorColumns)
    .executeTakeFirst();
}

/** Deletes the actor; its accounts stay, unregistered (the foreign key is ON DELETE SET NULL). */
export async function deleteActor(db: Executor, id: string): Promise<ActorRow | undefined> {
  return db.deleteFrom('obs_actors').where('id', '=', id).returning(actorColumns).executeTakeFirst();
}

export async function countAccountsOfActor(db: Executor, id: string): Promise<number> {
  const row = await db
    .selectFrom('obs_accounts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('actor_id', '=', id)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

// --- Accounts --------------------------------------------------------------------------------------------

export interface RegistryAccountRow extends AccountSummaryRow {
  tracked: boolean;
}

export async function findAccountSummary(db: Executor, id: number): Promise<RegistryAccountRow | undefined> {
  const result = await sql<RegistryAccountRow>`
    SELECT ${accountSummaryColumns}, a.tracked
    FROM obs_accounts a LEFT JOIN obs_actors ac ON ac.id = a.actor_id
    WHERE a.id = ${id}`.execute(db);
  return result.rows[0];
}

export async function findAccountByHandle(
  db: Executor,
  network: Network,
  handle: string,
): Promise<{ id: number } | undefined> {
  return db
    .selectFrom('obs_accounts')
    .select('id')
    .where('network', '=', network)
    .where('handle', '=', handle)
    .executeTakeFirst();
}

export async function insertAccount(
  db: Executor,
  values: { network: Network; handle: string; actor_id: string | null; verified: boolean; tracked: boolean },
): Promise<number> {
  const row = await db.insertInto('obs_accounts').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateAccount(
  db: Executor,
  id: number,
  changes: { actor_id?: string | null; verified?: boolean; tracked?: boolean },
): Promise<{ actor_id: string | null; verified: boolean; tracked: boolean } | undefined> {
  return db
    .updateTable('obs_accounts')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returning(['actor_id', 'verified', 'tracked'])
    .executeTakeFirst();
}

export async function findAccountState(
  db: Executor,
  id: number,
): Promise<{ actor_id: string | null; verified: boolean; tracked: boolean } | undefined> {
  return db
    .selectFrom('obs_accounts')
    .select(['actor_id', 'verified', 'tracked'])
    .where('id', '=', id)
    .executeTakeFirst();
}
