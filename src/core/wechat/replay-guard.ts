/**
 * Freshness of signed WeChat/WeCom callbacks. A signature proves the request was made with the
 * token, not when, and in plain mode not for which body: one `timestamp`/`nonce`/`signature`
 * triple leaked from a proxy log would otherwise sign any message forever. So:
 *
 * - a timestamp further than the window from now is refused (WeChat signs each request afresh);
 * - a timestamp+nonce is accepted for one body only, remembered in `wechat_nonces` (migration
 *   045) so every replica sees it. The same triple with the same body is WeChat's own retry and
 *   goes through (the inbox then returns the stored reply); with another body it is a replay.
 *
 * The clock is injectable so the published test vectors (signed in 2014) still verify.
 */
import type { Db } from '../db/types.js';
import { sha256Hex } from './hash.js';

export type Freshness = 'fresh' | 'retry' | 'stale' | 'replayed';

export interface ReplayGuardOptions {
  db: Db;
  /** Seconds a timestamp may be off from now, either way. */
  windowSeconds: number;
  /** Milliseconds since the epoch. */
  now?: () => number;
}

export interface SignedCall {
  /** Which callback (`mp`, `work`): the same nonce on two channels is two requests. */
  channel: string;
  timestamp: string;
  nonce: string;
  /** What the request carries besides its query: the body, or the echostr of a verification. */
  body: string;
}

const REMEMBER_SQL = `
  INSERT INTO wechat_nonces (nonce_key, body_hash, seen_at) VALUES ($1, $2, $3)
  ON CONFLICT (nonce_key) DO NOTHING
  RETURNING nonce_key`;

/** Checks callbacks for staleness and replay; one per route, shared by its requests. */
export function createReplayGuard(options: ReplayGuardOptions): (call: SignedCall) => Promise<Freshness> {
  const now = options.now ?? Date.now;
  const windowMs = options.windowSeconds * 1000;
  let lastSweep = 0;

  return async (call) => {
    const nowMs = now();
    // Digits only: WeChat sends Unix seconds; anything else cannot be placed in time.
    if (!/^\d{1,12}$/.test(call.timestamp)) return 'stale';
    const sentMs = Number(call.timestamp) * 1000;
    if (Math.abs(nowMs - sentMs) > windowMs) return 'stale';

    const [key, bodyHash] = await Promise.all([
      sha256Hex(`${call.channel}\n${call.timestamp}\n${call.nonce}`),
      sha256Hex(call.body),
    ]);
    const inserted = await options.db.query(REMEMBER_SQL, [key, bodyHash, new Date(nowMs).toISOString()]);
    if (nowMs - lastSweep > windowMs) {
      lastSweep = nowMs;
      // Past twice the window no request with that timestamp gets this far; any replica may sweep.
      await options.db.query('DELETE FROM wechat_nonces WHERE seen_at < $1', [new Date(nowMs - 2 * windowMs).toISOString()]);
    }
    if (inserted.length > 0) return 'fresh';
    const seen = await options.db.query<{ body_hash: string }>('SELECT body_hash FROM wechat_nonces WHERE nonce_key = $1', [key]);
    return seen[0]?.body_hash === bodyHash ? 'retry' : 'replayed';
  };
}
