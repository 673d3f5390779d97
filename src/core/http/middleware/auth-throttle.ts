/**
 * Throttle of password guessing: wrong console logins and wrong admin/console bearer tokens are
 * counted per client address (a salted hash of it) per 15 minutes in `auth_failures`
 * (migration 046), so every replica sees the same count. Past AUTH_FAILURES_PER_15_MINUTES the
 * address gets 429 without its guess being looked at, until the window ends. Each failure is
 * logged with the address, so an operator can see who is guessing.
 */
import type { Context } from 'hono';
import type { Db } from '../../db/types.js';
import type { AppDeps, Log } from '../deps.js';
import { ApiError } from '../errors.js';
import { clientAddressResolver } from './client-address.js';

const WINDOW_MS = 15 * 60_000;

export interface AuthThrottle {
  /** Throws 429 (with Retry-After) when the request's address has used up its failures. */
  check(c: Context): Promise<void>;
  /** Records one failure of the request's address, and logs it; `what` names the door. */
  fail(c: Context, what: string): Promise<void>;
}

export interface AuthThrottleOptions {
  db: Db;
  limit: number;
  clientAddress: (c: Context) => string | undefined;
  now?: () => Date;
  log?: Log;
}

async function keyOf(address: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`zz-policy-auth:${address}`));
  return Array.from(new Uint8Array(digest).subarray(0, 12), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function createAuthThrottle(options: AuthThrottleOptions): AuthThrottle {
  const now = options.now ?? (() => new Date());
  // Calls without an address (in-process) share one budget rather than escape the throttle.
  const addressOf = (c: Context) => options.clientAddress(c) ?? 'unknown';
  const windowOf = (ms: number) => Math.floor(ms / WINDOW_MS) * WINDOW_MS;

  return {
    async check(c) {
      const nowMs = now().getTime();
      const start = windowOf(nowMs);
      const rows = await options.db.query<{ failures: number }>(
        'SELECT failures FROM auth_failures WHERE client_key = $1 AND window_start = $2',
        [await keyOf(addressOf(c)), new Date(start).toISOString()],
      );
      if (Number(rows[0]?.failures ?? 0) < options.limit) return;
      const retryAfter = Math.max(1, Math.ceil((start + WINDOW_MS - nowMs) / 1000));
      c.header('Retry-After', String(retryAfter));
      throw new ApiError('rate_limited', `口令错误次数过多，请 ${Math.ceil(retryAfter / 60)} 分钟后再试`);
    },

    async fail(c, what) {
      const address = addressOf(c);
      const nowMs = now().getTime();
      const start = new Date(windowOf(nowMs)).toISOString();
      await options.db.query(
        `INSERT INTO auth_failures (client_key, window_start, failures) VALUES ($1, $2, 1)
         ON CONFLICT (client_key, window_start) DO UPDATE SET failures = auth_failures.failures + 1`,
        [await keyOf(address), start],
      );
      await options.db.query('DELETE FROM auth_failures WHERE window_start < $1', [new Date(windowOf(nowMs) - WINDOW_MS).toISOString()]);
      options.log?.('warn', `${what} refused: wrong token`, { clientAddress: address, path: c.req.path });
    },
  };
}

/** The throttle from the app's settings; it keeps no state of its own (the count is in the database). */
export function authThrottleFor(deps: AppDeps): AuthThrottle {
  return createAuthThrottle({
    db: deps.db,
    limit: deps.config.AUTH_FAILURES_PER_15_MINUTES,
    clientAddress: deps.clientAddress ?? clientAddressResolver(deps.config.TRUST_PROXY_HOPS),
    ...(deps.now ? { now: deps.now } : {}),
    ...(deps.log ? { log: deps.log } : {}),
  });
}
