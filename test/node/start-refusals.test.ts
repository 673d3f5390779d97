/**
 * `npm start` refusing to run in a state it must not run in, as a user would see it: a real
 * process, its exit code and what it printed. Short tokens (guessable) and a damaged embedded
 * data folder (PGlite alone says only "Aborted()").
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite } from '../../src/node/db-pglite.js';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

/** Runs the service with `env` until it exits (these starts must exit); its code and output. */
function runToExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(TSX, ['src/node/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '', ADMIN_TOKEN: '', CONSOLE_TOKEN: '', PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (b: Buffer) => (output += b.toString()));
  child.stderr!.on('data', (b: Buffer) => (output += b.toString()));
  const timer = setTimeout(() => child.kill('SIGTERM'), 90_000);
  return new Promise((ok) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      ok({ code, output });
    }),
  );
}

describe('npm start refuses', () => {
  it('ADMIN_TOKEN and CONSOLE_TOKEN shorter than 16 characters, naming both', async () => {
    const { code, output } = await runToExit({ ADMIN_TOKEN: 'a', CONSOLE_TOKEN: 'staff2020' });
    expect(code).toBe(2);
    expect(output).toMatch(/ADMIN_TOKEN: must be at least 16 characters/);
    expect(output).toMatch(/CONSOLE_TOKEN: must be at least 16 characters/);
    expect(output).not.toContain('staff2020');
  }, 60_000);

  it('a damaged embedded data folder, saying so and what to do', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'zz-damaged-'));
    dirs.push(dataDir);
    const db = await openPglite(dataDir);
    await db.query('select 1');
    await db.close();
    // What a full disk or a careless copy leaves behind: the control file gone.
    await rm(join(dataDir, 'global/pg_control'));
    const { code, output } = await runToExit({ DATA_DIR: dataDir });
    expect(code).toBe(1);
    expect(output).toContain(`the embedded database in ${dataDir} is damaged`);
    expect(output).toMatch(/restore .* from a backup/);
    expect(output).toContain(`mv ${dataDir} ${dataDir}.damaged`);
    expect(output).not.toMatch(/listening on/);
  }, 120_000);
});
