/**
 * Admin authentication: `Authorization: Bearer <ADMIN_TOKEN>`. With no ADMIN_TOKEN set the
 * admin routes are switched off (403, saying so); a missing or wrong token is 401. Tokens are
 * compared through their SHA-256 digests in constant time, so response timing says nothing
 * about how much of a guess was right. Wrong tokens are throttled per client address and
 * logged with it (middleware/auth-throttle.ts): past the budget, 429 before any comparison.
 */
import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../errors.js';
import type { AuthThrottle } from '../middleware/auth-throttle.js';

async function digest(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

/** Equality of two strings in time that does not depend on where they differ. */
export async function constantTimeEqual(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([digest(a), digest(b)]);
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i]! ^ y[i]!;
  return diff === 0;
}

export function requireAdmin(adminToken: string | undefined, throttle?: AuthThrottle): MiddlewareHandler {
  return async (c, next) => {
    if (!adminToken) {
      throw new ApiError('forbidden', '管理接口未启用：服务没有设置 ADMIN_TOKEN（设置后用 Authorization: Bearer <token> 访问）');
    }
    await throttle?.check(c);
    const header = c.req.header('Authorization') ?? '';
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m || !(await constantTimeEqual(m[1]!, adminToken))) {
      await throttle?.fail(c, 'admin token');
      c.header('WWW-Authenticate', 'Bearer realm="admin"');
      throw new ApiError('unauthorized', '需要管理令牌：Authorization: Bearer <ADMIN_TOKEN>');
    }
    await next();
  };
}
