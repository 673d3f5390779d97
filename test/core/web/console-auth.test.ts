/**
 * Guessing the staff and admin tokens, and what a console login is worth after logout, over
 * real HTTP against the real app and database: wrong tokens are throttled per address and
 * logged with it, the session is kept server-side, ends at logout and expires.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/core/config.js';
import { createApp } from '../../../src/core/http/app.js';
import { useTestContext } from '../../support/context.js';
import { listen, type Served } from '../../support/listen.js';

const CONSOLE_TOKEN = 'staff-token-0123456789';
const ADMIN_TOKEN = 'admin-token-0123456789';
const clock = { t: Date.parse('2026-11-30T08:00:00Z') };

const ctx = useTestContext({
  documents: false,
  env: { CONSOLE_TOKEN, ADMIN_TOKEN, AUTH_FAILURES_PER_15_MINUTES: '5', CONSOLE_SESSION_HOURS: '12' },
  deps: { now: () => new Date(clock.t) },
});

let served: Served;
beforeAll(async () => {
  served = await listen(ctx().app);
});
afterAll(() => served.close());

const login = (token: string) =>
  fetch(`${served.origin}/console/login`, {
    method: 'POST',
    body: new URLSearchParams({ token }),
    redirect: 'manual',
  });

/** The session cookie a successful login set (`name=value`). */
function cookieOf(res: Response): string {
  const set = res.headers.get('set-cookie') ?? '';
  const m = /zz_console=([^;]+)/.exec(set);
  if (!m) throw new Error(`no session cookie in: ${set}`);
  return `zz_console=${m[1]}`;
}

const consoleWith = (cookie: string) => fetch(`${served.origin}/console`, { headers: { cookie } });

describe('the console session', () => {
  it('ends on the server at logout: the old cookie no longer opens the console', async () => {
    const res = await login(CONSOLE_TOKEN);
    expect(res.status).toBe(303);
    const cookie = cookieOf(res);
    // The cookie is a random session id, not derived from the token.
    expect(cookie).not.toContain(CONSOLE_TOKEN);
    expect((await consoleWith(cookie)).status).toBe(200);
    const out = await fetch(`${served.origin}/console/logout`, { method: 'POST', headers: { cookie }, redirect: 'manual' });
    expect(out.status).toBe(303);
    // Someone who copied the cookie before the logout gets the login page.
    expect((await consoleWith(cookie)).status).toBe(401);
    expect((await fetch(`${served.origin}/api/clauses`, { headers: { cookie } })).status).toBe(401);
  });

  it('expires after CONSOLE_SESSION_HOURS', async () => {
    const cookie = cookieOf(await login(CONSOLE_TOKEN));
    clock.t += 11 * 3600_000;
    expect((await consoleWith(cookie)).status).toBe(200);
    clock.t += 2 * 3600_000;
    expect((await consoleWith(cookie)).status).toBe(401);
  });

  it('two logins are two sessions: logging one out leaves the other', async () => {
    const a = cookieOf(await login(CONSOLE_TOKEN));
    const b = cookieOf(await login(CONSOLE_TOKEN));
    await fetch(`${served.origin}/console/logout`, { method: 'POST', headers: { cookie: a }, redirect: 'manual' });
    expect((await consoleWith(a)).status).toBe(401);
    expect((await consoleWith(b)).status).toBe(200);
  });
});

describe('guessing the console token', () => {
  it('throttles wrong logins per address, logs each with the address, and then refuses even the right one', async () => {
    clock.t += 60 * 60_000; // a fresh 15-minute window
    const logsBefore = ctx().logs.length;
    for (let i = 0; i < 5; i++) expect((await login(`guess-${i}-xxxxxxxxxxxx`)).status).toBe(401);
    const sixth = await login(CONSOLE_TOKEN);
    expect(sixth.status).toBe(429);
    expect(await sixth.text()).toContain('次数过多');
    const refusals = ctx().logs.slice(logsBefore).filter((l) => l.msg.includes('console login refused'));
    expect(refusals).toHaveLength(5);
    expect(refusals[0]!.fields?.clientAddress).toBe('127.0.0.1');
    // A bearer guess at the console API counts against the same budget.
    expect((await fetch(`${served.origin}/api/clauses`, { headers: { Authorization: 'Bearer nope-nope-nope-nope' } })).status).toBe(429);
    // The window ends; the right token works again.
    clock.t += 15 * 60_000;
    expect((await login(CONSOLE_TOKEN)).status).toBe(303);
  });
});

describe('guessing the admin token', () => {
  it('throttles wrong admin tokens per address and logs them with the address', async () => {
    clock.t += 60 * 60_000;
    const logsBefore = ctx().logs.length;
    const stats = (token: string) => fetch(`${served.origin}/admin/stats`, { headers: { Authorization: `Bearer ${token}` } });
    for (let i = 0; i < 5; i++) expect((await stats(`wrong-admin-${i}-xxxxxxxx`)).status).toBe(401);
    const blocked = await stats(ADMIN_TOKEN);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    const refusals = ctx().logs.slice(logsBefore).filter((l) => l.msg.includes('admin token refused'));
    expect(refusals).toHaveLength(5);
    expect(refusals.every((l) => l.fields?.clientAddress === '127.0.0.1')).toBe(true);
    // Nothing of the guesses reaches the log.
    expect(JSON.stringify(refusals)).not.toContain('wrong-admin');
    clock.t += 15 * 60_000;
    expect((await stats(ADMIN_TOKEN)).status).toBe(200);
  });

  it('keeps other addresses unaffected (a second replica, the same database, another client)', async () => {
    clock.t += 60 * 60_000;
    const app = createApp({ ...ctx().deps, clientAddress: () => '192.0.2.44' });
    for (let i = 0; i < 5; i++) {
      await app.request('/admin/stats', { headers: { Authorization: `Bearer wrong-${i}-xxxxxxxxxxxxxx` } });
    }
    expect((await app.request('/admin/stats', { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } })).status).toBe(429);
    const ok = await fetch(`${served.origin}/admin/stats`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(ok.status).toBe(200);
  });
});

describe('short tokens', () => {
  it('are refused by the settings, naming each (ADMIN_TOKEN=a was accepted before)', () => {
    expect(() => loadConfig({ ADMIN_TOKEN: 'a' })).toThrow(/ADMIN_TOKEN: must be at least 16 characters/);
    expect(() => loadConfig({ CONSOLE_TOKEN: 'staff-2020' })).toThrow(/CONSOLE_TOKEN/);
    expect(loadConfig({ ADMIN_TOKEN: ADMIN_TOKEN, CONSOLE_TOKEN: '' }).CONSOLE_TOKEN).toBeUndefined();
  });
});
