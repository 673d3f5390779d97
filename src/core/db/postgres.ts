/**
 * `Db` over a PostgreSQL server through postgres.js. Runtime-neutral: postgres.js opens TCP
 * sockets under Node and on Workers (`cloudflare:sockets`, e.g. behind Hyperdrive).
 *
 * Connections are lazy and re-opened on the next query after a failure, so the service
 * recovers by itself once the server is back; meanwhile failures surface as
 * `DatabaseUnavailableError` (HTTP 503).
 */
import postgres from 'postgres';
import { mapDbError } from './errors.js';
import type { Db } from './types.js';

export interface PostgresDbOptions {
  /** Pool size (default 10; 1–5 on Workers). */
  max?: number;
  /** Named prepared statements; turn off behind transaction-mode poolers. */
  prepare?: boolean;
  /** Seconds before a connection attempt fails (default 5). */
  connectTimeout?: number;
  /** Schema(s) to put first on the search path (tests use one schema each). */
  searchPath?: string;
}

type Sql = postgres.Sql | postgres.TransactionSql;

function wrap(sql: Sql, close: () => Promise<void>): Db {
  const db: Db = {
    kind: 'postgres',
    async query<T extends object>(text: string, params: readonly unknown[] = []): Promise<T[]> {
      try {
        const rows = await sql.unsafe(text, params as postgres.ParameterOrJSON<never>[], { prepare: true });
        return rows as unknown as T[];
      } catch (err) {
        return mapDbError(err);
      }
    },
    async exec(script: string): Promise<void> {
      try {
        // No parameters: postgres.js sends it as a simple query, which allows several statements.
        await sql.unsafe(script).simple();
      } catch (err) {
        mapDbError(err);
      }
    },
    async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
      if (!('begin' in sql)) {
        // Already inside a transaction: run in a savepoint so a nested failure unwinds alone.
        try {
          return (await (sql as postgres.TransactionSql).savepoint((sp) => fn(wrap(sp, close)))) as T;
        } catch (err) {
          return mapDbError(err);
        }
      }
      try {
        return (await (sql as postgres.Sql).begin((tx) => fn(wrap(tx, close)))) as T;
      } catch (err) {
        return mapDbError(err);
      }
    },
    close,
  };
  return db;
}

/** Connects (lazily) to the server at `url`. */
export function createPostgresDb(url: string, options: PostgresDbOptions = {}): Db {
  const sql = postgres(url, {
    max: options.max ?? 10,
    prepare: options.prepare ?? true,
    connect_timeout: options.connectTimeout ?? 5,
    // postgres.js backs off up to 20 s between reconnects by default; during an outage that
    // makes users wait that long for their 503 and delays recovery just as much. Cap it at 1 s.
    backoff: (attempt: number) => Math.min(0.05 * 2 ** attempt, 1),
    // "relation already exists, skipping" and the like are not worth a console line.
    onnotice: () => {},
    ...(options.searchPath ? { connection: { search_path: options.searchPath } } : {}),
  });
  return wrap(sql, async () => {
    await sql.end({ timeout: 5 });
  });
}
