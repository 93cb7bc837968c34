import type { PGlite } from '@electric-sql/pglite';
import { Mutex } from 'async-mutex';
import {
  CompiledQuery,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryCompiler,
  type QueryResult,
} from 'kysely';

/**
 * PGlite is one PostgreSQL backend with one session. Everything that talks to it (Kysely and pg-boss)
 * goes through this one lock, held for the whole life of a "connection", so a transaction opened by one
 * request can never receive another caller's statements.
 */
export class EmbeddedConnectionLock {
  readonly #mutex = new Mutex();
  constructor(readonly pglite: PGlite) {}

  acquire(): Promise<() => void> {
    return this.#mutex.acquire();
  }

  run<T>(fn: () => Promise<T>): Promise<T> {
    return this.#mutex.runExclusive(fn);
  }

  /** The PGlite-shaped object pg-boss's `fromPglite` adapter expects, serialised through the lock. */
  forJobQueue() {
    const { pglite } = this;
    return {
      query: <T>(text: string, params?: unknown[]) => this.run(() => pglite.query<T>(text, params)),
      exec: (text: string) => this.run(() => pglite.exec(text)),
      listen: (channel: string, callback: (payload: string) => void) =>
        this.run(() => pglite.listen(channel, callback)),
    };
  }
}

class EmbeddedConnection implements DatabaseConnection {
  constructor(private readonly pglite: PGlite) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.pglite.query<R>(compiled.sql, compiled.parameters as unknown[]);
    return {
      rows: result.rows,
      numAffectedRows: result.affectedRows === undefined ? undefined : BigInt(result.affectedRows),
    };
  }

  // biome-ignore lint/correctness/useYield: streaming is refused outright on the embedded database
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming queries need PostgreSQL; the embedded database returns whole results.');
  }
}

class EmbeddedDriver implements Driver {
  readonly #releases = new WeakMap<DatabaseConnection, () => void>();
  constructor(private readonly lock: EmbeddedConnectionLock) {}

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    const release = await this.lock.acquire();
    const connection = new EmbeddedConnection(this.lock.pglite);
    this.#releases.set(connection, release);
    return connection;
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    this.#releases.get(connection)?.();
    this.#releases.delete(connection);
  }

  async destroy(): Promise<void> {}
}

export class EmbeddedDialect implements Dialect {
  constructor(private readonly lock: EmbeddedConnectionLock) {}
  createAdapter(): DialectAdapter {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new EmbeddedDriver(this.lock);
  }
  createQueryCompiler(): QueryCompiler {
    return new PostgresQueryCompiler();
  }
  // biome-ignore lint/suspicious/noExplicitAny: Kysely's introspector takes any database shape
  createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new PostgresIntrospector(db);
  }
}
