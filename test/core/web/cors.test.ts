/**
 * CORS of the public API: configured origins may call it from a browser; any other origin
 * is refused with 403 and a body that names the origin; preflights are answered.
 */
import { describe, expect, it } from 'vitest';
import { createApp } from '../../../src/core/http/app.js';
import { isOriginAllowed, normalizeOrigin } from '../../../src/core/http/cors.js';
import { useTestContext } from '../../support/context.js';

const ctx = useTestContext({ env: { RATE_LIMIT_PER_MINUTE: '0', ALLOWED_ORIGINS: 'https://allowed.example, https://Other.Example/' } });
const search = `/api/search?q=${encodeURIComponent('以工代训')}`;

describe('origin matching', () => {
  it('compares origins without case or trailing slash, and * allows any', () => {
    expect(normalizeOrigin('https://Other.Example/')).toBe('https://other.example');
    expect(isOriginAllowed('https://other.example', ['https://Other.Example/'])).toBe(true);
    expect(isOriginAllowed('https://other.example.evil', ['https://other.example'])).toBe(false);
    expect(isOriginAllowed('http://allowed.example', ['https://allowed.example'])).toBe(false);
    expect(isOriginAllowed('null', ['*'])).toBe(true);
  });
});

describe('a configured origin', () => {
  it('gets its preflight answered', async () => {
    const res = await ctx().app.request('/api/ask', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://allowed.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://allowed.example');
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    expect(res.headers.get('access-control-allow-headers')).toBe('content-type');
  });

  it('reads API answers (and API errors) cross-origin', async () => {
    const ok = await ctx().app.request(search, { headers: { Origin: 'https://other.example' } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://other.example');
    expect(ok.headers.get('vary')).toMatch(/Origin/);
    const missing = await ctx().app.request('/api/no-such-thing', { headers: { Origin: 'https://allowed.example' } });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('access-control-allow-origin')).toBe('https://allowed.example');
  });
});

describe('an origin not configured', () => {
  it('is refused with 403 and an error body naming the origin', async () => {
    const res = await ctx().app.request(search, { headers: { Origin: 'https://intruder.example' } });
    expect(res.status).toBe(403);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('forbidden');
    expect(body.error.message).toContain('https://intruder.example');
    expect(body.error.message).toContain('ALLOWED_ORIGINS');
  });

  it('gets its preflight refused', async () => {
    const res = await ctx().app.request('/api/ask', {
      method: 'OPTIONS',
      headers: { Origin: 'https://intruder.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-methods')).toBeNull();
  });

  it('does not affect same-origin pages, requests without Origin, or non-API pages', async () => {
    const same = await ctx().app.request(`http://svc.local${search}`, { headers: { Origin: 'http://svc.local', Host: 'svc.local' } });
    expect(same.status).toBe(200);
    expect((await ctx().app.request(search)).status).toBe(200);
    expect((await ctx().app.request('/widget.js', { headers: { Origin: 'https://intruder.example' } })).status).toBe(200);
  });
});

describe('the default (*)', () => {
  it('lets any origin call the API', async () => {
    const open = createApp({ ...ctx().deps, config: { ...ctx().config, ALLOWED_ORIGINS: ['*'] } });
    const res = await open.request(search, { headers: { Origin: 'https://anyone.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });
});
