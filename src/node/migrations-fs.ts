/** Loads `migrations/*.sql` from disk for the core's `migrate()`. */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Migration } from '../core/db/types.js';

/** The project's `migrations/` folder, found relative to this file. */
export const MIGRATIONS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../migrations');

/** Every `NNN_name.sql` in `dir`, unsorted (`migrate()` orders them). */
export async function loadMigrations(dir: string = MIGRATIONS_DIR): Promise<Migration[]> {
  const names = (await readdir(dir)).filter((n) => /^\d{3,}_.+\.sql$/.test(n));
  return Promise.all(names.map(async (name) => ({ name, sql: await readFile(join(dir, name), 'utf8') })));
}
