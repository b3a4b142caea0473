// A Kysely dialect over PGlite. PGlite is one connection: a Kysely "connection" holds it exclusively
// from acquire to release (a FIFO lock), so a transaction never interleaves with another query.
import type { PGlite } from '@electric-sql/pglite';
import {
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryResult,
} from 'kysely';

class PGliteConnection implements DatabaseConnection {
  constructor(private readonly pglite: PGlite) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.pglite.query<R>(compiled.sql, [...compiled.parameters], { rowMode: 'object' });
    const affected = result.affectedRows;
    return {
      rows: result.rows,
      ...(affected !== undefined && affected > 0 ? { numAffectedRows: BigInt(affected) } : {}),
    };
  }

  // biome-ignore lint/correctness/useYield: streaming is not supported by PGlite; Kysely requires the method.
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming queries are not supported on the embedded database');
  }
}

class PGliteDriver implements Driver {
  constructor(private readonly pglite: PGlite) {}
  private readonly releasers = new Map<DatabaseConnection, () => void>();

  async init(): Promise<void> {}

  private tail: Promise<void> = Promise.resolve();

  async acquireConnection(): Promise<DatabaseConnection> {
    const connection = new PGliteConnection(this.pglite);
    const previous = this.tail;
    let release!: () => void;
    this.tail = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.releasers.set(connection, release);
    await previous;
    return connection;
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await this.raw(connection, 'BEGIN');
  }
  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await this.raw(connection, 'COMMIT');
  }
  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await this.raw(connection, 'ROLLBACK');
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    this.releasers.get(connection)?.();
    this.releasers.delete(connection);
  }

  async destroy(): Promise<void> {}

  private async raw(connection: DatabaseConnection, sql: string): Promise<void> {
    await connection.executeQuery({ sql, parameters: [], query: { kind: 'RawNode' } } as unknown as CompiledQuery);
  }
}

export class PGliteDialect implements Dialect {
  constructor(private readonly pglite: PGlite) {}
  createAdapter() {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new PGliteDriver(this.pglite);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
  // biome-ignore lint/suspicious/noExplicitAny: Kysely's introspector is typed over any database.
  createIntrospector(db: Kysely<any>) {
    return new PostgresIntrospector(db);
  }
}
