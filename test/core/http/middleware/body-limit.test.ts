import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from '../../../../src/core/http/app.js';
import { ApiError, errorResponse } from '../../../../src/core/http/errors.js';
import { BODY_LIMITS, requestBodyLimit } from '../../../../src/core/http/middleware/body-limit.js';

function app() {
  const a = new Hono<AppEnv>();
  a.onError((err, c) => (err instanceof ApiError ? errorResponse(c, err) : c.text('boom', 500)));
  a.use('*', requestBodyLimit());
  a.post('/api/ask', async (c) => c.json({ len: (await c.req.text()).length }));
  a.post('/admin/documents', async (c) => c.json({ len: (await c.req.text()).length }));
  return a;
}

describe('request body limits', () => {
  it('accepts a normal question', async () => {
    const res = await app().request('/api/ask', { method: 'POST', body: JSON.stringify({ question: '培训补贴怎么领' }) });
    expect(res.status).toBe(200);
  });

  it('refuses an oversized public API body with 413 and the error shape', async () => {
    const res = await app().request('/api/ask', { method: 'POST', body: 'x'.repeat(BODY_LIMITS.api + 1) });
    expect(res.status).toBe(413);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('payload_too_large');
    expect(body.error.message).toContain('64 KiB');
  });

  it('counts streamed bodies without a Content-Length too', async () => {
    const chunk = new TextEncoder().encode('y'.repeat(16 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(ctrl) {
        if (sent++ < 8) ctrl.enqueue(chunk);
        else ctrl.close();
      },
    });
    const res = await app().request('/api/ask', { method: 'POST', body: stream, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
  });

  it('lets the admin document upload carry more than the public API', async () => {
    const res = await app().request('/admin/documents', { method: 'POST', body: 'z'.repeat(BODY_LIMITS.api * 4) });
    expect(res.status).toBe(200);
  });

  it('checks a declared Content-Length over real HTTP and still hands the route the whole body', async () => {
    const server = serve({ fetch: app().fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const question = JSON.stringify({ question: '以工代训补贴'.repeat(100) });
      const ok = await fetch(`${base}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: question });
      expect(ok.status).toBe(200);
      expect(((await ok.json()) as { len: number }).len).toBe(question.length);

      const big = await fetch(`${base}/api/ask`, { method: 'POST', body: 'x'.repeat(BODY_LIMITS.api + 1) });
      expect(big.status).toBe(413);
      expect(((await big.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
