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
 * compare-and-set wins (a lost race re-saves the session alone). Under Node the turns answered
 * in one turn of the event loop go further and share one such statement (`groupWrites`);
 * each answer still waits for its own rows to be committed.
 */
import type { Db } from '../db/types.js';
import { QUESTION_LOG_INSERT, questionLogParams, type QuestionLogEntry } from './question-log.js';
import { freshState, parseState, type SessionState } from './session-state.js';
import { createWriteGroup } from '../db/write-group.js';

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
  /**
   * Group the `saveLogged` calls of one event-loop turn into one statement (write-group.ts):
   * runs its callback once the turn's callers are queued (`setImmediate` under Node). Only
   * where one connection may serve every request: not on Workers, whose requests each have
   * their own.
   */
  groupWrites?: (run: () => void) => void;
}

/** Most turns one grouped statement writes. */
const GROUP_MAX = 32;

/** One turn to write: its session and the values of its log row (`questionLogParams`). */
interface GroupItem {
  id: string;
  state: SessionState;
  /** The write's time, ISO. */
  at: string;
  version: number;
  logParams: unknown[];
}

/** `saveLogged`'s result, or the error it would have thrown, per item of a group. */
type Outcome = { ok: { saved: boolean; logError?: unknown } } | { error: unknown };

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
  const counted = async (n = 1) => {
    const before = Math.floor(writes / sweepEvery);
    writes += n;
    if (Math.floor(writes / sweepEvery) > before) await sweepExpiredSessions(db, options.idleMinutes, now());
  };

  /** One turn's session write and log row in one statement, and its fallbacks (see `SessionStore.saveLogged`). */
  const saveLoggedAlone = async (session: unknown[], logParams: unknown[]): Promise<{ saved: boolean; logError?: unknown }> => {
    let rows: { version: number }[];
    let logError: unknown;
    try {
      rows = await db.query<{ version: number }>(SAVE_AND_LOG_SQL, [...session, ...logParams]);
    } catch {
      // Whatever failed (the log row, most likely), the session write must not be lost with it.
      rows = await db.query<{ version: number }>(SAVE_SQL, session);
      logError = await db.query(QUESTION_LOG_INSERT, logParams).then(
        () => undefined,
        (err: unknown) => err ?? new Error('question log insert failed'),
      );
    }
    await counted();
    return { saved: rows.length > 0, ...(logError === undefined ? {} : { logError }) };
  };

  const grouped = options.groupWrites
    ? createWriteGroup<GroupItem, Outcome>({
        defer: options.groupWrites,
        max: GROUP_MAX,
        key: (item) => item.id,
        write: async (items) => {
          if (items.length > 1) {
            try {
              const rows = await db.query<{ id: string }>(SAVE_AND_LOG_MANY_SQL, [JSON.stringify(items.map(groupRow))]);
              await counted(items.length);
              const saved = new Set(rows.map((r) => r.id));
              return items.map((item) => ({ ok: { saved: saved.has(item.id) } }));
            } catch {
              // One bad row must not fail its neighbours: each is written again as it would have been alone.
            }
          }
          return Promise.all(
            items.map((item) => saveLoggedAlone(sessionParams(item), item.logParams).then((ok): Outcome => ({ ok }), (error: unknown): Outcome => ({ error }))),
          );
        },
      })
    : undefined;

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
      const rows = await db.query<{ version: number }>(SAVE_SQL, sessionParams({ id, state, at: now().toISOString(), version }));
      await counted();
      return rows.length > 0;
    },

    async saveLogged(id, state, version, log) {
      const item: GroupItem = { id, state, at: now().toISOString(), version, logParams: await questionLogParams(log) };
      if (!grouped) return saveLoggedAlone(sessionParams(item), item.logParams);
      const outcome = await grouped(item);
      if ('error' in outcome) throw outcome.error;
      return outcome.ok;
    },
  };
}

/**
 * Compare-and-set upsert of one session: a row back when written, none when `version` was
 * stale. The state is sent as text and cast: a server's client would otherwise encode the
 * JSON text once more and store a JSON string instead of the object.
 */
const SAVE_SQL = `insert into ask_sessions (id, state, version, created_at, updated_at)
         values ($1, $2::text::jsonb, 1, $3::timestamptz, $3::timestamptz)
         on conflict (id) do update
           set state = excluded.state, version = ask_sessions.version + 1, updated_at = excluded.updated_at
           where ask_sessions.version = $4
         returning version`;

/** `SAVE_SQL` and the question-log insert (its placeholders moved past the session's four) in one statement. */
const SAVE_AND_LOG_SQL = `with saved as (${SAVE_SQL}),
       logged as (${QUESTION_LOG_INSERT.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + 4}`)})
     select version from saved`;

/** The four values of `SAVE_SQL`. */
function sessionParams(s: Pick<GroupItem, 'id' | 'state' | 'at' | 'version'>): unknown[] {
  return [s.id, JSON.stringify(s.state), s.at, s.version];
}

/** One item of a group as a row of `SAVE_AND_LOG_MANY_SQL`'s JSON: the session's values and the log's 13. */
function groupRow(item: GroupItem): Record<string, unknown> {
  const { id, state, at, version } = item;
  const [logId, askedAt, sessionId, channel, userHash, question, route, reason, clauses, answered, mode, llmFallback, latencyMs] = item.logParams;
  return {
    id,
    state,
    at,
    version,
    log_id: logId,
    asked_at: askedAt,
    session_id: sessionId,
    channel,
    user_hash: userHash,
    question,
    route,
    reason,
    clauses,
    answered,
    mode,
    llm_fallback: llmFallback,
    latency_ms: latencyMs,
  };
}

/**
 * `SAVE_AND_LOG_SQL` for many turns of distinct sessions at once, their values as one JSON
 * array: each session compare-and-set on its own version, every log row inserted; returns
 * the ids of the sessions written.
 */
const SAVE_AND_LOG_MANY_SQL = `with src as (
         select * from jsonb_to_recordset($1::text::jsonb) as r(
           id text, state jsonb, at timestamptz, version integer,
           log_id text, asked_at timestamptz, session_id text, channel text, user_hash text, question text, route text,
           reason text, clauses text[], answered boolean, mode text, llm_fallback text, latency_ms integer)
       ),
       saved as (
         insert into ask_sessions (id, state, version, created_at, updated_at)
         select id, state, 1, at, at from src
         on conflict (id) do update
           set state = excluded.state, version = ask_sessions.version + 1, updated_at = excluded.updated_at
           where ask_sessions.version = (select s.version from src s where s.id = excluded.id)
         returning id
       ),
       logged as (
         insert into question_log
           (id, asked_at, session_id, channel, user_hash, question, route, reason, clauses, answered, mode, llm_fallback, latency_ms)
         select log_id, asked_at, session_id, channel, user_hash, question, route, reason, clauses, answered, mode, llm_fallback, latency_ms from src
       )
     select id from saved`;
