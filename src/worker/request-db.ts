/**
 * A database handle for services that outlive a request. Workers do not let one request use
 * a connection another request opened, yet the services and their caches are built once per
 * isolate; so the services get this handle, and each request runs inside `run(db, …)` with
 * its own connection. Every statement goes to the connection of the request it belongs to —
 * including work a request leaves running after its response (`waitUntil`), because the
 * context follows promises (AsyncLocalStorage, which `nodejs_compat` provides on Workers).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Db } from '../core/db/types.js';

export interface RequestScopedDb {
  /** The handle to give the services. */
  db: Db;
  /** Runs `fn` with `connection` as the database of everything it starts. */
  run<T>(connection: Db, fn: () => T): T;
}

export function requestScopedDb(kind: Db['kind']): RequestScopedDb {
  const current = new AsyncLocalStorage<Db>();
  const here = (): Db => {
    const db = current.getStore();
    // A statement outside any request is a bug of the entry, not something to guess around.
    if (!db) throw new Error('no database connection: this code runs outside a request');
    return db;
  };
  const db: Db = {
    kind,
    query: (sql, params) => here().query(sql, params),
    exec: (sql) => here().exec(sql),
    transaction: (fn) => here().transaction(fn),
    // Each request's connection is closed by the entry once the request's work is done.
    close: async () => {},
  };
  return { db, run: (connection, fn) => current.run(connection, fn) };
}
