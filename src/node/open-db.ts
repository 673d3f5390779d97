/** Opens the database the configuration asks for: a server when DATABASE_URL is set, else PGlite. */
import { createPostgresDb } from '../core/db/postgres.js';
import type { Db } from '../core/db/types.js';
import { openPglite } from './db-pglite.js';

export async function openDatabase(config: { DATABASE_URL?: string | undefined; DATA_DIR: string }): Promise<Db> {
  if (config.DATABASE_URL) return createPostgresDb(config.DATABASE_URL);
  return openPglite(config.DATA_DIR);
}

/** A short description of where the data lives, for the start-up line (no password). */
export function describeDatabase(config: { DATABASE_URL?: string | undefined; DATA_DIR: string }): string {
  if (!config.DATABASE_URL) return `embedded PGlite in ${config.DATA_DIR}`;
  try {
    const u = new URL(config.DATABASE_URL);
    return `PostgreSQL at ${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}
