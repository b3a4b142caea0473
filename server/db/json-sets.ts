// Several independent SELECTs in one statement, so one round trip: each comes back as the JSON array of its rows.
// On PGlite every statement costs a trip through the WASM engine whatever its size, so a page that needs six small
// lookups (authors, spaces, counts...) pays for one. JSON turns dates into ISO strings: callers revive the ones they use.
import { type Compilable, type Kysely, sql } from 'kysely';

/** A row as JSON gives it back: dates become strings. */
export type Jsonified<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Jsonified<U>[]
    : T extends object
      ? { [K in keyof T]: Jsonified<T[K]> }
      : T;

type RowOf<Q> = Q extends Compilable<infer R> ? R : never;

/** Runs every query of `queries` as a subquery of one SELECT (Kysely adds the parentheses); no rows: []. */
export async function selectSets<DB, Q extends Record<string, Compilable<unknown>>>(
  db: Kysely<DB>,
  queries: Q,
): Promise<{ [K in keyof Q]: Jsonified<RowOf<Q[K]>>[] }> {
  const names = Object.keys(queries);
  const columns = names.map(
    (name, i) =>
      sql`(SELECT coalesce(json_agg(set_row), '[]'::json) FROM ${queries[name] as Compilable<unknown> & object} AS set_row) AS ${sql.ref(`set_${i}`)}`,
  );
  const result = await sql<Record<string, unknown>>`SELECT ${sql.join(columns)}`.execute(db);
  const row = result.rows[0] ?? {};
  const sets: Record<string, unknown[]> = {};
  names.forEach((name, i) => {
    const value = row[`set_${i}`];
    // pg and PGlite parse json; a driver that does not gives the text.
    sets[name] = (typeof value === 'string' ? JSON.parse(value) : (value ?? [])) as unknown[];
  });
  return sets as { [K in keyof Q]: Jsonified<RowOf<Q[K]>>[] };
}

/** An ISO string (or a Date) from JSON back to a Date; null stays null. */
export const reviveDate = (value: string | Date | null): Date | null =>
  value === null ? null : value instanceof Date ? value : new Date(value);
