import { afterEach, describe, expect, it } from 'vitest';
import { migrate, orderMigrations } from '../../../src/core/db/migrate.js';
import type { Db, Migration } from '../../../src/core/db/types.js';
import { loadMigrations } from '../../../src/node/migrations-fs.js';
import { defaultDbKind, openTestDb, TEST_DATABASE_URL } from '../../support/context.js';

const opened: (() => Promise<void>)[] = [];
async function freshDb(): Promise<Db> {
  const { db, dispose } = await openTestDb();
  opened.push(dispose);
  return db;
}
afterEach(async () => {
  while (opened.length) await opened.pop()!();
});

describe(`migrate (${defaultDbKind()})`, () => {
  it('applies the project migrations once, in order, and a second run is a no-op', async () => {
    const db = await freshDb();
    const all = await loadMigrations();
    const first = await migrate(db, all);
    const expected = orderMigrations(all).map((m) => m.name);
    expect(first.applied).toEqual(expected);
    expect(first.applied.slice(0, 3)).toEqual(['001_vector.sql', '002_index_generations.sql', '003_documents.sql']);

    const second = await migrate(db, all);
    expect(second.applied).toEqual([]);
    expect(second.skipped).toEqual(expected);
    const recorded = await db.query<{ name: string }>('select name from schema_migrations order by name');
    expect(recorded.map((r) => r.name)).toEqual(expected);
  });

  it('orders by number, not by the order given, and applies only new ones later', async () => {
    const db = await freshDb();
    const a: Migration = { name: '002_b.sql', sql: 'create table b (x int); insert into b select n from a;' };
    const b: Migration = { name: '001_a.sql', sql: 'create table a (n int); insert into a values (7);' };
    expect((await migrate(db, [a, b])).applied).toEqual(['001_a.sql', '002_b.sql']);
    const c: Migration = { name: '010_c.sql', sql: 'alter table b add column y int;' };
    expect((await migrate(db, [c, a, b])).applied).toEqual(['010_c.sql']);
    expect(await db.query('select x, y from b')).toEqual([{ x: 7, y: null }]);
  });

  it('rolls a failing migration back whole and records nothing for it', async () => {
    const db = await freshDb();
    const ok: Migration = { name: '001_ok.sql', sql: 'create table ok (n int);' };
    const bad: Migration = { name: '002_bad.sql', sql: 'create table half (n int); select * from no_such_table;' };
    await expect(migrate(db, [ok, bad])).rejects.toThrow(/no_such_table/);
    const names = await db.query<{ name: string }>('select name from schema_migrations');
    expect(names.map((r) => r.name)).toEqual(['001_ok.sql']);
    const half = await db.query(`select 1 from information_schema.tables where table_name = 'half'`);
    expect(half).toEqual([]);
  });

  it('refuses two migrations with one number and names without a number', () => {
    expect(() => orderMigrations([{ name: '003_a.sql', sql: '' }, { name: '003_b.sql', sql: '' }])).toThrow(/share a number/);
    expect(() => orderMigrations([{ name: 'init.sql', sql: '' }])).toThrow(/NNN_name/);
  });

  it.runIf(TEST_DATABASE_URL)('two processes migrating the same server at once apply each migration once', async () => {
    const { db, dispose } = await openTestDb('postgres');
    opened.push(dispose);
    // A second pool on the same schema stands for the second process.
    const path = await db.query<{ search_path: string }>('show search_path');
    const { createPostgresDb } = await import('../../../src/core/db/postgres.js');
    const other = createPostgresDb(TEST_DATABASE_URL!, { max: 2, searchPath: path[0]!.search_path });
    opened.push(() => other.close());
    const all = await loadMigrations();
    const [r1, r2] = await Promise.all([migrate(db, all), migrate(other, all)]);
    expect([...r1.applied, ...r2.applied].sort()).toEqual(orderMigrations(all).map((m) => m.name).sort());
    const count = await db.query<{ n: number }>('select count(*)::int as n from schema_migrations');
    expect(count[0]!.n).toBe(all.length);
  });
});
