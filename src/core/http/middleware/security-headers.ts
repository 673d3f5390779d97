/**
 * Security headers for every response. The API is called from other sites (the widget is
 * embedded on third-party pages), so resources are marked cross-origin readable and the
 * pages may be framed by the origins in `ALLOWED_ORIGINS`; everything else is locked down.
 * A route that needs its own policy (a page with a nonce) may set the header itself: it is
 * kept, not overwritten.
 *
 * Two exceptions: the staff console (`/console…`) is framed by nobody (`frame-ancestors
 * 'none'`, `X-Frame-Options: DENY`): under the default ALLOWED_ORIGINS=* any site could
 * otherwise frame it and trick staff into clicks. And HSTS is sent only on HTTPS requests
 * (the URL's scheme, or X-Forwarded-Proto from a trusted proxy): over plain HTTP it means
 * nothing to a browser and misleads whoever reads the headers.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from '../app.js';

/** `frame-ancestors` sources from the allowed origins: `*` allows any page to frame us. */
export function frameAncestors(allowedOrigins: readonly string[]): string[] {
  if (allowedOrigins.includes('*')) return ['*'];
  return ["'self'", ...allowedOrigins.filter((o) => /^https?:\/\/[^\s;,']+$/.test(o))];
}

const HSTS = 'max-age=15552000; includeSubDomains';

/** Whether the request reached us over HTTPS (directly, or at a proxy we were told to trust). */
function overHttps(c: Context, trustProxy: boolean): boolean {
  if (c.req.url.startsWith('https:')) return true;
  return trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() === 'https';
}

export interface SecurityHeaderOptions {
  /** Believe X-Forwarded-Proto (only when TRUST_PROXY_HOPS > 0). */
  trustProxy?: boolean;
}

export function securityHeaders(allowedOrigins: readonly string[], options: SecurityHeaderOptions = {}): MiddlewareHandler<AppEnv> {
  const pages = headersFor(frameAncestors(allowedOrigins));
  const console = headersFor(["'none'"]);
  const trustProxy = options.trustProxy ?? false;
  return async (c, next) => {
    const path = c.req.path;
    const isConsole = path === '/console' || path.startsWith('/console/');
    await (isConsole ? console : pages)(c, next);
    if (overHttps(c, trustProxy)) c.res.headers.set('Strict-Transport-Security', HSTS);
  };
}

function headersFor(ancestors: string[]): MiddlewareHandler<AppEnv> {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // The widget and console style themselves with inline style attributes.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ancestors,
    },
    // widget.js is loaded by <script src> from other origins: same-origin here would block it.
    crossOriginResourcePolicy: 'cross-origin',
    // Framing is governed by frame-ancestors above; X-Frame-Options cannot express a list.
    xFrameOptions: ancestors[0] === "'none'" ? 'DENY' : ancestors.length === 1 && ancestors[0] === "'self'" ? 'SAMEORIGIN' : false,
    // Sent by the caller above, on HTTPS requests only.
    strictTransportSecurity: false,
    // Popups opened by an embedding page must keep working.
    crossOriginOpenerPolicy: false,
    referrerPolicy: 'strict-origin-when-cross-origin',
    permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
    overwrite: false,
  }) as MiddlewareHandler<AppEnv>;
}
