/**
 * CORS for the public API (`/api/*`): browsers on the origins in `ALLOWED_ORIGINS` (the
 * sites that embed the widget) may call it; `*` lets any site. A request from any other
 * origin is refused with 403 and the one error body, naming the origin and the setting to
 * change, so whoever embeds the widget on an unlisted site sees at once why it fails.
 *
 * Same-origin requests (the demo page, the console) always pass: browsers send `Origin`
 * on same-origin POSTs too, and those are not cross-origin calls.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { ApiError, errorResponse } from './errors.js';

const ALLOW_METHODS = 'GET, POST, OPTIONS';
const DEFAULT_ALLOW_HEADERS = 'Content-Type, Accept, Authorization, X-Request-Id';
/** Headers a widget may read: why it was rate limited, which request to quote to support. */
const EXPOSE_HEADERS = 'Retry-After, X-Request-Id';
const PREFLIGHT_MAX_AGE_S = '600';

/** `https://Example.org/` → `https://example.org` (origins compare without case or trailing slash). */
export function normalizeOrigin(origin: string): string {
  return origin.trim().replace(/\/+$/, '').toLowerCase();
}

/** Whether a browser origin may call the API under the configured list. */
export function isOriginAllowed(origin: string, allowed: readonly string[]): boolean {
  if (allowed.includes('*')) return true;
  const wanted = normalizeOrigin(origin);
  return allowed.some((o) => normalizeOrigin(o) === wanted);
}

/** The request comes from a page of this very service (its Origin names our own host). */
function isSameOrigin(c: Context, origin: string): boolean {
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return false;
  }
  const host = (c.req.header('host') ?? new URL(c.req.url).host).toLowerCase();
  return originHost === host;
}

function refusal(origin: string): ApiError {
  return new ApiError(
    'forbidden',
    `来源 ${origin} 不在允许列表中，不能调用本服务的接口（请在服务的 ALLOWED_ORIGINS 设置中加入该来源）`,
  );
}

/** The CORS middleware; mount it on `/api/*` before the routes. */
export function cors(allowedOrigins: readonly string[]): MiddlewareHandler {
  const any = allowedOrigins.includes('*');
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (!origin || isSameOrigin(c, origin)) return next();

    const preflight = c.req.method === 'OPTIONS' && c.req.header('access-control-request-method') !== undefined;
    const allowed = isOriginAllowed(origin, allowedOrigins);

    if (preflight) {
      if (!allowed) return errorResponse(c, refusal(origin));
      return new Response(null, {
        status: 204,
        headers: {
          'Access-Control-Allow-Origin': any ? '*' : origin,
          'Access-Control-Allow-Methods': ALLOW_METHODS,
          'Access-Control-Allow-Headers': c.req.header('access-control-request-headers') ?? DEFAULT_ALLOW_HEADERS,
          'Access-Control-Max-Age': PREFLIGHT_MAX_AGE_S,
          Vary: 'Origin, Access-Control-Request-Headers',
        },
      });
    }

    if (!allowed) {
      const res = errorResponse(c, refusal(origin));
      // Readable by the refused page (nothing but the refusal is disclosed), so the widget
      // can show the reason instead of a bare network error.
      res.headers.set('Access-Control-Allow-Origin', origin);
      res.headers.set('Vary', 'Origin');
      return res;
    }

    await next();
    setHeaders(c, any ? '*' : origin);
  };
}

function setHeaders(c: Context, allowOrigin: string): void {
  const apply = (h: Headers) => {
    h.set('Access-Control-Allow-Origin', allowOrigin);
    h.set('Access-Control-Expose-Headers', EXPOSE_HEADERS);
    const vary = h.get('Vary');
    if (!vary) h.set('Vary', 'Origin');
    else if (!/\borigin\b/i.test(vary)) h.set('Vary', `${vary}, Origin`);
  };
  try {
    apply(c.res.headers);
  } catch {
    // Some responses (e.g. a fetched one passed through) have immutable headers.
    c.res = new Response(c.res.body, c.res);
    apply(c.res.headers);
  }
}
