/**
 * Answers that missed WeChat's reply window and could not be pushed through the
 * customer-service API wait in `wechat_pending_answers` for the user's next message.
 */
import type { Db } from '../db/types.js';

/** How long a computing or ready answer stays worth delivering. */
const KEEP_MS = 30 * 60_000;
/** A computation older than this is presumed lost with its replica. */
const COMPUTING_MS = 2 * 60_000;

const iso = (ms: number) => new Date(ms).toISOString();

/** Notes that the answer to `key` is being computed after the window closed. */
export async function startPending(db: Db, key: string, userKey: string, now: number): Promise<void> {
  await db.query(
    `INSERT INTO wechat_pending_answers (dedup_key, user_key, status, created_at, updated_at)
     VALUES ($1, $2, 'computing', $3, $3) ON CONFLICT (dedup_key) DO NOTHING`,
    [key, userKey, iso(now)],
  );
}

/** Stores the finished answer (`ready`), or marks it delivered by other means / failed. */
export async function finishPending(
  db: Db,
  key: string,
  status: 'ready' | 'delivered' | 'failed',
  answer: string | null,
  now: number,
): Promise<void> {
  await db.query('UPDATE wechat_pending_answers SET status = $2, answer = $3, updated_at = $4 WHERE dedup_key = $1', [
    key,
    status,
    answer,
    iso(now),
  ]);
}

export type PendingLookup =
  | { state: 'none' }
  | { state: 'computing' }
  /** A ready answer, now marked delivered (only one request can take it). */
  | { state: 'ready'; answer: string };

/** What is waiting for this user: takes a ready answer (marking it delivered) if there is one. */
export async function takePending(db: Db, userKey: string, now: number): Promise<PendingLookup> {
  const rows = await db.query<{ dedup_key: string; status: string; created_at: string | Date }>(
    `SELECT dedup_key, status, created_at FROM wechat_pending_answers
     WHERE user_key = $1 AND status IN ('computing', 'ready') AND created_at > $2
     ORDER BY created_at ASC LIMIT 1`,
    [userKey, iso(now - KEEP_MS)],
  );
  const row = rows[0];
  if (!row) return { state: 'none' };
  if (row.status === 'computing') {
    const age = now - new Date(row.created_at).getTime();
    return age < COMPUTING_MS ? { state: 'computing' } : { state: 'none' };
  }
  const taken = await db.query<{ answer: string | null }>(
    `UPDATE wechat_pending_answers SET status = 'delivered', updated_at = $2
     WHERE dedup_key = $1 AND status = 'ready' RETURNING answer`,
    [row.dedup_key, iso(now)],
  );
  const answer = taken[0]?.answer;
  return answer ? { state: 'ready', answer } : { state: 'none' };
}
