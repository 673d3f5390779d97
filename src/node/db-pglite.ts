/**
 * `Db` over embedded PGlite (Postgres compiled to WebAssembly) with the pgvector extension:
 * the default when no `DATABASE_URL` is set. The data lives in `DATA_DIR` and survives
 * restarts; `memory://` gives a throw-away database for tests.
 *
 * PGlite has one connection; it queues queries, and a transaction holds the queue until it
 * ends, so no other query interleaves with it.
 */
import { spawn } from 'node:child_process';
import { access, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { mapDbError } from '../core/db/errors.js';
import type { Db } from '../core/db/types.js';
import { preparedQuery } from './pglite-prepared.js';

type Queryable = PGlite | Transaction;

/** Top-level queries through prepared statements (pglite-prepared.ts); absent inside a transaction. */
type FastQuery = <T>(text: string, params: readonly unknown[]) => Promise<T[]>;

function wrap(pg: Queryable, close: () => Promise<void>, inTransaction: boolean, fast?: FastQuery): Db {
  return {
    kind: 'pglite',
    async query<T extends object>(text: string, params: readonly unknown[] = []): Promise<T[]> {
      try {
        if (fast) return await fast<T>(text, params);
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
 * Postgres settings of the embedded database, chosen for a small resident footprint.
 *
 * PGlite's defaults are a server's: 128 MB of shared buffers, which Postgres touches (and so
 * makes resident) at start, and 64 MB for index builds. Here one process serves a corpus of a
 * few MB (the whole database is ~10 MB), and pages that miss the buffers come from the OS page
 * cache, so 16 MB of buffers hold everything hot and save ~110 MB of resident memory.
 * `maintenance_work_mem` bounds the memory an HNSW build takes in the WebAssembly heap, which
 * never shrinks once grown; a bigger graph than fits is built on disk, slower but the same.
 */
export const PGLITE_SETTINGS: Readonly<Record<string, string>> = {
  shared_buffers: '16MB',
  maintenance_work_mem: '16MB',
  work_mem: '4MB',
  temp_buffers: '2MB',
};

/** PGlite's own start parameters followed by `PGLITE_SETTINGS` (later ones win). */
export function pgliteStartParams(): string[] {
  return [...PGlite.defaultStartParams, ...Object.entries(PGLITE_SETTINGS).flatMap(([k, v]) => ['-c', `${k}=${v}`])];
}

/**
 * V8 flag for PGlite's WebAssembly: compile it with the baseline compiler (Liftoff) only.
 *
 * By default V8 also recompiles hot WebAssembly functions with its optimising compiler, and the
 * optimised code of Postgres stays resident: ~60 MB more for this service. Measured here, the
 * optimised code bought no visible speed (CPU per request and latency the same within noise:
 * most of a request's time is JavaScript and HTTP, and the queries are small), and initdb runs
 * faster without it.
 */
export const WASM_FLAGS = ['--liftoff-only'] as const;

let wasmFlagsSet = false;
/**
 * Applies `WASM_FLAGS` to this process before PGlite compiles its module. The flag is read when
 * a module is compiled, so setting it at run time is safe; it affects WebAssembly only.
 */
function useWasmFlags(): void {
  if (wasmFlagsSet) return;
  wasmFlagsSet = true;
  for (const flag of WASM_FLAGS) setFlagsFromString(flag);
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/**
 * Creates a new database cluster in `dataDir` in a short-lived child process.
 *
 * PGlite runs initdb in two extra WebAssembly instances of its own; done in this process, they
 * leave ~200 MB resident for the life of the server (memory that V8 or the allocator does not
 * hand back). A child returns all of it when it exits. Resolves false when the child could not
 * do it, so that the caller falls back to PGlite's in-process path (which reports the real
 * error, if there is one).
 */
function initInChild(dataDir: string): Promise<boolean> {
  let entry: string;
  try {
    entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  } catch {
    return Promise.resolve(false);
  }
  const script = [
    'const [entry, dir, params] = process.argv.slice(1);',
    'const { PGlite } = require(entry);',
    'PGlite.create(dir, { startParams: JSON.parse(params) })',
    '  .then((pg) => pg.close())',
    '  .catch((err) => { console.error(err && err.message ? err.message : err); process.exitCode = 1; });',
  ].join('\n');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...WASM_FLAGS, '-e', script, entry, dataDir, JSON.stringify(pgliteStartParams())], {
      stdio: ['ignore', 'ignore', 'pipe'],
      // Only what Node needs: none of the service's settings or secrets.
      env: { PATH: process.env.PATH ?? '' },
    });
    let stderr = '';
    child.stderr!.on('data', (b: Buffer) => {
      if (stderr.length < 4000) stderr += b.toString();
    });
    child.once('error', () => resolve(false));
    child.once('exit', (code) => {
      if (code !== 0 && stderr) console.error(`initialising the database in a child process failed: ${stderr.trim()}`);
      resolve(code === 0);
    });
  });
}

/**
 * The embedded data folder exists but cannot be opened: files are missing or damaged (a disk
 * that filled up, a copy taken while the service ran, a folder edited by hand). PGlite itself
 * only says "Aborted()" or "failed to initialize"; this says what happened and what to do.
 */
export class DataDirDamagedError extends Error {
  constructor(
    readonly dataDir: string,
    cause: unknown,
  ) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    super(
      `the embedded database in ${dataDir} is damaged and cannot be opened (PGlite: ${detail}). ` +
        `Stop the service, then either restore ${dataDir} from a backup, or move it aside ` +
        `(e.g. mv ${dataDir} ${dataDir}.damaged) and start again: a new database is created and the ` +
        'policy index rebuilt from policy-corpus/ (sessions, the question log, feedback and documents ' +
        'added through the admin API live in the old folder and are not carried over).',
    );
    this.name = 'DataDirDamagedError';
  }
}

/**
 * Opens (creating when needed) the embedded database in `dataDir`, or an in-memory one for
 * `memory://`. A new data folder is initialised in a child process (see `initInChild`). An
 * existing folder that cannot be opened → DataDirDamagedError.
 */
export async function openPglite(dataDir: string): Promise<PgliteDb> {
  useWasmFlags();
  let existing = false;
  if (!dataDir.startsWith('memory://')) {
    await mkdir(dataDir, { recursive: true });
    existing = await exists(path.join(dataDir, 'PG_VERSION'));
    if (!existing) await initInChild(dataDir);
  }
  let pg: PGlite;
  try {
    pg = await PGlite.create(dataDir, { extensions: { vector }, startParams: pgliteStartParams() });
  } catch (err) {
    if (existing) throw new DataDirDamagedError(dataDir, err);
    throw err;
  }
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await pg.close();
  };
  return Object.assign(wrap(pg, close, false, preparedQuery(pg)), { pglite: pg });
}
