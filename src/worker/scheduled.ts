/**
 * The Worker's Cron Trigger (wrangler.toml `[triggers] crons`): deletes dialogue sessions idle
 * past SESSION_IDLE_MINUTES, as the Node server's timer does (src/node/session-sweep.ts). A
 * Worker has no timers between requests, so without it a session — what a person said and
 * the facts read from it — would stay until the 500th later write, on a quiet service never.
 */
import { sweepExpiredSessions } from '../core/answer/session-store.js';
import { loadConfig } from '../core/config.js';
import type { Db } from '../core/db/types.js';
import { createLogger, secretsOf } from '../core/log.js';
import { connectionStringOf, settingsOf, type WorkerEnv } from './env.js';

/** What Workers pass to `scheduled` (the parts used here). */
export interface ScheduledControllerLike {
  readonly cron: string;
  readonly scheduledTime: number;
}

interface WaitUntil {
  waitUntil(promise: Promise<unknown>): void;
}

/** Opens a connection for one invocation; it is closed when the sweep is done. */
export type OpenDb = (connectionString: string) => Db;

/**
 * The `scheduled` handler over `open`. A bad setting or a missing database is logged and the
 * invocation ends; a failed delete is logged and thrown, so the invocation shows as failed in
 * the Workers dashboard (the next one tries again).
 */
export function createScheduledHandler(open: OpenDb): (controller: ScheduledControllerLike, env: WorkerEnv, ctx: WaitUntil) => Promise<void> {
  return async (controller, env, ctx) => {
    let config;
    try {
      config = loadConfig(settingsOf(env));
    } catch (err) {
      createLogger()('error', 'session sweep skipped: configuration rejected', { error: err instanceof Error ? err.message : String(err) });
      return;
    }
    const log = createLogger({ level: config.LOG_LEVEL, secrets: secretsOf(config), base: { runtime: 'workers', cron: controller.cron } });
    const url = connectionStringOf(env);
    if (!url) {
      log('error', 'session sweep skipped: no database configured (HYPERDRIVE or DATABASE_URL)');
      return;
    }
    const db = open(url);
    const sweep = sweepExpiredSessions(db, config.SESSION_IDLE_MINUTES)
      .then((count) => log(count > 0 ? 'info' : 'debug', 'expired sessions deleted', { count }))
      .catch((err: unknown) => {
        log('error', 'session sweep failed', { error: err instanceof Error ? err.message : String(err) });
        throw err;
      })
      .finally(() => db.close().catch(() => {}));
    ctx.waitUntil(sweep);
    await sweep;
  };
}
