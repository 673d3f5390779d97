import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEnv } from '../../../../src/core/http/app.js';
import { ApiError, errorResponse } from '../../../../src/core/http/errors.js';
import { rateLimit } from '../../../../src/core/http/middleware/rate-limit.js';
import { migrate } from '../../../../src/core/db/migrate.js';
import type { Db } from '../../../../src/core/db/types.js';
import { openPglite } from '../../../../src/node/db-pglite.js';
import { loadMigrations } from '../../../../src/node/migrations-fs.js';

let db: Db;
beforeAll(async () => {
  db = await openPglite('memory://');
  const all = await loadMigrations();
  // Only the rate-limit table is needed here; other ranges belong to other parts.
  await migrate(db, all.filter((m) => m.name.startsWith('030_')));
});
afterAll(async () => db.close());

/** One replica of the service: its own app, the shared database, a clock the test moves. */
function replica(limit: number, clock: { t: number }, shared: Db = db) {
  const app = new Hono<AppEnv>();
  app.onError((err, c) => (err instanceof ApiError ? errorResponse(c, err) : c.text('boom', 500)));
  app.use('/api/*', rateLimit({ db: shared, limit, now: () => new Date(clock.t) }));
  app.get('/api/search', (c) => c.json({ hits: [] }));
  app.get('/healthz', (c) => c.json({ ok: true }));
  return app;
}

const from = (ip: string) => ({ headers: { 'CF-Connecting-IP': ip } });

describe('public API rate limit', () => {
  it('answers 429 with the error shape and Retry-After once a client is over its budget', async () => {
    const clock = { t: Date.parse('2026-03-01T10:00:10Z') };
    const app = replica(3, clock);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await app.request('/api/search?q=x', from('10.0.0.1'))).status);
    expect(statuses).toEqual([200, 200, 200]);
    const res = await app.request('/api/search?q=x', from('10.0.0.1'));
    expect(res.status).toBe(429);
    expect(res.headers.get('Retry-After')).toBe('50');
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('rate_limited');
    expect(body.error.message).toContain('50');
  });

  it('counts each client separately and leaves non-API paths alone', async () => {
    const clock = { t: Date.parse('2026-03-01T11:00:00Z') };
    const app = replica(1, clock);
    expect((await app.request('/api/search', from('10.0.0.2'))).status).toBe(200);
    expect((await app.request('/api/search', from('10.0.0.2'))).status).toBe(429);
    expect((await app.request('/api/search', from('10.0.0.3'))).status).toBe(200);
    expect((await app.request('/healthz', from('10.0.0.2'))).status).toBe(200);
  });

  it('shares one budget across replicas on the same database', async () => {
    const clock = { t: Date.parse('2026-03-01T12:00:00Z') };
    const a = replica(4, clock);
    const b = replica(4, clock);
    const seen: number[] = [];
    for (let i = 0; i < 6; i++) seen.push((await (i % 2 ? b : a).request('/api/search', from('10.0.0.4'))).status);
    expect(seen).toEqual([200, 200, 200, 200, 429, 429]);
  });

  it('gives a fresh budget in the next minute and clears old windows', async () => {
    const clock = { t: Date.parse('2026-03-01T13:00:00Z') };
    const app = replica(1, clock);
    expect((await app.request('/api/search', from('10.0.0.5'))).status).toBe(200);
    expect((await app.request('/api/search', from('10.0.0.5'))).status).toBe(429);
    clock.t += 60_000;
    expect((await app.request('/api/search', from('10.0.0.5'))).status).toBe(200);
    clock.t += 180_000;
    await app.request('/api/search', from('10.0.0.5'));
    const old = await db.query<{ n: number }>('select count(*)::int as n from rate_limit_hits where window_start < $1', [
      new Date(clock.t - 120_000).toISOString(),
    ]);
    expect(old[0]!.n).toBe(0);
  });

  it('stores a hash, never the address', async () => {
    const rows = await db.query<{ client_key: string }>('select client_key from rate_limit_hits');
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.client_key).not.toMatch(/10\.0\.0/);
  });

  it('lets traffic through when the database cannot count (the route reports the outage itself)', async () => {
    const broken = await openPglite('memory://');
    await broken.close();
    const app = replica(1, { t: Date.now() }, broken);
    expect((await app.request('/api/search', from('10.0.0.6'))).status).toBe(200);
    expect((await app.request('/api/search', from('10.0.0.6'))).status).toBe(200);
  });

  it('is off when the limit is 0', async () => {
    const app = replica(0, { t: Date.now() });
    for (let i = 0; i < 5; i++) expect((await app.request('/api/search', from('10.0.0.7'))).status).toBe(200);
  });
});
