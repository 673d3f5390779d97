/**
 * Dialogue sessions in Postgres (`ask_sessions`, migrations/010_sessions.sql): one read and one
 * write per turn. Writes are compare-and-set on `version`, so two turns of one session racing
 * on two replicas never silently drop each other's facts: the loser is told, re-reads and
 * re-applies its turn. A session idle longer than SESSION_IDLE_MINUTES reads as new, and is
 * deleted: by `sweepExpiredSessions` on a schedule at the edge (a timer in the Node server and
 * the bot, src/node/session-sweep.ts; the Cron Trigger on Workers, src/worker/scheduled.ts), so
 * what people said does not outlive its use even when traffic is quiet, and every 500 writes.
 *
 * A turn's question-log row can ride along with its session write (`saveLogged`): one
 * statement, so one round trip to a server and one commit, instead of two — about a quarter of
 * an answer's cost on the embedded database. The log row is written whether or not the
 * compare-and-set wins (a lost race re-saves the session alone).
 */
import type { Db } from '../db/types.js';
import { QUESTION_LOG_INSERT, questionLogParams, type QuestionLogEntry } from './question-log.js';
import { freshState, parseState, type SessionState } from './session-state.js';

export interface LoadedSession {
  state: SessionState;
  /** Version read (0: no row yet); pass it back to `save`. */
  version: number;
  /** The stored session had been idle too long and was started afresh. */
  expired: boolean;
}

export interface SessionStore {
  load(id: string): Promise<LoadedSession>;
  /** Writes the state if the row is still at `version`; false when another turn got there first. */
  save(id: string, state: SessionState, version: number): Promise<boolean>;
  /**
   * `save`, with the turn's question-log row inserted in the same statement, race or not. A
   * combined statement that fails is tried again as the session write alone (its error, if it
   * fails too, is thrown) and then the log insert, whose error is returned, not thrown: a
   * failed log insert must not cost the answer.
   */
  saveLogged(id: string, state: SessionState, version: number, log: QuestionLogEntry): Promise<{ saved: boolean; logError?: unknown }>;
}

export interface SessionStoreOptions {
  idleMinutes: number;
  now?: () => Date;
  /** Sweep expired rows once every this many writes (per process). */
  sweepEvery?: number;
}

/** Deletes every session idle longer than `idleMinutes`; returns how many went. */
export async function sweepExpiredSessions(db: Db, idleMinutes: number, now: Date = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - idleMinutes * 60_000).toISOString();
  const rows = await db.query<{ id: string }>('delete from ask_sessions where updated_at < $1::timestamptz returning id', [cutoff]);
  return rows.length;
}

export function createSessionStore(db: Db, options: SessionStoreOptions): SessionStore {
  const now = options.now ?? (() => new Date());
  const idleMs = options.idleMinutes * 60_000;
  const sweepEvery = options.sweepEvery ?? 500;
  let writes = 0;
  const counted = async () => {
    writes += 1;
    if (writes % sweepEvery === 0) await sweepExpiredSessions(db, options.idleMinutes, now());
  };

  return {
    async load(id) {
      const rows = await db.query<{ state: unknown; version: number; updated_at: string | Date }>(
        'select state, version, updated_at from ask_sessions where id = $1',
        [id],
      );
      const row = rows[0];
      if (!row) return { state: freshState(), version: 0, expired: false };
      const idle = now().getTime() - new Date(row.updated_at).getTime();
      if (idle > idleMs) return { state: freshState(), version: Number(row.version), expired: true };
      return { state: parseState(row.state), version: Number(row.version), expired: false };
    },

    async save(id, state, version) {
      const rows = await db.query<{ version: number }>(SAVE_SQL, [id, JSON.stringify(state), now().toISOString(), version]);
      await counted();
      return rows.length > 0;
    },

    async saveLogged(id, state, version, log) {
      const session = [id, JSON.stringify(state), now().toISOString(), version];
      let rows: { version: number }[];
      let logError: unknown;
      try {
        rows = await db.query<{ version: number }>(SAVE_AND_LOG_SQL, [...session, ...(await questionLogParams(log))]);
      } catch {
        // Whatever failed (the log row, most likely), the session write must not be lost with it.
        rows = await db.query<{ version: number }>(SAVE_SQL, session);
        logError = await db.query(QUESTION_LOG_INSERT, await questionLogParams(log)).then(
          () => undefined,
          (err: unknown) => err ?? new Error('question log insert failed'),
        );
      }
      await counted();
      return { saved: rows.length > 0, ...(logError === undefined ? {} : { logError }) };
    },
  };
}

/** Compare-and-set upsert of one session: a row back when written, none when `version` was stale. */
const SAVE_SQL = `insert into ask_sessions (id, state, version, created_at, updated_at)
         values ($1, $2::jsonb, 1, $3::timestamptz, $3::timestamptz)
         on conflict (id) do update
           set state = excluded.state, version = ask_sessions.version + 1, updated_at = excluded.updated_at
           where ask_sessions.version = $4
         returning version`;

/** `SAVE_SQL` and the question-log insert (its placeholders moved past the session's four) in one statement. */
const SAVE_AND_LOG_SQL = `with saved as (${SAVE_SQL}),
       logged as (${QUESTION_LOG_INSERT.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + 4}`)})
     select version from saved`;
