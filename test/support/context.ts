/**
 * Shared test helpers: a real service (database, migrations, the real policy corpus indexed,
 * the Hono app) for integration tests. No mocks: the database is real PGlite (in memory)
 * or, when `TEST_DATABASE_URL` is set, the PostgreSQL server (each context gets its own
 * schema, dropped on close, so test files running in parallel do not see each other).
 *
 * Usage — one context per test file (building one costs ~2–3 s, so share it):
 *
 *   import { useTestContext } from '../../support/context.js';
 *   const ctx = useTestContext();                     // registers beforeAll/afterAll
 *   it('finds 以工代训', async () => {
 *     const res = await ctx().app.request('/api/search?q=以工代训');
 *     expect(res.status).toBe(200);
 *   });
 *
 * Or by hand: `const t = await createTestContext(); … await t.close();`
 *
 * Options: `dbKind` ('pglite' | 'postgres', default from TEST_DATABASE_URL), `env` (settings
 * as environment strings, validated by loadConfig), `documents` (PolicyDocument[] to index
 * instead of policy-corpus/, or false for none), `deps` (extra/override AppDeps fields),
 * `embedder`.
 *
 * CI runs the suite twice: once embedded, once with
 * TEST_DATABASE_URL=postgres://zz_test:zz_test@127.0.0.1:5432/zz_test (see .ci/run).
 */
import { createScratchSchema, dropScratchSchema } from './scratch-schema.js';
import { afterAll, beforeAll } from 'vitest';
import type { Hono } from 'hono';
import { loadConfig, type Config, type ConfigInput } from '../../src/core/config.js';
import type { PolicyDocument } from '../../src/core/corpus/types.js';
import { createPostgresDb } from '../../src/core/db/postgres.js';
import type { Db } from '../../src/core/db/types.js';
import { createApp, type AppEnv } from '../../src/core/http/app.js';
import type { AppDeps, Log } from '../../src/core/http/deps.js';
import type { IngestResult } from '../../src/core/index/ingest.js';
import type { Embedder } from '../../src/core/search/embedder.js';
import { prepareService } from '../../src/node/bootstrap.js';
import { openPglite } from '../../src/node/db-pglite.js';

export type DbKind = 'pglite' | 'postgres';

export interface TestContextOptions {
  dbKind?: DbKind;
  env?: ConfigInput;
  documents?: readonly PolicyDocument[] | false;
  embedder?: Embedder;
  deps?: Partial<AppDeps>;
}

export interface TestContext {
  db: Db;
  config: Config;
  deps: AppDeps;
  app: Hono<AppEnv>;
  /** Log lines written during the test (level, msg, fields). */
  logs: { level: string; msg: string; fields?: Record<string, unknown> }[];
  ingest?: IngestResult;
  kind: DbKind;
  /** Closes the database and, on the server, drops the context's schema. */
  close(): Promise<void>;
}

/** The server URL tests use when set: `TEST_DATABASE_URL`. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || undefined;

/** The database kind tests run against by default. */
export function defaultDbKind(): DbKind {
  return TEST_DATABASE_URL ? 'postgres' : 'pglite';
}

/**
 * An empty, unmigrated database of the given kind, and how to dispose of it. On the server
 * this is a fresh schema on the search path (pgvector itself lives in `public`).
 */
export async function openTestDb(kind: DbKind = defaultDbKind()): Promise<{ db: Db; dispose: () => Promise<void> }> {
  if (kind === 'pglite') {
    const db = await openPglite('memory://');
    return { db, dispose: () => db.close() };
  }
  if (!TEST_DATABASE_URL) throw new Error('dbKind "postgres" needs TEST_DATABASE_URL');
  const schema = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await createScratchSchema(TEST_DATABASE_URL, schema);
  const db = createPostgresDb(TEST_DATABASE_URL, { max: 4, searchPath: `${schema},public` });
  return {
    db,
    dispose: async () => {
      await db.close();
      await dropScratchSchema(TEST_DATABASE_URL!, schema);
    },
  };
}

/** Builds a migrated database with the corpus indexed, the app's deps and the app. */
export async function createTestContext(options: TestContextOptions = {}): Promise<TestContext> {
  const kind = options.dbKind ?? defaultDbKind();
  const config = loadConfig({ DATA_DIR: 'memory://', LOG_LEVEL: 'debug', ...(options.env ?? {}) });
  const logs: TestContext['logs'] = [];
  const log: Log = (level, msg, fields) => {
    logs.push({ level, msg, ...(fields ? { fields } : {}) });
  };
  const { db, dispose } = await openTestDb(kind);
  try {
    const prepared = await prepareService({
      config,
      db,
      log,
      ...(options.documents !== undefined ? { documents: options.documents } : {}),
      ...(options.embedder ? { embedder: options.embedder } : {}),
      ...(options.deps ? { services: options.deps } : {}),
    });
    const deps: AppDeps = prepared.deps;
    const app = createApp(deps);
    let closed = false;
    return {
      db,
      config,
      deps,
      app,
      logs,
      kind,
      ...(prepared.ingest ? { ingest: prepared.ingest } : {}),
      close: async () => {
        if (closed) return;
        closed = true;
        await dispose();
      },
    };
  } catch (err) {
    await dispose().catch(() => {});
    throw err;
  }
}

/**
 * One context for the whole test file: built in `beforeAll`, closed in `afterAll`.
 * Returns a getter (the context does not exist until the hooks ran).
 */
export function useTestContext(options: TestContextOptions = {}): () => TestContext {
  let ctx: TestContext | undefined;
  beforeAll(async () => {
    ctx = await createTestContext(options);
  });
  afterAll(async () => {
    await ctx?.close();
  });
  return () => {
    if (!ctx) throw new Error('useTestContext(): the context is built in beforeAll; use it inside tests');
    return ctx;
  };
}
