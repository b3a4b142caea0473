// SQL of the back office, the same for every kind: the descriptor names the table, its id and content columns.
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { ContentKind, RevisionAction } from '../../../common/portal-terms.ts';
import type { ProviderRef } from '../../../common/schemas/portal.ts';
import type { BackofficeStatusFilter } from '../../../common/schemas/portal-backoffice.ts';
import type { DB } from '../../db/schema.ts';
import type { ContentRow, KindTable } from './descriptor.ts';

type Executor = Kysely<DB>;

const table = (d: KindTable) => sql.table(d.table);
const idRef = (d: KindTable) => sql.ref(`t.${d.idColumn}`);

function selection(d: KindTable): RawBuilder<unknown> {
  return sql.join([
    sql`${idRef(d)} AS item_id`,
    ...d.columns.map((c) => sql.ref(`t.${c}`)),
    sql`t.status, t.draft, t.published_at, t.created_at, t.updated_at`,
  ]);
}

export async function findItem(db: Executor, d: KindTable, id: string, forUpdate = false) {
  const { rows } = await sql<ContentRow>`
    SELECT ${selection(d)} FROM ${table(d)} AS t WHERE ${idRef(d)} = ${id}
    ${forUpdate ? sql`FOR UPDATE` : sql``}`.execute(db);
  return rows[0];
}

export async function itemExists(db: Executor, d: KindTable, id: string): Promise<boolean> {
  const { rows } = await sql`SELECT 1 FROM ${table(d)} AS t WHERE ${idRef(d)} = ${id}`.execute(db);
  return rows.length > 0;
}

export interface ListFilter {
  q?: string | undefined;
  status?: BackofficeStatusFilter | undefined;
}

const escapeLike = (text: string) => text.replaceAll('\\', '\\\\').replaceAll('%', '\\%').replaceAll('_', '\\_');

function listWhere(d: KindTable, f: ListFilter): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`true`];
  if (f.status === 'pending') parts.push(sql`t.status = 'published' AND t.draft IS NOT NULL`);
  else if (f.status) parts.push(sql`t.status = ${f.status}`);
  const words = (f.q ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 8);
  if (words.length > 0) {
    // The live titles and the pending ones, accents and case aside: every word must appear.
    const searched = sql.join(
      [d.searchText, ...d.draftSearchKeys.map((key) => sql`coalesce(t.draft->>${key}, '')`)],
      sql` || ' ' || `,
    );
    const matches = words.map(
      (word) =>
        sql`immutable_unaccent(lower(${searched})) LIKE immutable_unaccent(${`%${escapeLike(word.toLowerCase())}%`})`,
    );
    const byText = sql.join(matches, sql` AND `);
    const ids = d.searchIds?.(f.q ?? '') ?? [];
    parts.push(ids.length > 0 ? sql`((${byText}) OR ${idRef(d)} = ANY(${ids}::text[]))` : sql`(${byText})`);
  }
  return sql.join(parts, sql` AND `);
}

export type ListRow = ContentRow & { last_change_at: Date | null; last_change_by: string | null };

/** A page of items, the latest changed first, with who made the last change. */
export async function listItems(
  db: Executor,
  d: KindTable,
  f: ListFilter,
  page: { limit: number; offset: number },
): Promise<{ total: number; rows: ListRow[] }> {
  const where = listWhere(d, f);
  const { rows } = await sql<ListRow>`
    SELECT ${selection(d)}, last.created_at AS last_change_at, last.name AS last_change_by
    FROM ${table(d)} AS t
    LEFT JOIN LATERAL (
      SELECT r.created_at, u.name FROM portal_revisions r LEFT JOIN users u ON u.id = r.author_id
      WHERE r.kind = ${d.kind} AND r.item_id = ${idRef(d)}
      ORDER BY r.id DESC LIMIT 1
    ) last ON true
    WHERE ${where}
    ORDER BY greatest(last.created_at, t.updated_at) DESC, ${idRef(d)}
    LIMIT ${page.limit} OFFSET ${page.offset}`.execute(db);
  const total = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM ${table(d)} AS t WHERE ${where}`.execute(db);
  return { total: total.rows[0]?.n ?? 0, rows };
}

export async function insertItem(
  db: Executor,
  d: KindTable,
  id: string,
  columns: Record<string, unknown>,
): Promise<void> {
  const names = [d.idColumn, ...Object.keys(columns)];
  const values = [id, ...Object.values(columns)];
  await sql`
    INSERT INTO ${sql.table(d.table)} (${sql.join(names.map((n) => sql.ref(n)))})
    VALUES (${sql.join(values)})`.execute(db);
}

/** Sets columns (content and state) and the change date. */
export async function updateItem(
  db: Executor,
  d: KindTable,
  id: string,
  columns: Record<string, unknown>,
  touch = true,
): Promise<void> {
  const sets = Object.entries(columns).map(([name, value]) => sql`${sql.ref(name)} = ${value}`);
  if (touch) sets.push(sql`updated_at = now()`);
  await sql`
    UPDATE ${sql.table(d.table)} SET ${sql.join(sets)}
    WHERE ${sql.ref(d.idColumn)} = ${id}`.execute(db);
}

export async function appendRevision(
  db: Executor,
  revision: {
    kind: ContentKind;
    itemId: string;
    action: RevisionAction;
    content: Record<string, unknown>;
    authorId: string | null;
  },
): Promise<void> {
  await db
    .insertInto('portal_revisions')
    .values({
      kind: revision.kind,
      item_id: revision.itemId,
      action: revision.action,
      content: JSON.stringify(revision.content),
      author_id: revision.authorId,
    })
    .execute();
}

export interface RevisionRow {
  id: number;
  action: RevisionAction;
  content: Record<string, unknown>;
  created_at: Date;
  author_id: string | null;
  author_name: string | null;
}

/** The item's revisions, newest first. */
export async function listRevisions(
  db: Executor,
  kind: ContentKind,
  itemId: string,
  limit: number,
): Promise<RevisionRow[]> {
  const { rows } = await sql<RevisionRow>`
    SELECT r.id, r.action, r.content, r.created_at, r.author_id, u.name AS author_name
    FROM portal_revisions r LEFT JOIN users u ON u.id = r.author_id
    WHERE r.kind = ${kind} AND r.item_id = ${itemId}
    ORDER BY r.id DESC
    LIMIT ${limit}`.execute(db);
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

export async function providerRef(db: Executor, id: string): Promise<ProviderRef | undefined> {
  return db
    .selectFrom('portal_providers')
    .select(['id', 'name', 'short_name as shortName'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function references(db: Executor) {
  const providers = await db
    .selectFrom('portal_providers')
    .select(['id', 'name', 'short_name as shortName'])
    .orderBy('position')
    .orderBy('name')
    .execute();
  const regions = await db.selectFrom('portal_regions').select(['code', 'name']).orderBy('name').execute();
  return { providers, regions };
}
