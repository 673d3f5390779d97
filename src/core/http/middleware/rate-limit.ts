/**
 * Rate limit of the public API: `RATE_LIMIT_PER_MINUTE` requests per client per minute,
 * counted in the database (table `rate_limit_hits`, migration 030) so that every replica
 * shares one budget. Over the limit → 429 with the error body and `Retry-After`.
 *
 * The client is identified by its address: the socket's peer under Node, `CF-Connecting-IP`
 * on Workers. Only a hash of it is stored. When the database cannot count (it is down) the
 * request goes through: the route then meets the same outage and answers 503 itself, which
 * tells the user more than a rate-limit error would.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app.js';
import type { Db } from '../../db/types.js';
import type { Log } from '../deps.js';
import { ApiError, errorResponse } from '../errors.js';
import { defaultClientAddress } from './client-address.js';

export { defaultClientAddress };

export interface RateLimitOptions {
  db: Db;
  /** Requests per client per window; 0 turns the limit off. */
  limit: number;
  windowMs?: number;
  now?: () => Date;
  log?: Log;
  /** The client's address; by default the socket peer (Node) or CF-Connecting-IP (Workers). */
  clientAddress?: (c: Context) => string | undefined;
  /** Name of the budget, when one address has several (the API, the WeChat callbacks). */
  scope?: string;
}

async function hashAddress(address: string, scope: string): Promise<string> {
  // The API's budget keeps its historical key, so a rolling deploy does not reset counts.
  const bytes = new TextEncoder().encode(scope === 'api' ? `zz-policy-rate:${address}` : `zz-policy-rate:${scope}:${address}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const b of digest.subarray(0, 12)) hex += b.toString(16).padStart(2, '0');
  return hex;
}

const COUNT_SQL = `
  INSERT INTO rate_limit_hits (client_key, window_start, hits) VALUES ($1, $2, 1)
  ON CONFLICT (client_key, window_start) DO UPDATE SET hits = rate_limit_hits.hits + 1
  RETURNING hits`;

export function rateLimit(options: RateLimitOptions): MiddlewareHandler<AppEnv> {
  const windowMs = options.windowMs ?? 60_000;
  const now = options.now ?? (() => new Date());
  const clientAddress = options.clientAddress ?? defaultClientAddress;
  let lastSweep = 0;

  return async (c, next) => {
    if (options.limit <= 0 || c.req.method === 'OPTIONS') return next();
    const address = clientAddress(c);
    // No address means an in-process call (tests, internal use): nothing to attribute it to.
    if (!address) return next();

    const nowMs = now().getTime();
    const windowStart = Math.floor(nowMs / windowMs) * windowMs;
    let hits: number;
    try {
      const key = await hashAddress(address, options.scope ?? 'api');
      const rows = await options.db.query<{ hits: number }>(COUNT_SQL, [key, new Date(windowStart).toISOString()]);
      hits = Number(rows[0]?.hits ?? 0);
      if (nowMs - lastSweep > windowMs) {
        lastSweep = nowMs;
        // Old windows are of no use; any replica may clear them.
        await options.db.query('DELETE FROM rate_limit_hits WHERE window_start < $1', [
          new Date(windowStart - windowMs).toISOString(),
        ]);
      }
    } catch (err) {
      options.log?.('warn', 'rate limit not counted', { error: err instanceof Error ? err.message : String(err) });
      return next();
    }

    c.header('RateLimit-Limit', String(options.limit));
    c.header('RateLimit-Remaining', String(Math.max(0, options.limit - hits)));
    if (hits > options.limit) {
      const retryAfter = Math.max(1, Math.ceil((windowStart + windowMs - nowMs) / 1000));
      c.header('Retry-After', String(retryAfter));
      return errorResponse(c, new ApiError('rate_limited', `请求过于频繁，请 ${retryAfter} 秒后再试`));
    }
    return next();
  };
}
