import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from '../../../../src/core/http/app.js';
import { securityHeaders } from '../../../../src/core/http/middleware/security-headers.js';

function app(origins: string[], trustProxy = false) {
  const a = new Hono<AppEnv>();
  a.use('*', securityHeaders(origins, { trustProxy }));
  a.get('/widget.js', (c) => c.body('console.log(1)', 200, { 'Content-Type': 'text/javascript' }));
  a.get('/console', (c) => c.html('<p>console</p>'));
  a.get('/page', (c) => {
    c.header('Content-Security-Policy', "default-src 'self'; script-src 'nonce-abc'");
    return c.html('<p>x</p>');
  });
  return a;
}

describe('security headers', () => {
  it('lets other sites load widget.js while keeping the usual protections', async () => {
    const res = await app(['*']).request('/widget.js');
    expect(res.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    const csp = res.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain('frame-ancestors *');
    expect(res.headers.get('X-Frame-Options')).toBeNull();
  });

  it('limits framing to the allowed origins when they are listed', async () => {
    const res = await app(['https://hrss.example.gov.cn', 'javascript:alert(1)']).request('/widget.js');
    const csp = res.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain("frame-ancestors 'self' https://hrss.example.gov.cn");
    expect(csp).not.toContain('javascript:');
  });

  it('keeps a page-specific policy set by the route', async () => {
    const res = await app(['*']).request('/page');
    expect(res.headers.get('Content-Security-Policy')).toBe("default-src 'self'; script-src 'nonce-abc'");
  });

  it("lets nobody frame the console, even when any site may frame the widget pages", async () => {
    for (const origins of [['*'], ['https://hrss.example.gov.cn']]) {
      const res = await app(origins).request('/console');
      expect(res.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
      expect(res.headers.get('X-Frame-Options')).toBe('DENY');
    }
  });

  it('sends HSTS over HTTPS only: never on a plain-HTTP request, nor on a forged X-Forwarded-Proto', async () => {
    expect((await app(['*']).request('http://svc.example/widget.js')).headers.get('Strict-Transport-Security')).toBeNull();
    const forged = await app(['*']).request('http://svc.example/widget.js', { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(forged.headers.get('Strict-Transport-Security')).toBeNull();
    expect((await app(['*']).request('https://svc.example/widget.js')).headers.get('Strict-Transport-Security')).toMatch(/max-age=\d+/);
    // Behind a trusted TLS-terminating proxy, its X-Forwarded-Proto counts.
    const proxied = await app(['*'], true).request('http://svc.example/widget.js', { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(proxied.headers.get('Strict-Transport-Security')).toMatch(/max-age=\d+/);
  });
});
