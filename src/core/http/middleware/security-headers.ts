/**
 * Security headers for every response. The API is called from other sites (the widget is
 * embedded on third-party pages), so resources are marked cross-origin readable and the
 * pages may be framed by the origins in `ALLOWED_ORIGINS`; everything else is locked down.
 * A route that needs its own policy (a page with a nonce) may set the header itself: it is
 * kept, not overwritten.
 */
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from '../app.js';

/** `frame-ancestors` sources from the allowed origins: `*` allows any page to frame us. */
export function frameAncestors(allowedOrigins: readonly string[]): string[] {
  if (allowedOrigins.includes('*')) return ['*'];
  return ["'self'", ...allowedOrigins.filter((o) => /^https?:\/\/[^\s;,']+$/.test(o))];
}

export function securityHeaders(allowedOrigins: readonly string[]): MiddlewareHandler<AppEnv> {
  const ancestors = frameAncestors(allowedOrigins);
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
    xFrameOptions: ancestors.length === 1 && ancestors[0] === "'self'" ? 'SAMEORIGIN' : false,
    // Popups opened by an embedding page must keep working.
    crossOriginOpenerPolicy: false,
    referrerPolicy: 'strict-origin-when-cross-origin',
    permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
    overwrite: false,
  }) as MiddlewareHandler<AppEnv>;
}
