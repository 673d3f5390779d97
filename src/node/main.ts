/**
 * `npm start`: the service under Node.
 *
 * 1. Settings from the environment (a bad one stops here, naming it).
 * 2. The database: a server when DATABASE_URL is set, else embedded PGlite in DATA_DIR.
 * 3. Migrations, then the corpus indexed if it changed since the last start (progress shown).
 * 4. HTTP on PORT; one line with the URL once listening.
 * 5. SIGTERM/SIGINT: stop accepting, let requests in flight finish, close the database.
 */
import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { loadConfig, type Config } from '../core/config.js';
import { isUnavailable } from '../core/db/errors.js';
import type { Db } from '../core/db/types.js';
import { createApp } from '../core/http/app.js';
import { createLogger, secretsOf } from '../core/log.js';
import { prepareService, type Prepared } from './bootstrap.js';
import { describeDatabase, openDatabase } from './open-db.js';
import { progressPrinter } from './progress.js';
import { DataDirDamagedError } from './db-pglite.js';
import { keepFreedHeapPages } from './keep-heap-pages.js';
import { startSessionSweep } from './session-sweep.js';

/**
 * How far V8 lets the JavaScript heap grow past what was live after its last full collection,
 * in percent. The service keeps ~25 MB live; V8's default lets the heap grow up to 4× that under
 * sustained traffic before collecting (~100 MB resident for garbage). 50 % keeps the heap near
 * what is live at no measurable CPU cost here (collections of a small heap are quick). Read
 * at every collection, so it can be set at run time; it changes memory use, not behaviour.
 */
const HEAP_GROWING_PERCENT = 50;

/** How long a database that is not up yet is waited for at start (it may be starting too). */
const DB_WAIT_MS = 30_000;
/** How long requests in flight get to finish at shutdown before connections are cut. */
const DRAIN_MS = 10_000;

function readConfig(): Config {
  try {
    return loadConfig(process.env);
  } catch (err) {
    console.error((err as Error).message);
    console.error('See the README (Configuration) for the settings and their allowed values.');
    process.exit(2);
  }
}

async function prepareWithRetry(config: Config, db: Db, log: ReturnType<typeof createLogger>): Promise<Prepared> {
  const deadline = Date.now() + DB_WAIT_MS;
  for (let attempt = 1; ; attempt++) {
    try {
      return await prepareService({ config, db, log, onProgress: progressPrinter() });
    } catch (err) {
      if (!isUnavailable(err) || Date.now() > deadline) throw err;
      console.error(`database not reachable yet (${describeDatabase(config)}); retrying (${attempt})…`);
      await new Promise((r) => setTimeout(r, Math.min(1000 * attempt, 5000)));
    }
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  keepFreedHeapPages();
  const config = readConfig();
  const log = createLogger({ level: config.LOG_LEVEL, secrets: secretsOf(config), base: { service: 'zz-skills' } });
  console.log(`starting: ${describeDatabase(config)}`);

  let db: Db;
  try {
    db = await openDatabase(config);
  } catch (err) {
    console.error(`cannot open the database (${describeDatabase(config)}): ${(err as Error).message}`);
    process.exit(1);
  }
  let prepared: Prepared;
  try {
    prepared = await prepareWithRetry(config, db, log);
  } catch (err) {
    const cause = (err as { cause?: unknown }).cause;
    const detail = cause instanceof Error ? `${(err as Error).message} (${cause.message})` : (err as Error).message;
    console.error(`start failed: ${detail}`);
    if (!config.DATABASE_URL && !isUnavailable(err)) {
      // Damage PGlite only finds once queries run (a catalog file cut short) ends up here.
      console.error(new DataDirDamagedError(config.DATA_DIR, err).message.replace(/^the embedded/, 'if this repeats, the embedded'));
    }
    await db.close().catch(() => {});
    process.exit(1);
  }

  const stopSweep = startSessionSweep({ db, idleMinutes: config.SESSION_IDLE_MINUTES, log });
  const app = createApp(prepared.deps);
  const server = serve({ fetch: app.fetch, port: config.PORT }, (info) => {
    const ms = Math.round(performance.now() - started);
    const clauses = prepared.ingest?.clauses ?? 0;
    const indexed = prepared.ingest?.changed ? 'indexed' : 'index up to date';
    const base = `http://localhost:${info.port}`;
    console.log(`listening on ${base} (${indexed}, ${clauses} clauses, ready in ${ms} ms) — staff console ${base}/console, widget demo ${base}/`);
  }) as Server;

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    // Idle keep-alive connections would hold close() open; requests in flight continue.
    server.closeIdleConnections?.();
    const force = setTimeout(() => server.closeAllConnections?.(), DRAIN_MS);
    force.unref();
    server.close(async () => {
      clearTimeout(force);
      stopSweep();
      try {
        await db.close();
        console.log('stopped');
        process.exit(0);
      } catch (err) {
        console.error(`closing the database failed: ${(err as Error).message}`);
        process.exit(1);
      }
    });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

await main();
