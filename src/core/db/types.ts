/**
 * The one query layer the core talks to. Two adapters implement it at the edges:
 * embedded PGlite (src/node/db-pglite.ts) and a Postgres server through postgres.js
 * (src/core/db/postgres.ts, which also runs on Workers). SQL is written once, with
 * `$1, $2 …` placeholders; vectors travel as pgvector text (`[0.1,0.2]`) cast with `::vector`.
 */
export interface Db {
  readonly kind: 'pglite' | 'postgres';
  /** Runs one parameterised statement and returns its rows. */
  query<T extends object = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a script of several statements with no parameters (migrations only). */
  exec(sql: string): Promise<void>;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A migration file: `migrations/NNN_name.sql`, applied once, in order of its number. */
export interface Migration {
  name: string;
  sql: string;
}
