/**
 * `npm start` as a user runs it: a real process, a real port, a real data folder.
 * First start indexes; a restart with the same corpus does not, and is ready in under 5 s;
 * SIGTERM stops it cleanly; a bad setting stops it with a message naming the setting.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const dirs: string[] = [];
const children = new Set<ChildProcess>();
afterAll(async () => {
  // A failed assertion must not leave a server running.
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGTERM'); // tsx relays it to the server
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

interface Started {
  child: ChildProcess;
  output: () => string;
  readyMs: number;
}

/** Starts `src/node/main.ts` and resolves once it printed its URL. */
function start(env: Record<string, string>): Promise<Started> {
  const t0 = Date.now();
  const child = spawn(TSX, ['src/node/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let out = '';
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      fail(new Error(`no "listening" line in 60 s:\n${out}`));
    }, 60_000);
    const onData = (b: Buffer) => {
      out += b.toString();
      if (/listening on http:\/\/localhost:\d+/.test(out)) {
        clearTimeout(timer);
        ok({ child, output: () => out, readyMs: Date.now() - t0 });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`exited with ${code} before listening:\n${out}`));
    });
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((ok) => {
    child.once('exit', (code) => ok(code));
    child.kill('SIGTERM');
  });
}

describe('npm start (embedded PGlite)', () => {
  it('indexes on first start, not on restart, serves search, and stops cleanly on SIGTERM', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'zz-main-'));
    dirs.push(dataDir);
    const port = await freePort();
    const env = { DATA_DIR: dataDir, PORT: String(port) };

    const first = await start(env);
    expect(first.output()).toMatch(/\[ingest\] done indexed 1 document/);
    expect(first.output()).toContain(`http://localhost:${port}`);
    const res = await fetch(`http://127.0.0.1:${port}/api/search?q=${encodeURIComponent('以工代训补贴')}&k=1`);
    expect(res.status).toBe(200);
    expect((await res.json()).hits[0].clause).toBe('六(一)');
    expect(await stop(first.child)).toBe(0);
    expect(first.output()).toContain('stopped');

    const second = await start(env);
    expect(second.output()).toMatch(/index is up to date/);
    expect(second.output()).not.toMatch(/\[ingest\] (embed|store)/);
    // The service's own figure (from process start, module loading included).
    const readyIn = Number(/ready in (\d+) ms/.exec(second.output())?.[1]);
    expect(readyIn).toBeLessThan(5000);
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    expect(await stop(second.child)).toBe(0);
  }, 120_000);

  it('refuses a bad setting with a message naming it', async () => {
    const child = spawn(TSX, ['src/node/main.ts'], { cwd: ROOT, env: { ...process.env, PORT: 'eighty' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr!.on('data', (b: Buffer) => (err += b.toString()));
    const code = await new Promise<number | null>((ok) => child.once('exit', ok));
    expect(code).toBe(2);
    expect(err).toMatch(/PORT/);
  }, 30_000);
});
