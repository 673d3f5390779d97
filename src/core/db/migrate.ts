/**
 * Applies numbered migrations (`NNN_name.sql`) in order of their number, each once, each in
 * its own transaction, recording every applied one in `schema_migrations`.
 *
 * The core takes the list of migrations rather than reading files, so the Node entry can
 * load them from `migrations/` and a Workers bundle can ship them as strings.
 *
 * Two processes starting together: on a server, the whole run holds a transaction-scoped
 * advisory lock, so the second process waits, then finds everything applied. PGlite has a
 * single connection per process, so no lock is needed there.
 */
import type { Db, Migration } from './types.js';

/**
 * Takes the migration lock for the current schema until the transaction ends (advisory locks
 * are database-wide; keying by schema lets separate schemas, e.g. parallel tests, proceed).
 */
const LOCK_SQL = `select pg_advisory_xact_lock(hashtext('zz-skills:migrate:' || current_schema()))`;

export interface MigrationResult {
  /** Names applied by this run, in order. */
  applied: string[];
  /** Names that were already recorded. */
  skipped: string[];
}

/** The number of a migration (`007_terms.sql` → 7); throws on a name without one. */
export function migrationNumber(name: string): number {
  const m = /^(\d{3,})_[A-Za-z0-9_.-]+$/.exec(name);
  if (!m) throw new Error(`Migration "${name}" must be named NNN_name.sql`);
  return Number(m[1]);
}

/** Sorts by number and rejects two migrations sharing a number. */
export function orderMigrations(migrations: readonly Migration[]): Migration[] {
  for (const m of migrations) migrationNumber(m.name);
  const sorted = [...migrations].sort((a, b) => migrationNumber(a.name) - migrationNumber(b.name));
  for (let i = 1; i < sorted.length; i++) {
    if (migrationNumber(sorted[i]!.name) === migrationNumber(sorted[i - 1]!.name)) {
      throw new Error(`Migrations "${sorted[i - 1]!.name}" and "${sorted[i]!.name}" share a number`);
    }
  }
  return sorted;
}

/** Brings the database's schema up to date; safe to call on every start. */
export async function migrate(db: Db, migrations: readonly Migration[]): Promise<MigrationResult> {
  const ordered = orderMigrations(migrations);
  await db.transaction(async (tx) => {
    // Under the lock too: two servers creating the table at once would collide.
    if (db.kind === 'postgres') await tx.query(LOCK_SQL);
    await tx.exec(
      `create table if not exists schema_migrations (
         name text primary key,
         applied_at timestamptz not null default now()
       )`,
    );
  });
  const applied: string[] = [];
  const skipped: string[] = [];
  for (const migration of ordered) {
    await db.transaction(async (tx) => {
      if (db.kind === 'postgres') await tx.query(LOCK_SQL);
      // Read inside the lock: another process may have applied it while we waited.
      const done = await tx.query('select 1 from schema_migrations where name = $1', [migration.name]);
      if (done.length > 0) {
        skipped.push(migration.name);
        return;
      }
      await tx.exec(migration.sql);
      await tx.query('insert into schema_migrations (name) values ($1)', [migration.name]);
      applied.push(migration.name);
    });
  }
  return { applied, skipped };
}
