/**
 * Recognises WeChat's retries across replicas through the `wechat_inbox` table: the first
 * request for a message claims it (insert on the primary key) and is the only one to call the
 * answer pipeline; a retry reads the stored reply, waiting briefly while the claimer works.
 */
import type { Db } from '../db/types.js';
import { sleep } from './deadline.js';

export type InboxStatus = 'processing' | 'replied' | 'deferred';

export type ClaimResult =
  | { claimed: true }
  /** Another request owns the message; `reply` is its passive reply, null for `success`. */
  | { claimed: false; reply: string | null };

export interface InboxOptions {
  /** Longest a retry waits for the claimer's reply (keep it inside WeChat's 5 s). */
  waitMs: number;
  /** A claim older than this with no result is taken over (its replica died). */
  staleMs?: number;
  pollMs?: number;
  now?: () => number;
}

const CLAIM_SQL = `
  INSERT INTO wechat_inbox (dedup_key, user_key, status, claimed_at, updated_at)
  VALUES ($1, $2, 'processing', $3, $3)
  ON CONFLICT (dedup_key) DO NOTHING
  RETURNING dedup_key`;

const TAKEOVER_SQL = `
  UPDATE wechat_inbox SET claimed_at = $2, updated_at = $2
  WHERE dedup_key = $1 AND status = 'processing' AND claimed_at < $3
  RETURNING dedup_key`;

interface InboxRow {
  status: InboxStatus;
  reply: string | null;
}

/** Claims `key` for this request, or returns what the request that owns it answered. */
export async function claimMessage(db: Db, key: string, userKey: string, options: InboxOptions): Promise<ClaimResult> {
  const now = options.now ?? Date.now;
  const staleMs = options.staleMs ?? 30_000;
  const pollMs = options.pollMs ?? 100;
  const started = now();
  const inserted = await db.query(CLAIM_SQL, [key, userKey, new Date(started).toISOString()]);
  if (inserted.length > 0) return { claimed: true };

  for (;;) {
    const rows = await db.query<InboxRow>('SELECT status, reply FROM wechat_inbox WHERE dedup_key = $1', [key]);
    const row = rows[0];
    if (row && row.status !== 'processing') return { claimed: false, reply: row.reply ? row.reply : null };
    if (now() - started >= options.waitMs) break;
    await sleep(pollMs);
  }
  const t = now();
  const taken = await db.query(TAKEOVER_SQL, [key, new Date(t).toISOString(), new Date(t - staleMs).toISOString()]);
  if (taken.length > 0) return { claimed: true };
  return { claimed: false, reply: null };
}

/** Records the outcome of a claimed message; `reply` null means `success` was answered. */
export async function settleMessage(
  db: Db,
  key: string,
  status: Exclude<InboxStatus, 'processing'>,
  reply: string | null,
  now: () => number = Date.now,
): Promise<void> {
  await db.query('UPDATE wechat_inbox SET status = $2, reply = $3, updated_at = $4 WHERE dedup_key = $1', [
    key,
    status,
    reply,
    new Date(now()).toISOString(),
  ]);
}
