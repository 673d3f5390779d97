/**
 * Embedded (PGlite) data folders for the fault tests: one indexed folder built once per test
 * file by the real `ingest` command, and throw-away copies of it to break.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/** Settings for a child process: embedded database in `dataDir`, no model, no network. */
export function embeddedEnv(dataDir: string, extra: Record<string, string> = {}): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...extra };
  for (const k of ['DATABASE_URL', 'TEST_DATABASE_URL', 'OPENAI_API_KEY', 'OPENAI_BASE_URL', 'EMBEDDING_MODEL', 'LLM_MODEL']) delete env[k];
  return env;
}

/** Runs `npm run ingest`'s program to the end; resolves with its output, rejects on failure. */
export function runIngest(dataDir: string, args: string[] = []): Promise<string> {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/node/ingest-cli.ts', ...args], {
      cwd: ROOT,
      env: embeddedEnv(dataDir),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (out += b.toString()));
    child.once('error', rej);
    child.once('exit', (code) => (code === 0 ? res(out) : rej(new Error(`ingest exited ${code}:\n${out}`))));
  });
}

export interface DataDirs {
  /** An indexed data folder (do not modify). */
  base: string;
  /** A fresh copy of `base` to break. */
  copy(): Promise<string>;
  dispose(): Promise<void>;
}

export async function indexedDataDir(): Promise<DataDirs> {
  const root = await mkdtemp(join(tmpdir(), 'faults-'));
  const base = join(root, 'base');
  await runIngest(base);
  let n = 0;
  return {
    base,
    copy: async () => {
      const dir = join(root, `copy-${++n}`);
      await cp(base, dir, { recursive: true });
      return dir;
    },
    dispose: () => rm(root, { recursive: true, force: true }),
  };
}
