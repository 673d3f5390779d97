/**
 * The staff console's gate. When `CONSOLE_TOKEN` is set, the console and its own API
 * (`/api/clauses`) need that token: as `Authorization: Bearer …` (scripts) or as the cookie
 * the login form sets (browsers; same-origin API calls then carry it by themselves).
 *
 * The cookie holds a SHA-256 digest of the token, not the token, so a leaked cookie does not
 * reveal the setting; comparisons run in constant time.
 */
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';

export const CONSOLE_COOKIE = 'zz_console';
/** A staff shift: the login lasts 12 hours. */
export const CONSOLE_COOKIE_MAX_AGE_S = 12 * 60 * 60;

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

/** The cookie value standing for a valid login with `token`. */
export function consoleCookieValue(token: string): Promise<string> {
  return sha256Hex(`zz-console-session:${token}`);
}

/** Whether the offered token is the configured one. */
export async function tokenMatches(offered: string, token: string): Promise<boolean> {
  // Digests first: equal length, so the comparison leaks nothing about the token's length.
  return constantTimeEqual(await sha256Hex(offered), await sha256Hex(token));
}

/** True when no token is configured, or the request carries it (bearer header or cookie). */
export async function isConsoleAuthorized(c: Context, token: string | undefined): Promise<boolean> {
  if (!token) return true;
  const auth = c.req.header('authorization');
  const bearer = auth?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim();
  if (bearer && (await tokenMatches(bearer, token))) return true;
  const cookie = getCookie(c, CONSOLE_COOKIE);
  return cookie !== undefined && constantTimeEqual(cookie, await consoleCookieValue(token));
}
