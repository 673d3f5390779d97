/**
 * A database server that goes away and comes back: requests answer 503 with the error shape
 * meanwhile, and the service recovers by itself. The server is reached through a TCP relay
 * this test can cut and restore (the shared PostgreSQL itself stays up).
 */
import { createServer, connect, type Server, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createPostgresDb } from '../../src/core/db/postgres.js';
import { createApp } from '../../src/core/http/app.js';
import { createClauseStore } from '../../src/core/search/clause-store.js';
import { createLocalEmbedder } from '../../src/core/search/embedder.js';
import { createHybridSearch } from '../../src/core/search/hybrid.js';
import { createTestContext, TEST_DATABASE_URL } from '../support/context.js';

/** A TCP relay to host:port on `listenPort` (0 = any) that can be cut and restored. */
function relay(host: string, port: number) {
  let server: Server | undefined;
  const sockets = new Set<Socket>();
  return {
    async open(listenPort: number): Promise<number> {
      server = createServer((client) => {
        const upstream = connect(port, host);
        sockets.add(client).add(upstream);
        client.pipe(upstream).pipe(client);
        const drop = () => {
          client.destroy();
          upstream.destroy();
          sockets.delete(client);
          sockets.delete(upstream);
        };
        client.on('error', drop).on('close', drop);
        upstream.on('error', drop).on('close', drop);
      });
      await new Promise<void>((ok) => server!.listen(listenPort, '127.0.0.1', ok));
      return (server.address() as { port: number }).port;
    },
    async cut(): Promise<void> {
      for (const s of sockets) s.destroy();
      sockets.clear();
      await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
    },
  };
}

describe.runIf(TEST_DATABASE_URL)('database server down and back', () => {
  it('answers 503 while the server is unreachable and recovers without a restart', async () => {
    const t = await createTestContext({ dbKind: 'postgres' });
    const url = new URL(TEST_DATABASE_URL!);
    const r = relay(url.hostname, Number(url.port || 5432));
    const port = await r.open(0);
    const search_path = (await t.db.query<{ search_path: string }>('show search_path'))[0]!.search_path;
    const viaRelay = new URL(TEST_DATABASE_URL!);
    viaRelay.host = `127.0.0.1:${port}`;
    const db = createPostgresDb(viaRelay.toString(), { max: 2, searchPath: search_path, connectTimeout: 2 });
    const embedder = createLocalEmbedder();
    const app = createApp({ ...t.deps, db, search: createHybridSearch({ db, embedder }), clauses: createClauseStore(db) });
    const path = `/api/search?q=${encodeURIComponent('以工代训补贴')}&k=1`;
    try {
      expect((await app.request(path)).status).toBe(200);
      await r.cut();
      // A search may be answered from memory for up to a second (a kept reading of the index
      // generation, the result cache): past that, and with a question not asked before, it
      // needs the database.
      await new Promise((ok) => setTimeout(ok, 1_100));
      const down = await app.request(`/api/search?q=${encodeURIComponent('职业培训补贴标准')}&k=1`);
      expect(down.status).toBe(503);
      expect((await down.json()).error.code).toBe('unavailable');
      expect((await app.request('/readyz')).status).toBe(503);

      await r.open(port);
      const back = await app.request(path);
      expect(back.status).toBe(200);
      expect((await back.json()).hits[0].clause).toBe('六(一)');
      expect((await app.request('/readyz')).status).toBe(200);
    } finally {
      await db.close();
      await r.cut();
      await t.close();
    }
  }, 60_000);
});
