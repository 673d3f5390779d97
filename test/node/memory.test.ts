/**
 * The embedded default's memory footprint (issue 7: the whole process ≤ 300 MiB resident).
 *
 * - PGlite opened by `openPglite` really runs with the small-footprint Postgres settings.
 * - A new data folder (initialised in a child process) is an ordinary cluster: pgvector
 *   works in it and what was written is there after a reopen.
 * - `npm start`'s compiled program (the "build" script's output, run by plain Node) starts on
 *   a new folder, indexes, answers, stops cleanly, and its peak resident memory through that
 *   first start stays within the goal (PGlite's defaults kept ~590 MiB).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite, PGLITE_SETTINGS } from '../../src/node/db-pglite.js';

const ROOT = resolve(import.meta.dirname, '../..');
const MiB = 1024 * 1024;
const dirs: string[] = [];
const children = new Set<ChildProcess>();
afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

/** Bytes of a Postgres memory setting as pg_settings reports it (value × unit). */
async function settingBytes(db: Awaited<ReturnType<typeof openPglite>>, name: string): Promise<number> {
  const rows = await db.query<{ setting: string; unit: string }>('select setting, unit from pg_settings where name = $1', [name]);
  const { setting, unit } = rows[0]!;
  const m = /^(\d*)(kB|MB|GB)$/.exec(unit)!;
  const scale = { kB: 1024, MB: MiB, GB: 1024 * MiB }[m[2] as 'kB' | 'MB' | 'GB'];
  return Number(setting) * Number(m[1] || 1) * scale;
}

/** '16MB' → bytes. */
function parseSize(v: string): number {
  const m = /^(\d+)(kB|MB|GB)$/.exec(v)!;
  return Number(m[1]) * { kB: 1024, MB: MiB, GB: 1024 * MiB }[m[2] as 'kB' | 'MB' | 'GB'];
}

describe('embedded database settings', () => {
  it('runs with the configured memory settings, far below PGlite’s 128 MB of shared buffers', async () => {
    const db = await openPglite('memory://');
    try {
      for (const [name, value] of Object.entries(PGLITE_SETTINGS)) {
        expect(await settingBytes(db, name), name).toBe(parseSize(value));
      }
      expect(await settingBytes(db, 'shared_buffers')).toBeLessThanOrEqual(32 * MiB);
      expect(await settingBytes(db, 'maintenance_work_mem')).toBeLessThanOrEqual(32 * MiB);
    } finally {
      await db.close();
    }
  });

  it('initialises a new data folder that works with pgvector and keeps what was written', async () => {
    const dataDir = join(await tempDir('zz-mem-db-'), 'nested', 'data');
    const db = await openPglite(dataDir);
    try {
      expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true);
      await db.exec('create extension if not exists vector; create table t (id int primary key, v vector(3))');
      await db.query('insert into t values ($1, $2), ($3, $4)', [1, '[1,0,0]', 2, '[0,1,0]']);
    } finally {
      await db.close();
    }
    const again = await openPglite(dataDir);
    try {
      const rows = await again.query<{ id: number }>(`select id from t order by v <=> '[0.9,0.1,0]' limit 1`);
      expect(rows).toEqual([{ id: 1 }]);
    } finally {
      await again.close();
    }
  }, 60_000);
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

function run(cmd: string, args: string[], cwd: string): Promise<{ code: number | null; out: string }> {
  return new Promise((ok) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout!.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr!.on('data', (b: Buffer) => (out += b.toString()));
    child.once('exit', (code) => ok({ code, out }));
  });
}

/** VmHWM (peak resident set) of a process, in bytes. */
async function peakRss(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) * 1024;
}

describe('npm start’s compiled program', () => {
  it('starts on a new folder, answers, stops cleanly, and peaks within 300 MiB', async () => {
    // The "build" script, into a scratch copy of the layout the program expects around it.
    const scratch = await tempDir('zz-mem-build-');
    for (const name of ['package.json', 'node_modules', 'policy-corpus', 'migrations']) {
      await symlink(join(ROOT, name), join(scratch, name));
    }
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const [bin, ...args] = pkg.scripts.build!.replace('--outDir dist', `--outDir ${join(scratch, 'dist')}`).split(/\s+/);
    expect(bin).toBe('tsc');
    const built = await run(join(ROOT, 'node_modules/.bin/tsc'), args, ROOT);
    expect(built.code, built.out).toBe(0);

    const port = await freePort();
    const child = spawn(process.execPath, [join(scratch, 'dist/node/main.js')], {
      cwd: scratch,
      env: { ...process.env, DATABASE_URL: '', DATA_DIR: join(scratch, 'data'), PORT: String(port), LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    let out = '';
    const exited = new Promise<number | null>((ok) => child.once('exit', ok));
    await new Promise<void>((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`no "listening" line in 90 s:\n${out}`)), 90_000);
      const onData = (b: Buffer) => {
        out += b.toString();
        if (/listening on http:\/\/localhost:\d+/.test(out)) {
          clearTimeout(timer);
          ok();
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      void exited.then((code) => fail(new Error(`exited with ${code} before listening:\n${out}`)));
    });
    expect(out).toMatch(/\[ingest\] done indexed 1 document/);

    for (let i = 0; i < 20; i++) {
      const res = await fetch(`http://127.0.0.1:${port}/api/search?q=${encodeURIComponent('以工代训补贴')}&k=1`);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { hits: { clause: string }[] }).hits[0]!.clause).toBe('六(一)');
    }
    if (existsSync(`/proc/${child.pid}/status`)) {
      expect(await peakRss(child.pid!)).toBeLessThanOrEqual(300 * MiB);
    }

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out).toContain('stopped');
  }, 150_000);
});
