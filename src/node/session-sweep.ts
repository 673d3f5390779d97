/**
 * Deletes expired dialogue sessions on a timer. A session holds what a person said (masked)
 * and the facts read from it; once idle past SESSION_IDLE_MINUTES nobody can continue it, so
 * it is removed within a few minutes rather than whenever the 500th later write happens to
 * come (on a quiet service, never). Every replica may run it: the delete is idempotent.
 */
import { sweepExpiredSessions } from '../core/answer/session-store.js';
import type { Db } from '../core/db/types.js';
import type { Log } from '../core/log.js';

export interface SessionSweepOptions {
  db: Db;
  idleMinutes: number;
  /** Time between sweeps; default 5 minutes. */
  everyMs?: number;
  log?: Log;
}

/** Starts the timer (it does not keep the process alive); returns the function that stops it. */
export function startSessionSweep(options: SessionSweepOptions): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return; // a slow database: never stack sweeps
    running = true;
    sweepExpiredSessions(options.db, options.idleMinutes)
      .then((n) => {
        if (n > 0) options.log?.('debug', 'expired sessions deleted', { count: n });
      })
      .catch((err: unknown) => {
        options.log?.('warn', 'session sweep failed', { error: err instanceof Error ? err.message : String(err) });
      })
      .finally(() => {
        running = false;
      });
  }, options.everyMs ?? 5 * 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
