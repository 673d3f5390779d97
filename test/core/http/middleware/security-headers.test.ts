import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from '../../../../src/core/http/app.js';
import { securityHeaders } from '../../../../src/core/http/middleware/security-headers.js';

function app(origins: string[]) {
  const a = new Hono<AppEnv>();
  a.use('*', securityHeaders(origins));
  a.get('/widget.js', (c) => c.body('console.log(1)', 200, { 'Content-Type': 'text/javascript' }));
  a.get('/console', (c) => {
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
    expect(res.headers.get('Strict-Transport-Security')).toMatch(/max-age=\d+/);
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
    const res = await app(['*']).request('/console');
    expect(res.headers.get('Content-Security-Policy')).toBe("default-src 'self'; script-src 'nonce-abc'");
  });
});
