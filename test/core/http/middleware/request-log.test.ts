import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from '../../../../src/core/http/app.js';
import { accessLog, requestIdMiddleware } from '../../../../src/core/http/middleware/request-log.js';
import { createLogger } from '../../../../src/core/log.js';

function appWithLog() {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger({ write: (l) => lines.push(JSON.parse(l)) });
  const app = new Hono<AppEnv>();
  app.use('*', requestIdMiddleware());
  app.use('*', accessLog(log));
  app.get('/api/search', (c) => c.json({ id: c.get('requestId') }));
  return { app, lines };
}

describe('request id and access log', () => {
  it('echoes a caller-supplied X-Request-Id and logs it', async () => {
    const { app, lines } = appWithLog();
    const res = await app.request('/api/search?q=x', { headers: { 'X-Request-Id': 'abc-123_x' } });
    expect(res.headers.get('X-Request-Id')).toBe('abc-123_x');
    expect(await res.json()).toEqual({ id: 'abc-123_x' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'info', msg: 'request', requestId: 'abc-123_x', method: 'GET', path: '/api/search', status: 200 });
    expect(typeof lines[0]!.ms).toBe('number');
  });

  it('replaces an unsafe or missing id with a fresh one', async () => {
    const { app } = appWithLog();
    const a = await app.request('/api/search', { headers: { 'X-Request-Id': 'bad id<script>' } });
    const b = await app.request('/api/search');
    const idA = a.headers.get('X-Request-Id');
    const idB = b.headers.get('X-Request-Id');
    expect(idA).toMatch(/^[0-9a-f-]{36}$/);
    expect(idB).toMatch(/^[0-9a-f-]{36}$/);
    expect(idA).not.toBe(idB);
  });

  it('logs the path but never the query string', async () => {
    const { app, lines } = appWithLog();
    await app.request('/api/search?q=' + encodeURIComponent('我的手机13800138000能领补贴吗'));
    const out = JSON.stringify(lines);
    expect(out).not.toContain('13800138000');
    expect(out).not.toContain('q=');
  });
});
