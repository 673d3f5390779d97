/**
 * The staff console's gate. When `CONSOLE_TOKEN` is set, the console and its own API
 * (`/api/clauses`) need that token: as `Authorization: Bearer …` (scripts) or through a login
 * session (browsers: the login form sets a cookie; same-origin API calls then carry it).
 *
 * Sessions live in the database (`console_sessions`, migration 046): the cookie carries a
 * random id and only its SHA-256 is stored. A session ends when it expires
 * (CONSOLE_SESSION_HOURS) or at logout, on every replica at once; a copied cookie is worth
 * nothing after either. Token comparisons run in constant time.
 */
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Db } from '../db/types.js';

export const CONSOLE_COOKIE = 'zz_console';

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Equal strings, compared without an early exit (no timing hint of how much matched). */
export function constantTimeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

/** Whether the offered token is the configured one. */
export async function tokenMatches(offered: string, token: string): Promise<boolean> {
  // Digests first: equal length, so the comparison leaks nothing about the token's length.
  return constantTimeEqual(await sha256Hex(offered), await sha256Hex(token));
}

/** Server-side console sessions. */
export interface ConsoleSessions {
  /** Starts a session; returns the id for the cookie. */
  start(): Promise<string>;
  /** True while the session exists and has not expired. */
  valid(id: string): Promise<boolean>;
  /** Ends the session (logout); unknown ids are ignored. */
  end(id: string): Promise<void>;
  /** Seconds a new session lasts (the cookie's Max-Age). */
  readonly maxAgeSeconds: number;
}

export function createConsoleSessions(db: Db, options: { hours: number; now?: () => Date }): ConsoleSessions {
  const now = options.now ?? (() => new Date());
  const lifetimeMs = options.hours * 3600_000;
  return {
    maxAgeSeconds: Math.round(lifetimeMs / 1000),
    async start() {
      const bytes = crypto.getRandomValues(new Uint8Array(32));
      const id = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
      const at = now();
      // Expired sessions are of no use to anyone; clearing them at each login keeps the table small.
      await db.query('DELETE FROM console_sessions WHERE expires_at < $1', [at.toISOString()]);
      await db.query('INSERT INTO console_sessions (id_hash, created_at, expires_at) VALUES ($1, $2, $3)', [
        await sha256Hex(id),
        at.toISOString(),
        new Date(at.getTime() + lifetimeMs).toISOString(),
      ]);
      return id;
    },
    async valid(id) {
      if (!/^[0-9a-f]{64}$/.test(id)) return false;
      const rows = await db.query('SELECT 1 FROM console_sessions WHERE id_hash = $1 AND expires_at > $2', [
        await sha256Hex(id),
        now().toISOString(),
      ]);
      return rows.length > 0;
    },
    async end(id) {
      await db.query('DELETE FROM console_sessions WHERE id_hash = $1', [await sha256Hex(id)]);
    },
  };
}

/** The bearer token of a request, if it sent one. */
export function bearerOf(c: Context): string | undefined {
  return c.req.header('authorization')?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim() || undefined;
}

/**
 * How a request stands with the console gate: `open` (no token configured), `ok` (right bearer
 * token or a live session), `wrong-token` (a bearer token that is not the one: a guess, to be
 * throttled), `none` (no credentials, or an ended session).
 */
export async function consoleAccess(
  c: Context,
  token: string | undefined,
  sessions: ConsoleSessions,
): Promise<'open' | 'ok' | 'wrong-token' | 'none'> {
  if (!token) return 'open';
  const bearer = bearerOf(c);
  if (bearer) return (await tokenMatches(bearer, token)) ? 'ok' : 'wrong-token';
  const cookie = getCookie(c, CONSOLE_COOKIE);
  return cookie !== undefined && (await sessions.valid(cookie)) ? 'ok' : 'none';
}
