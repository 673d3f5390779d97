/** The middleware as mounted in the real app: limits, headers and rate limits on real routes. */
import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../../support/context.js';

const ctx = useTestContext({ env: { RATE_LIMIT_PER_MINUTE: '3', ALLOWED_ORIGINS: 'https://hrss.example.gov.cn' } });
const from = (ip: string, extra: Record<string, string> = {}) => ({ headers: { 'CF-Connecting-IP': ip, ...extra } });

describe('middleware in the app', () => {
  it('refuses an oversized question with 413 before reading it', async () => {
    const res = await ctx().app.request('/api/ask', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ question: '补贴'.repeat(40_000) }),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
  });

  it('puts the request id and security headers on API answers and errors alike', async () => {
    for (const path of ['/api/search?q=%E8%A1%A5%E8%B4%B4', '/api/search', '/no-such-page']) {
      const res = await ctx().app.request(path, { headers: { 'X-Request-Id': 'mw-1' } });
      expect(res.headers.get('X-Request-Id')).toBe('mw-1');
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(res.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'self' https://hrss.example.gov.cn");
    }
  });

  it('rate-limits a client on the public API with 429, Retry-After and CORS headers the widget can read', async () => {
    const origin = { Origin: 'https://hrss.example.gov.cn' };
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 4; i++) {
      last = await ctx().app.request('/api/search?q=%E8%A1%A5%E8%B4%B4', from('198.51.100.7', origin));
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(Number(last!.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(last!.headers.get('Access-Control-Allow-Origin')).toBe('https://hrss.example.gov.cn');
    expect(((await last!.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
    // Another client, and the health check, are not affected.
    expect((await ctx().app.request('/api/search?q=%E8%A1%A5%E8%B4%B4', from('198.51.100.8'))).status).toBe(200);
    expect((await ctx().app.request('/healthz', from('198.51.100.7'))).status).toBe(200);
  });
});
