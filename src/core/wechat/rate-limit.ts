/**
 * Messages per user per minute, counted in `wechat_rate_hits` so every replica shares the
 * budget. Old windows are swept as traffic goes by.
 */
import type { Db } from '../db/types.js';

const WINDOW_MS = 60_000;

const COUNT_SQL = `
  INSERT INTO wechat_rate_hits (user_key, window_start, hits) VALUES ($1, $2, 1)
  ON CONFLICT (user_key, window_start) DO UPDATE SET hits = wechat_rate_hits.hits + 1
  RETURNING hits`;

/** Counts one message of `userKey`; true while the user is within `limitPerMinute` (0 = no limit). */
export async function withinUserRate(db: Db, userKey: string, limitPerMinute: number, now: number): Promise<boolean> {
  if (limitPerMinute <= 0) return true;
  const windowStart = Math.floor(now / WINDOW_MS) * WINDOW_MS;
  const rows = await db.query<{ hits: number }>(COUNT_SQL, [userKey, new Date(windowStart).toISOString()]);
  return Number(rows[0]?.hits ?? 0) <= limitPerMinute;
}

/** Deletes state no retry or limit can need any more (old windows, inbox rows, old pending answers). */
export async function sweepWechatState(db: Db, now: number): Promise<void> {
  await db.query('DELETE FROM wechat_rate_hits WHERE window_start < $1', [new Date(now - 2 * WINDOW_MS).toISOString()]);
  const dayAgo = new Date(now - 24 * 3600_000).toISOString();
  await db.query('DELETE FROM wechat_inbox WHERE claimed_at < $1', [dayAgo]);
  await db.query('DELETE FROM wechat_pending_answers WHERE created_at < $1', [dayAgo]);
}
