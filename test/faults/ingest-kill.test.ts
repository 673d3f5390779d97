/**
 * The process killed during ingest (SIGKILL: no cleanup, no shutdown hook), on the embedded
 * database. What a user sees: after a restart the service is ready and answers from the
 * previous index, as if the interrupted rebuild had never started; the next rebuild works.
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeGeneration } from '../../src/core/index/ingest.js';
import { openPglite } from '../../src/node/db-pglite.js';
import { startServer } from '../../scripts/bench/server.js';
import { embeddedEnv, indexedDataDir, ROOT, runIngest, type DataDirs } from './embedded-data.js';

let dirs: DataDirs;
beforeAll(async () => {
  dirs = await indexedDataDir();
}, 120_000);
afterAll(async () => dirs?.dispose());

/** Starts `ingest --force` and SIGKILLs it as soon as it reports storing rows. */
function killDuringStore(dataDir: string): Promise<{ out: string; signal: string | null }> {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/node/ingest-cli.ts', '--force'], {
      cwd: ROOT,
      env: embeddedEnv(dataDir),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let killed = false;
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      // "documents stored": the new generation's first rows are in; the rest is still to come.
      if (!killed && /\bstore\b.*documents stored/.test(out)) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (b: Buffer) => (out += b.toString()));
    child.once('error', rej);
    child.once('exit', (_code, signal) => res({ out, signal }));
  });
}

describe('process killed during ingest', () => {
  let dataDir: string;
  let before: { id: number; clauseCount: number };

  it('is killed in the middle of storing a new index', async () => {
    // The kill races the child: on a busy machine its output can reach us after it finished.
    // Such a late kill proves nothing, so try again on a fresh copy until one lands mid-build.
    let landed = false;
    for (let attempt = 1; attempt <= 4 && !landed; attempt++) {
      dataDir = await dirs.copy();
      const db = await openPglite(dataDir);
      before = (await activeGeneration(db))!;
      await db.close();
      expect(before.clauseCount).toBeGreaterThan(20);

      const { signal } = await killDuringStore(dataDir);
      expect(signal).toBe('SIGKILL');

      const after = await openPglite(dataDir);
      try {
        const gens = await after.query<{ id: number; status: string }>('select id, status from index_generations order by id');
        const active = await activeGeneration(after);
        // Whatever the timing, a complete index is active: the old one or the finished new one.
        expect(active?.clauseCount).toBe(before.clauseCount);
        // Mid-build: the interrupted build left rows behind, never activated.
        landed = gens.some((g) => g.status === 'building') && active?.id === before.id;
      } finally {
        await after.close();
      }
    }
    expect(landed).toBe(true);
  }, 240_000);

  it('restarts serving the previous index', async () => {
    const server = await startServer(embeddedEnv(dataDir, { RATE_LIMIT_PER_MINUTE: '0' }));
    try {
      const res = await fetch(`${server.baseUrl}/api/search?q=${encodeURIComponent('以工代训补贴')}&k=3`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { hits: { clause: string }[] };
      expect(body.hits.map((h) => h.clause)).toContain('六(一)');
    } finally {
      await server.stop();
    }
    const db = await openPglite(dataDir);
    try {
      expect((await activeGeneration(db))?.id).toBe(before.id);
    } finally {
      await db.close();
    }
  }, 120_000);

  it('rebuilds cleanly afterwards, clearing what the killed run left', async () => {
    await runIngest(dataDir, ['--force']);
    const db = await openPglite(dataDir);
    try {
      const active = (await activeGeneration(db))!;
      expect(active.id).toBeGreaterThan(before.id);
      expect(active.clauseCount).toBe(before.clauseCount);
      const gens = await db.query<{ id: number }>('select id from index_generations');
      expect(gens.map((g) => Number(g.id))).toEqual([active.id]);
    } finally {
      await db.close();
    }
  }, 120_000);
});
