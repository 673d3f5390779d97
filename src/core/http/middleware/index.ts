/**
 * The middleware every request passes through, in order: request id, access log, security
 * headers, body limit, the rate limit on the public API (`/api/*`) and the per-address limit
 * of the WeChat callbacks (`/wechat/*`, counted before any signature check, so forged
 * senders from one address are limited too). `createApp` calls `applyMiddleware` before
 * mounting any route, so every route is covered.
 */
import type { Hono } from 'hono';
import type { AppEnv } from '../app.js';
import type { AppDeps } from '../deps.js';
import { requestBodyLimit } from './body-limit.js';
import { clientAddressResolver } from './client-address.js';
import { rateLimit } from './rate-limit.js';
import { accessLog, requestIdMiddleware } from './request-log.js';
import { securityHeaders } from './security-headers.js';

export function applyMiddleware(app: Hono<AppEnv>, deps: AppDeps): void {
  app.use('*', requestIdMiddleware());
  app.use('*', accessLog(deps.log));
  app.use('*', securityHeaders(deps.config.ALLOWED_ORIGINS, { trustProxy: deps.config.TRUST_PROXY_HOPS > 0 }));
  app.use('*', requestBodyLimit());
  const shared = {
    db: deps.db,
    clientAddress: deps.clientAddress ?? clientAddressResolver(deps.config.TRUST_PROXY_HOPS),
    ...(deps.now ? { now: deps.now } : {}),
    ...(deps.log ? { log: deps.log } : {}),
  };
  app.use('/api/*', rateLimit({ ...shared, limit: deps.config.RATE_LIMIT_PER_MINUTE }));
  app.use('/wechat/*', rateLimit({ ...shared, limit: deps.config.WECHAT_RATE_LIMIT_PER_ADDRESS, scope: 'wechat' }));
}
