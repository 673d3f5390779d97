/**
 * The embedded database after a hard kill: the server (npm start's program, PGlite in
 * DATA_DIR) is SIGKILLed while requests that write to the database are in flight, then
 * started again on the same folder. What a user sees: the service is back and answers; what
 * it had acknowledged before the kill is still there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '../../src/node/db-pglite.js';
import { startServer, type RunningServer } from '../../scripts/bench/server.js';
import { embeddedEnv, indexedDataDir, type DataDirs } from './embedded-data.js';

let dirs: DataDirs;
beforeAll(async () => {
  dirs = await indexedDataDir();
}, 120_000);
afterAll(async () => dirs?.dispose());

interface Sent {
  kind: 'search' | 'ask';
  status: number | 'dropped';
  sessionId?: string;
}

/** Searches (each one counted in the rate-limit table) and questions (each one logged), 4 at a time, until `stop()`. */
function trafficUntilStopped(server: RunningServer) {
  const sent: Sent[] = [];
  let running = true;
  let n = 0;
  const loops = Array.from({ length: 4 }, async (_, w) => {
    while (running) {
      const kind = (n + w) % 2 === 0 ? 'search' : 'ask';
      const sessionId = `hardkill-${process.pid}-${++n}`;
      try {
        const res =
          kind === 'search'
            ? await fetch(`${server.baseUrl}/api/search?q=${encodeURIComponent('职业技能提升')}`)
            : await fetch(`${server.baseUrl}/api/ask`, {
                method: 'POST',
                headers: { 'Content-Type': 'application/json' },
                body: JSON.stringify({ question: '企业职工培训有补贴吗', sessionId }),
              });
        await res.arrayBuffer();
        sent.push({ kind, status: res.status, ...(kind === 'ask' ? { sessionId } : {}) });
      } catch {
        sent.push({ kind, status: 'dropped' });
        await new Promise((r) => setTimeout(r, 20));
      }
    }
  });
  return {
    sent,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

describe('embedded database reopened after a hard kill', () => {
  it('comes back, serves, and kept every write it had acknowledged', async () => {
    const dataDir = await dirs.copy();
    // A high limit: every search is counted (a database write), none is refused.
    const env = embeddedEnv(dataDir, { RATE_LIMIT_PER_MINUTE: '1000000' });
    const first = await startServer(env);
    const traffic = trafficUntilStopped(first);
    // Killed once writes are flowing (several searches acknowledged) and more are in flight:
    // waiting on that, not on a fixed time, holds on a slow machine too.
    const acknowledged = (kind: Sent['kind']) => traffic.sent.filter((s) => s.kind === kind && s.status === 200).length;
    for (let i = 0; i < 1500 && (acknowledged('search') <= 5 || acknowledged('ask') === 0); i++) {
      await new Promise((r) => setTimeout(r, 20));
    }
    first.child.kill('SIGKILL');
    await new Promise<void>((r) => (first.child.exitCode !== null || first.child.signalCode ? r() : first.child.once('exit', () => r())));
    await traffic.stop();
    expect(first.child.signalCode).toBe('SIGKILL');

    const searchesOk = traffic.sent.filter((s) => s.kind === 'search' && s.status === 200).length;
    expect(searchesOk).toBeGreaterThan(5);
    expect(traffic.sent.filter((s) => typeof s.status === 'number' && s.status >= 500)).toEqual([]);

    const second = await startServer(env);
    try {
      const res = await fetch(`${second.baseUrl}/api/search?q=${encodeURIComponent('以工代训补贴')}&k=3`);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { hits: unknown[] }).hits.length).toBeGreaterThan(0);
    } finally {
      await second.stop();
    }

    const db = await openPglite(dataDir);
    try {
      // Every search answered before the kill was counted first: the count survived.
      const [row] = await db.query<{ n: number }>('select coalesce(sum(hits), 0)::int as n from rate_limit_hits');
      expect(row!.n).toBeGreaterThanOrEqual(searchesOk);
      const answered = traffic.sent.filter((s) => s.kind === 'ask' && s.status === 200).map((s) => s.sessionId!);
      if (answered.length > 0) {
        const logged = await db.query<{ session_id: string }>('select distinct session_id from question_log where session_id = any($1::text[])', [answered]);
        expect(new Set(logged.map((r) => r.session_id)).size).toBe(answered.length);
      }
    } finally {
      await db.close();
    }
  }, 180_000);
});
