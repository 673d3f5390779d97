/**
 * Cloudflare Workers entry: the same Hono app as the Node server (public API, WeChat
 * callbacks, widget, console, admin), with Postgres reached through Hyperdrive or the
 * DATABASE_URL secret. See wrangler.toml.
 *
 * Per isolate: the configuration is validated once (a bad setting answers 503 naming it, and
 * is logged); the services are composed once (src/core/compose-services.ts: search and its
 * result cache, the clause index, the rule catalogue, the answer pipeline) with the app
 * around them; the schema is migrated and the index checked once. Per request: only a fresh
 * postgres.js client — Workers do not let one request use a socket another request opened,
 * and Hyperdrive pools the real connections, so this is cheap — which the services reach
 * through a request-scoped handle (./request-db.ts) and which is closed once the response
 * body has been sent (streamed answers included).
 *
 * On a schedule (the Cron Trigger of wrangler.toml): expired sessions deleted (./scheduled.ts).
 */
import type { Hono } from 'hono';
import { loadConfig, type Config } from '../core/config.js';
import { parsePolicyDocument } from '../core/corpus/frontmatter.js';
import type { PolicyDocument } from '../core/corpus/types.js';
import { migrate } from '../core/db/migrate.js';
import { createPostgresDb } from '../core/db/postgres.js';
import type { Db } from '../core/db/types.js';
import { composeServices } from '../core/compose-services.js';
import type { Log } from '../core/deps.js';
import { createApp, type AppEnv } from '../core/http/app.js';
import { effectiveCorpus } from '../core/http/routes/admin-corpus.js';
import { activeGeneration, corpusFingerprint, ingest } from '../core/index/ingest.js';
import { createLogger, secretsOf } from '../core/log.js';
import { embedderFromConfig, type Embedder } from '../core/search/embedder.js';
import { CORPUS_FILES, MIGRATIONS } from './assets.generated.js';
import { connectionStringOf, settingsOf, type WorkerEnv } from './env.js';
import { requestScopedDb, type RequestScopedDb } from './request-db.js';
import { createScheduledHandler } from './scheduled.js';

interface ExecutionContextLike {
  waitUntil(promise: Promise<unknown>): void;
}

/** The policy documents bundled with this Worker (parsed once per isolate). */
let bundledCorpus: PolicyDocument[] | undefined;
function bundled(): PolicyDocument[] {
  bundledCorpus ??= CORPUS_FILES.filter((f) => f.name.toLowerCase() !== 'readme.md').map((f) => parsePolicyDocument(f.text, f.name));
  return bundledCorpus;
}

interface IsolateState {
  config: Config;
  log: Log;
  embedder: Embedder;
  /** The database handle the services hold; each request runs with its own connection behind it. */
  scope: RequestScopedDb;
  /** The app over services composed once for this isolate. */
  app: Hono<AppEnv>;
  /** Set once the schema is migrated and an index exists. */
  prepared: boolean;
}
let state: { key: string; value: IsolateState | Error } | undefined;

/** Validates the settings and composes the services once per isolate (again only if the settings change). */
function isolateState(env: WorkerEnv): IsolateState | Error {
  const settings = settingsOf(env);
  const key = JSON.stringify(settings);
  if (state?.key === key) return state.value;
  let value: IsolateState | Error;
  try {
    const config = loadConfig(settings);
    const log = createLogger({ level: config.LOG_LEVEL, secrets: secretsOf(config), base: { runtime: 'workers' } });
    const embedder = embedderFromConfig(config);
    const scope = requestScopedDb('postgres');
    const services = composeServices({ config, db: scope.db, log, embedder, corpus: async () => bundled() });
    value = { config, log, embedder, scope, app: createApp(services), prepared: false };
  } catch (err) {
    value = err instanceof Error ? err : new Error(String(err));
    createLogger()('error', 'configuration rejected', { error: value.message });
  }
  state = { key, value };
  return value;
}

function errorJson(status: number, code: string, message: string, requestId?: string): Response {
  return new Response(JSON.stringify({ error: { code, message } }), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...(requestId ? { 'X-Request-Id': requestId } : {}) },
  });
}

/**
 * Migrates and makes sure an index exists. Building an index costs CPU time a request
 * should not pay, so it happens here only when there is none at all; a corpus that changed
 * with a new deployment is logged and re-indexed through `POST /admin/reindex`.
 */
async function prepare(db: Db, s: IsolateState): Promise<void> {
  await migrate(db, MIGRATIONS);
  const embedder = s.embedder;
  const active = await activeGeneration(db);
  const { documents } = await effectiveCorpus(db, bundled());
  if (!active) {
    const result = await ingest(db, { documents, embedder });
    s.log('info', 'index built on first request', { generation: result.generation, clauses: result.clauses, ms: result.ms });
  } else if (active.fingerprint !== (await corpusFingerprint(documents, embedder.name))) {
    s.log('warn', 'the active index does not match the bundled corpus; POST /admin/reindex to rebuild it', { generation: active.id });
  }
  s.prepared = true;
}

/**
 * The request's execution context, with every `waitUntil` promise remembered: work the app
 * keeps doing after its response (a WeChat answer that missed the 5-second window, a log
 * write) still needs the database, so it is closed only after all of it.
 */
function trackingContext(ctx: ExecutionContextLike): { ctx: ExecutionContextLike & { passThroughOnException(): void }; settled: () => Promise<void> } {
  const pending: Promise<unknown>[] = [];
  const tracked = {
    waitUntil(p: Promise<unknown>) {
      pending.push(p);
      ctx.waitUntil(p);
    },
    passThroughOnException() {
      (ctx as { passThroughOnException?: () => void }).passThroughOnException?.();
    },
  };
  const settled = async () => {
    // Work may register more work: wait until a round adds nothing new.
    for (let seen = -1; seen !== pending.length; ) {
      seen = pending.length;
      await Promise.allSettled(pending.slice());
    }
  };
  return { ctx: tracked, settled };
}

/** Closes `db` once the response body has been sent (or the client went away) and `background` is done. */
function closeAfterBody(res: Response, db: Db, ctx: ExecutionContextLike, background: () => Promise<void>): Response {
  const finish = (bodyDone: Promise<void>) =>
    ctx.waitUntil(bodyDone.then(background).then(() => db.close()).catch(() => {}));
  if (!res.body) {
    finish(Promise.resolve());
    return res;
  }
  let done!: () => void;
  const bodyDone = new Promise<void>((r) => (done = r));
  const passthrough = new TransformStream<Uint8Array, Uint8Array>({ flush: () => done() });
  res.body.pipeTo(passthrough.writable).catch(() => done());
  finish(bodyDone);
  return new Response(passthrough.readable, res);
}

export default {
  async fetch(request: Request, env: WorkerEnv, ctx: ExecutionContextLike): Promise<Response> {
    const s = isolateState(env);
    if (s instanceof Error) {
      // The names of the bad settings, never their values.
      return errorJson(503, 'unavailable', `服务配置有误，请联系管理员。${s.message}`);
    }
    const url = connectionStringOf(env);
    if (!url) {
      s.log('error', 'no database configured: bind HYPERDRIVE or set the DATABASE_URL secret');
      return errorJson(503, 'unavailable', '服务配置有误：没有数据库（需要 HYPERDRIVE 绑定或 DATABASE_URL）');
    }
    // max 1: a request issues its queries one after another; Hyperdrive pools behind it.
    const db = createPostgresDb(url, { max: 1, connectTimeout: 5 });
    return s.scope.run(db, async () => {
      const path = new URL(request.url).pathname;
      if (!s.prepared && path !== '/healthz') {
        try {
          await prepare(db, s);
        } catch (err) {
          // Not fatal for the isolate: the next request tries again (the database may be back).
          s.log('error', 'database not ready', { error: err instanceof Error ? err.message : String(err) });
        }
      }
      const tracking = trackingContext(ctx);
      const res = await s.app.fetch(request, env, tracking.ctx as never);
      return closeAfterBody(res, db, ctx, tracking.settled);
    });
  },

  /** The Cron Trigger: expired sessions deleted, on a connection of its own. */
  scheduled: createScheduledHandler((url) => createPostgresDb(url, { max: 1, connectTimeout: 5 })),
};
