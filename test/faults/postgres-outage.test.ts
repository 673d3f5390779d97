/**
 * The PostgreSQL server goes away under traffic and comes back (see ./tcp-proxy.ts for how
 * the outage is made). What a user sees: answers while it is up, a 503 with the one error
 * shape (never a 500, never a hang) while it is down, answers again once it is back, with no
 * restart. Nothing lost: every question that got an answer has its row in the question log.
 * Runs only with a server (TEST_DATABASE_URL), in a schema of its own.
 */
import { createScratchSchema, dropScratchSchema } from '../support/scratch-schema.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config.js';
import { createPostgresDb } from '../../src/core/db/postgres.js';
import type { Db } from '../../src/core/db/types.js';
import { createApp } from '../../src/core/http/app.js';
import { prepareService } from '../../src/node/bootstrap.js';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.js';

const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || undefined;

interface Outcome {
  kind: 'ask' | 'search';
  status: number;
  code?: string;
  sessionId?: string;
  ms: number;
}

describe.runIf(TEST_DATABASE_URL)('PostgreSQL stopped and started again under traffic', () => {
  const schema = `f_${Date.now().toString(36)}_${process.pid}`;
  let proxy: TcpProxy;
  let db: Db;
  let app: ReturnType<typeof createApp>;
  let seq = 0;

  beforeAll(async () => {
    await createScratchSchema(TEST_DATABASE_URL!, schema);
    const target = new URL(TEST_DATABASE_URL!);
    proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
    const viaProxy = new URL(TEST_DATABASE_URL!);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    db = createPostgresDb(viaProxy.toString(), { max: 4, connectTimeout: 2, searchPath: `${schema},public` });
    const config = loadConfig({ DATABASE_URL: viaProxy.toString(), RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'error' });
    const prepared = await prepareService({ config, db, log: () => {} });
    app = createApp(prepared.deps);
  }, 120_000);

  afterAll(async () => {
    await db?.close().catch(() => {});
    await proxy?.close();
    await dropScratchSchema(TEST_DATABASE_URL!, schema);
  }, 60_000);

  async function one(kind: 'ask' | 'search'): Promise<Outcome> {
    const t0 = performance.now();
    let res: Response;
    let sessionId: string | undefined;
    if (kind === 'ask') {
      sessionId = `fault-${process.pid}-${++seq}`;
      res = await app.request('/api/ask', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ question: '以工代训补贴标准是多少？', sessionId }),
      });
    } else {
      res = await app.request(`/api/search?q=${encodeURIComponent('职业培训补贴')}&k=3`);
    }
    const body = (await res.json().catch(() => ({}))) as { error?: { code?: string } };
    return { kind, status: res.status, ms: performance.now() - t0, ...(body.error?.code ? { code: body.error.code } : {}), ...(sessionId ? { sessionId } : {}) };
  }

  /** Sends a mix of questions and searches, four at a time, for `ms` milliseconds. */
  async function traffic(ms: number): Promise<Outcome[]> {
    const out: Outcome[] = [];
    const until = Date.now() + ms;
    await Promise.all(
      Array.from({ length: 4 }, async (_, w) => {
        for (let i = 0; Date.now() < until; i++) out.push(await one((i + w) % 2 === 0 ? 'ask' : 'search'));
      }),
    );
    return out;
  }

  const all: Outcome[] = [];

  it('answers while the server is up', async () => {
    const up = await traffic(1500);
    all.push(...up);
    expect(up.length).toBeGreaterThan(4);
    expect(up.filter((o) => o.status !== 200)).toEqual([]);
  }, 60_000);

  it('answers 503 with the error shape while it is down, quickly, and never a 500', async () => {
    await proxy.cut();
    const down = await traffic(2500);
    all.push(...down);
    expect(down.length).toBeGreaterThan(4);
    expect(down.filter((o) => o.status >= 500 && o.status !== 503)).toEqual([]);
    const unavailable = down.filter((o) => o.status === 503);
    expect(unavailable.length).toBeGreaterThan(down.length / 2);
    expect(unavailable.every((o) => o.code === 'unavailable')).toBe(true);
    // A user waits at most the connect timeout, not forever.
    expect(Math.max(...down.map((o) => o.ms))).toBeLessThan(8000);
    expect((await app.request('/healthz')).status).toBe(200);
    expect((await app.request('/readyz')).status).toBe(503);
  }, 60_000);

  it('recovers by itself once the server is back, without a restart', async () => {
    await proxy.restore();
    const deadline = Date.now() + 20_000;
    let first: Outcome | undefined;
    while (Date.now() < deadline) {
      first = await one('search');
      if (first.status === 200) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(first?.status).toBe(200);
    const back = await traffic(1500);
    all.push(...back);
    expect(back.filter((o) => o.status !== 200)).toEqual([]);
    expect((await app.request('/readyz')).status).toBe(200);
  }, 60_000);

  it('lost no question-log row: every answered question is in the log', async () => {
    const answered = all.filter((o) => o.kind === 'ask' && o.status === 200).map((o) => o.sessionId!);
    expect(answered.length).toBeGreaterThan(2);
    // The log may be written just after the answer; give it a moment, then look.
    let missing: string[] = answered;
    for (let i = 0; i < 20 && missing.length > 0; i++) {
      const rows = await db.query<{ session_id: string }>('select distinct session_id from question_log where session_id = any($1::text[])', [answered]);
      const logged = new Set(rows.map((r) => r.session_id));
      missing = answered.filter((s) => !logged.has(s));
      if (missing.length) await new Promise((r) => setTimeout(r, 250));
    }
    expect(missing).toEqual([]);
  }, 60_000);
});
