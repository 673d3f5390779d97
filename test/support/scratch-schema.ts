/**
 * A throw-away schema on the PostgreSQL server, so that test files, the eval and the bench can
 * share one database without seeing each other's tables. pgvector itself lives in `public`,
 * which is why every user of a scratch schema puts `public` second on its search path.
 */
import { createPostgresDb } from '../../src/core/db/postgres.js';

async function asAdmin(url: string, sql: string): Promise<void> {
  const admin = createPostgresDb(url, { max: 1 });
  try {
    await admin.exec(sql);
  } finally {
    await admin.close();
  }
}

/** Creates `schema` empty (dropping a leftover of the same name) with pgvector available. */
export function createScratchSchema(url: string, schema: string): Promise<void> {
  return asAdmin(url, `create extension if not exists vector schema public; drop schema if exists ${schema} cascade; create schema ${schema}`);
}

/** Drops `schema` and everything in it. */
export function dropScratchSchema(url: string, schema: string): Promise<void> {
  return asAdmin(url, `drop schema if exists ${schema} cascade`);
}
