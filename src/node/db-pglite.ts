/**
 * `Db` over embedded PGlite (Postgres compiled to WebAssembly) with the pgvector extension:
 * the default when no `DATABASE_URL` is set. The data lives in `DATA_DIR` and survives
 * restarts; `memory://` gives a throw-away database for tests.
 *
 * PGlite has one connection; it queues queries, and a transaction holds the queue until it
 * ends, so no other query interleaves with it.
 */
import { mkdir } from 'node:fs/promises';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { mapDbError } from '../core/db/errors.js';
import type { Db } from '../core/db/types.js';

type Queryable = PGlite | Transaction;

function wrap(pg: Queryable, close: () => Promise<void>, inTransaction: boolean): Db {
  return {
    kind: 'pglite',
    async query<T extends object>(text: string, params: readonly unknown[] = []): Promise<T[]> {
      try {
        const res = await pg.query<T>(text, params as unknown[]);
        return res.rows;
      } catch (err) {
        return mapDbError(err);
      }
    },
    async exec(script: string): Promise<void> {
      try {
        await pg.exec(script);
      } catch (err) {
        mapDbError(err);
      }
    },
    async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
      if (inTransaction) {
        // Nested: a savepoint, so a failing inner part unwinds alone.
        const name = `sp_${Math.random().toString(36).slice(2, 10)}`;
        await pg.exec(`savepoint ${name}`);
        try {
          const out = await fn(wrap(pg, close, true));
          await pg.exec(`release savepoint ${name}`);
          return out;
        } catch (err) {
          await pg.exec(`rollback to savepoint ${name}`);
          throw err;
        }
      }
      try {
        return await (pg as PGlite).transaction((tx) => fn(wrap(tx, close, true)));
      } catch (err) {
        return mapDbError(err);
      }
    },
    close,
  };
}

/** The open PGlite and its `Db`, for callers that need PGlite itself (e.g. dumps). */
export interface PgliteDb extends Db {
  readonly pglite: PGlite;
}

/**
 * Opens (creating when needed) the embedded database in `dataDir`, or an in-memory one for
 * `memory://`.
 */
export async function openPglite(dataDir: string): Promise<PgliteDb> {
  if (!dataDir.startsWith('memory://')) await mkdir(dataDir, { recursive: true });
  const pg = await PGlite.create(dataDir, { extensions: { vector } });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await pg.close();
  };
  return Object.assign(wrap(pg, close, false), { pglite: pg });
}
