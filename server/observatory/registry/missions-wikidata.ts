// Loads the Wikidata missions extract into the registry: one actor per mission, upserted on its Wikidata id
// (re-importing adds nothing, a changed row is updated), with its X, Facebook and YouTube accounts.
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import type { DB } from '../../db/schema.ts';
import type { MissionAccount, MissionRecord } from '../ingest/missions-wikidata-csv.ts';

export { parseMissionsWikidata } from '../ingest/missions-wikidata-csv.ts';

export type MissionOutcome = 'added' | 'updated' | 'unchanged';
export interface MissionWriteResult {
  outcomes: MissionOutcome[];
  /** Rows written without part of what they carried, and why (index into the batch). */
  notes: { index: number; reason: string }[];
}

interface ExistingAccount {
  id: number;
  network: string;
  network_id: string | null;
  handle: string | null;
  actor_id: string | null;
  owner: string | null;
}

const accountKey = (network: string, a: { networkId: string | null; handle: string | null }) =>
  a.networkId ? `${network}\u0000i\u0000${a.networkId}` : `${network}\u0000h\u0000${a.handle}`;
const describe = (a: MissionAccount) => `${a.network} account ${a.handle ? `@${a.handle}` : `id ${a.networkId}`}`;

/**
 * Upserts a batch of missions in one transaction. An account already attached to another actor stays with
 * it (the first one wins, in the registry as in the file) and the row is reported; an unregistered account
 * met earlier in imported posts is attached to the mission. New accounts are neither verified nor tracked:
 * an editor decides that.
 */
export async function upsertMissions(database: Database, missions: MissionRecord[]): Promise<MissionWriteResult> {
  return database.db.transaction().execute((trx) => writeMissions(trx, missions));
}

async function writeMissions(trx: Transaction<DB>, missions: MissionRecord[]): Promise<MissionWriteResult> {
  const outcomes: MissionOutcome[] = missions.map(() => 'unchanged');
  const notes: MissionWriteResult['notes'] = [];
  missions.forEach((m, index) => {
    for (const reason of m.warnings) notes.push({ index, reason });
  });
  // One row per Wikidata id: the same id twice would make the upsert touch a row twice.
  const first = new Map<string, number>();
  missions.forEach((m, i) => {
    if (!first.has(m.wikidataId)) first.set(m.wikidataId, i);
    else notes.push({ index: i, reason: `duplicate Wikidata id ${m.wikidataId} in the batch: not written` });
  });
  const rows = [...first.values()].map((i) => missions[i] as MissionRecord);
  if (rows.length === 0) return { outcomes, notes };

  const col = <T>(f: (m: MissionRecord) => T) => rows.map(f);
  const changed = await sql<{ wikidata_id: string; inserted: boolean }>`
    INSERT INTO obs_actors (country, type, name_fr, name_en, host_country, city, latitude, longitude, wikidata_id)
    SELECT * FROM unnest(${col((m) => m.country)}::text[], ${col((m) => m.type)}::text[], ${col((m) => m.nameFr)}::text[],
      ${col((m) => m.nameEn)}::text[], ${col((m) => m.hostCountry)}::text[], ${col((m) => m.city)}::text[],
      ${col((m) => m.latitude)}::float8[], ${col((m) => m.longitude)}::float8[], ${col((m) => m.wikidataId)}::text[])
    ON CONFLICT (wikidata_id) WHERE wikidata_id IS NOT NULL DO UPDATE SET
      country = EXCLUDED.country, type = EXCLUDED.type, name_fr = EXCLUDED.name_fr, name_en = EXCLUDED.name_en,
      host_country = EXCLUDED.host_country, city = EXCLUDED.city, latitude = EXCLUDED.latitude,
      longitude = EXCLUDED.longitude, updated_at = now()
      WHERE (obs_actors.country, obs_actors.type, obs_actors.name_fr, obs_actors.name_en, obs_actors.host_country,
             obs_actors.city, obs_actors.latitude, obs_actors.longitude)
        IS DISTINCT FROM (EXCLUDED.country, EXCLUDED.type, EXCLUDED.name_fr, EXCLUDED.name_en, EXCLUDED.host_country,
             EXCLUDED.city, EXCLUDED.latitude, EXCLUDED.longitude)
    RETURNING wikidata_id, (xmax = 0) AS inserted`.execute(trx);
  const touched = new Map(changed.rows.map((r) => [r.wikidata_id, r.inserted ? 'added' : 'updated'] as const));
  const actors = await trx
    .selectFrom('obs_actors')
    .select(['id', 'wikidata_id'])
    .where(
      'wikidata_id',
      'in',
      rows.map((m) => m.wikidataId),
    )
    .execute();
  const actorOf = new Map(actors.map((a) => [a.wikidata_id as string, a.id]));
  const indexOf = (m: MissionRecord) => first.get(m.wikidataId) as number;
  for (const m of rows) {
    const outcome = touched.get(m.wikidataId);
    if (outcome) outcomes[indexOf(m)] = outcome;
  }

  const existing = await lookupAccounts(
    trx,
    rows.flatMap((m) => m.accounts),
  );
  const inserts: { network: string; handle: string | null; networkId: string | null; actor: string }[] = [];
  const attaches: { id: number; actor: string }[] = [];
  // Who holds each account once this batch is written: the registry first, then the rows in file order.
  const holder = new Map<string, string>();
  const label = new Map<string, string>();
  for (const e of existing.values()) if (e.actor_id) label.set(e.actor_id, e.owner ?? 'another actor');
  for (const m of rows) {
    const actor = actorOf.get(m.wikidataId);
    if (!actor) throw new Error(`missions-wikidata: actor ${m.wikidataId} vanished during its import`);
    label.set(actor, m.wikidataId);
    const index = indexOf(m);
    let attached = false;
    for (const a of m.accounts) {
      const key = accountKey(a.network, a);
      const row = existing.get(key);
      const owner = holder.get(key) ?? row?.actor_id ?? null;
      if (owner && owner !== actor) {
        notes.push({ index, reason: `${describe(a)} already belongs to ${label.get(owner)}: kept there` });
        continue;
      }
      if (owner === actor) continue;
      holder.set(key, actor);
      attached = true;
      if (row) attaches.push({ id: row.id, actor });
      else inserts.push({ network: a.network, handle: a.handle, networkId: a.networkId, actor });
    }
    if (attached && outcomes[index] === 'unchanged') outcomes[index] = 'updated';
  }
  if (inserts.length > 0)
    await sql`
      INSERT INTO obs_accounts (network, handle, network_id, actor_id)
      SELECT * FROM unnest(${inserts.map((i) => i.network)}::text[], ${inserts.map((i) => i.handle)}::text[],
        ${inserts.map((i) => i.networkId)}::text[], ${inserts.map((i) => i.actor)}::uuid[])
      ON CONFLICT DO NOTHING`.execute(trx);
  if (attaches.length > 0)
    await sql`
      UPDATE obs_accounts a SET actor_id = v.actor_id, updated_at = now()
      FROM unnest(${attaches.map((a) => a.id)}::bigint[], ${attaches.map((a) => a.actor)}::uuid[]) AS v(id, actor_id)
      WHERE a.id = v.id AND a.actor_id IS NULL`.execute(trx);
  return { outcomes, notes };
}

async function lookupAccounts(trx: Transaction<DB>, accounts: MissionAccount[]): Promise<Map<string, ExistingAccount>> {
  const found = new Map<string, ExistingAccount>();
  for (const network of new Set(accounts.map((a) => a.network))) {
    const mine = accounts.filter((a) => a.network === network);
    const handles = mine.flatMap((a) => (a.handle ? [a.handle] : []));
    const ids = mine.flatMap((a) => (a.networkId ? [a.networkId] : []));
    const result = await sql<ExistingAccount>`
      SELECT a.id, a.network, a.network_id, a.handle, a.actor_id, COALESCE(act.wikidata_id, act.name_en) AS owner
      FROM obs_accounts a LEFT JOIN obs_actors act ON act.id = a.actor_id
      WHERE a.network = ${network} AND (a.handle = ANY(${handles}::text[]) OR a.network_id = ANY(${ids}::text[]))`.execute(
      trx,
    );
    for (const row of result.rows) {
      if (row.network_id) found.set(accountKey(row.network, { networkId: row.network_id, handle: null }), row);
      if (row.handle) found.set(accountKey(row.network, { networkId: null, handle: row.handle }), row);
    }
  }
  return found;
}
