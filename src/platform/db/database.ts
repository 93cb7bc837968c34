import { mkdirSync } from 'node:fs';
import { PGlite, types } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from '../../config.ts';
import { lockDataDir } from './data-dir-lock.ts';
import { migrateToLatest } from './migrate.ts';
import { EmbeddedConnectionLock, EmbeddedDialect } from './pglite-dialect.ts';
import type { DB } from './schema.ts';

export type Tx = Transaction<DB>;

/** The role every request runs as: it owns nothing and is bound by row-level security. */
const APPLICATION_ROLE_NAME = 'kuule_app';
const APPLICATION_ROLE = sql.raw(APPLICATION_ROLE_NAME);

export interface JobQueueConnection {
  kind: 'embedded' | 'postgresql';
  /** For PostgreSQL: the URL pg-boss opens its own pool with. */
  url?: string;
  /** For PGlite: the serialised handle pg-boss's `fromPglite` adapter wraps. */
  embedded?: ReturnType<EmbeddedConnectionLock['forJobQueue']>;
}

export interface Database {
  readonly kind: 'embedded' | 'postgresql';
  /**
   * Runs `fn` in one transaction as the application role, with `organisationId` as the tenant.
   * Row-level security limits every organisation-owned table to that organisation's rows.
   */
  forOrganisation<T>(organisationId: string, fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Runs `fn` as the application role with no tenant: organisation-owned tables read as empty. */
  asApplication<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * Owner privileges, bypassing tenant isolation: migrations, the operator CLI, and scheduled jobs that
   * work across organisations. Never used by a request handler.
   */
  readonly system: Kysely<DB>;
  readonly jobQueue: JobQueueConnection;
  ping(): Promise<void>;
  migrate(): Promise<string[]>;
  close(): Promise<void>;
}

// Dates as 'YYYY-MM-DD' strings and counts as numbers on both databases, so code never sees a difference.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

const VAULT_ROLE = sql.raw('kuule_vault');

/**
 * Runs `fn` as the vault role inside a transaction opened by `forOrganisation`, then returns to the
 * application role. Only the identity vault module may call this (a unit test checks).
 */
export async function withVaultRole<T>(tx: Tx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  await sql`set local role ${VAULT_ROLE}`.execute(tx);
  const result = await fn(tx);
  // On error the transaction is rolled back as a whole, role and all; on success return to the app role.
  await sql`set local role ${APPLICATION_ROLE}`.execute(tx);
  return result;
}

export async function openDatabase(config: DatabaseConfig | { kind: 'memory' }): Promise<Database> {
  if (config.kind === 'postgresql') {
    const pool = new pg.Pool({ connectionString: config.url, max: 10 });
    // An idle connection the server ends (a restart, a failover, an administrator) is dropped from the pool
    // and the next query opens a new one; without a listener node-postgres would crash the process.
    pool.on('error', (error) => process.emitWarning(`A database connection ended: ${error.message}`));
    const kysely = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return build('postgresql', kysely, { kind: 'postgresql', url: config.url }, () => kysely.destroy());
  }
  let unlock = () => {};
  if (config.kind === 'embedded') {
    mkdirSync(config.dataDir, { recursive: true });
    unlock = lockDataDir(config.dataDir);
  }
  const pglite = await PGlite.create(config.kind === 'embedded' ? config.dataDir : 'memory://', {
    parsers: { [types.DATE]: (value: string) => value, [types.INT8]: (value: string) => Number(value) },
  }).catch((error: unknown) => {
    unlock();
    throw error;
  });
  const lock = new EmbeddedConnectionLock(pglite);
  const kysely = new Kysely<DB>({ dialect: new EmbeddedDialect(lock) });
  return build('embedded', kysely, { kind: 'embedded', embedded: lock.forJobQueue() }, async () => {
    await kysely.destroy();
    await lock.run(() => pglite.close());
    unlock();
  });
}

function build(
  kind: Database['kind'],
  kysely: Kysely<DB>,
  jobQueue: JobQueueConnection,
  close: () => Promise<void>,
): Database {
  const asRole = <T>(organisationId: string | null, fn: (tx: Tx) => Promise<T>) =>
    kysely.transaction().execute(async (tx) => {
      // Tenant and role in one round trip: set_config('role', …, true) is SET LOCAL ROLE.
      await sql`select set_config('kuule.organisation_id', ${organisationId ?? ''}, true), set_config('role', ${APPLICATION_ROLE_NAME}, true)`.execute(
        tx,
      );
      return fn(tx);
    });
  return {
    kind,
    system: kysely,
    jobQueue,
    forOrganisation: (organisationId, fn) => asRole(organisationId, fn),
    asApplication: (fn) => asRole(null, fn),
    ping: async () => {
      await sql`select 1`.execute(kysely);
    },
    migrate: () => migrateToLatest(kysely),
    close,
  };
}
