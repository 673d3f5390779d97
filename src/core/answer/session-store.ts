/**
 * Dialogue sessions in Postgres (`ask_sessions`, migrations/010_sessions.sql): one read and one
 * write per turn. Writes are compare-and-set on `version`, so two turns of one session racing
 * on two replicas never silently drop each other's facts: the loser is told, re-reads and
 * re-applies its turn. A session idle longer than SESSION_IDLE_MINUTES reads as new, and is
 * deleted: by `sweepExpiredSessions` on a timer at the edge (src/node/session-sweep.ts), so
 * what people said does not outlive its use even when traffic is quiet, and every 500 writes.
 */
import type { Db } from '../db/types.js';
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
      const at = now().toISOString();
      const rows = await db.query<{ version: number }>(
        `insert into ask_sessions (id, state, version, created_at, updated_at)
         values ($1, $2::jsonb, 1, $3::timestamptz, $3::timestamptz)
         on conflict (id) do update
           set state = excluded.state, version = ask_sessions.version + 1, updated_at = excluded.updated_at
           where ask_sessions.version = $4
         returning version`,
        [id, JSON.stringify(state), at, version],
      );
      writes += 1;
      if (writes % sweepEvery === 0) await sweepExpiredSessions(db, options.idleMinutes, now());
      return rows.length > 0;
    },
  };
}
