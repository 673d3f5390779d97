/**
 * The web doors over real HTTP (`app.request`) on a real indexed corpus: the widget script,
 * the demo page, the console and its assets, `/api/clauses`, and the staff-token gate.
 */
import { describe, expect, it } from 'vitest';
import { createApp } from '../../../src/core/http/app.js';
import { useTestContext } from '../../support/context.js';

const ctx = useTestContext({ env: { RATE_LIMIT_PER_MINUTE: '0', HOTLINE: '12333' } });

describe('GET /widget.js', () => {
  it('serves the widget as JavaScript, loadable from other origins, with the hotline baked in', async () => {
    const res = await ctx().app.request('/widget.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/javascript/);
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const body = await res.text();
    expect(body).toContain('data-widget');
    expect(body).toContain('"hotline":"12333"');
  });
});

describe('GET /', () => {
  it('embeds the widget the way a third party would and shows how', async () => {
    const res = await ctx().app.request('http://svc.example:8787/');
    expect(res.status).toBe(200);
    const html = await res.text();
    // Loaded from the page's own origin: the browser resolves it, not the Host header.
    expect(html).toMatch(/<script src="\/widget\.js" defer data-title=/);
    // The snippet to copy is shown escaped, as text.
    expect(html).toContain('&lt;script src=&quot;https://本服务的网址/widget.js&quot; defer');
    expect(html).toContain('ALLOWED_ORIGINS');
  });

  it('takes nothing from the Host header: a forged Host never reaches the page (cache poisoning)', async () => {
    const app = createApp({ ...ctx().deps, config: { ...ctx().config, PUBLIC_URL: 'https://zc.example.org' } });
    for (const host of ['evil.example', 'evil.example"><script>alert(1)</script>']) {
      const res = await app.request('http://svc.example:8787/', { headers: { Host: host, 'X-Forwarded-Host': host } });
      const html = await res.text();
      expect(html).not.toContain('evil.example');
      expect(html).toContain('&lt;script src=&quot;https://zc.example.org/widget.js&quot;');
    }
  });
});

describe('the console without a token configured', () => {
  it('serves the shell with every tool and its same-origin assets', async () => {
    const res = await ctx().app.request('/console');
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const hook of ['search-input', 'eligibility-form', 'clause-viewer', 'programs-table']) {
      expect(html).toContain(`data-console="${hook}"`);
    }
    expect(html).toContain('人工热线 12333');
    expect(html).not.toContain('退出登录');
    const js = await ctx().app.request('/assets/console.js');
    expect(js.headers.get('content-type')).toMatch(/^application\/javascript/);
    const css = await ctx().app.request('/assets/console.css');
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('lists every clause of the document in order, or one clause', async () => {
    const res = await ctx().app.request('/api/clauses');
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      documents: { docNo: string }[];
      clauses: { clause: string; ordinal: number; text: string; path: string[] }[];
    };
    expect(body.documents.map((d) => d.docNo)).toContain('郑政办〔2019〕63号');
    expect(body.clauses.length).toBeGreaterThan(20);
    const ordinals = body.clauses.map((c) => c.ordinal);
    expect(ordinals).toEqual([...ordinals].sort((a, b) => a - b));
    const one = (await (await ctx().app.request(`/api/clauses?clause=${encodeURIComponent('六(一)')}`)).json()) as typeof body;
    expect(one.clauses).toHaveLength(1);
    expect(one.clauses[0]!.text).toContain('以工代训');
  });

  it('refuses a malformed query with 400 naming the field', async () => {
    const res = await ctx().app.request(`/api/clauses?clause=${'x'.repeat(80)}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; fields: { path: string }[] } };
    expect(body.error.code).toBe('bad_request');
    expect(body.error.fields.map((f) => f.path)).toContain('clause');
  });
});

describe('the console behind CONSOLE_TOKEN', () => {
  const gated = () => createApp({ ...ctx().deps, config: { ...ctx().config, CONSOLE_TOKEN: 'staff-s3cret' } });
  const login = (app: ReturnType<typeof gated>, token: string) =>
    app.request('/console/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token }).toString(),
    });

  it('shows a login form instead of the console, and keeps its API closed', async () => {
    const app = gated();
    const page = await app.request('/console');
    expect(page.status).toBe(401);
    const html = await page.text();
    expect(html).toContain('data-console="login-form"');
    expect(html).not.toContain('data-console="search-input"');
    const api = await app.request('/api/clauses');
    expect(api.status).toBe(401);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
  });

  it('refuses a wrong token and says so', async () => {
    const res = await login(gated(), 'guess');
    expect(res.status).toBe(401);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(await res.text()).toContain('口令不正确');
  });

  it('lets staff in with the right token: a cookie the console page and its API calls carry', async () => {
    const app = gated();
    const res = await login(app, 'staff-s3cret');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/console');
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).not.toContain('staff-s3cret'); // a digest, never the token itself
    const cookie = setCookie.split(';')[0]!;
    const page = await app.request('/console', { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('退出登录');
    expect((await app.request('/api/clauses', { headers: { cookie } })).status).toBe(200);
    expect((await app.request('/api/clauses', { headers: { cookie: 'zz_console=forged' } })).status).toBe(401);
  });

  it('accepts the token as a bearer header for scripts', async () => {
    const app = gated();
    expect((await app.request('/api/clauses', { headers: { Authorization: 'Bearer staff-s3cret' } })).status).toBe(200);
    expect((await app.request('/api/clauses', { headers: { Authorization: 'Bearer staff-s3cre' } })).status).toBe(401);
  });

  it('signs out by clearing the cookie', async () => {
    const res = await gated().request('/console/logout', { method: 'POST' });
    expect(res.status).toBe(303);
    expect(res.headers.get('set-cookie')).toMatch(/zz_console=;.*Max-Age=0/i);
  });
});
