/**
 * The real server as a child process, started the way `npm start` starts it (the compiled
 * dist/node/main.js, built once per bench run by `npm run build`), on a free 127.0.0.1 port;
 * its readiness and resident memory. Node is spawned directly, not through npm, so npm's own
 * memory is not counted as the server's.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { BENCH_WECHAT_TOKEN } from './targets.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A free TCP port on 127.0.0.1 (the OS picks; closed again before use). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

let built = false;
/** Compiles the server like `npm start`'s prestart step does, once per process. */
function buildOnce(): void {
  if (built) return;
  execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
  built = true;
}

export interface RunningServer {
  child: ChildProcess;
  baseUrl: string;
  /** Milliseconds from spawn until /readyz answered 200. */
  readyMs: number;
  /** Peak resident memory of the server's process tree since it was ready (serving), bytes. */
  rssPeak: () => number;
  /**
   * The same from spawn until ready: start-up and any ingest, and on a fresh embedded data
   * folder the short-lived child process that initialises it (db-pglite.ts).
   */
  rssPeakAtReady: number;
  /** Everything the child printed (for a report when it fails). */
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Spawns the server with `env` added to this process's environment and waits until `/readyz`
 * answers 200 (polled every 50 ms), or throws after `timeoutMs`. `nodeArgs` go to node before
 * the script (e.g. `--cpu-prof`).
 */
export async function startServer(env: Record<string, string | undefined>, timeoutMs = 120_000, nodeArgs: string[] = []): Promise<RunningServer> {
  buildOnce();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const t0 = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, 'dist/node/main.js'], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const keep = (b: Buffer) => {
    out += b.toString();
    if (out.length > 200_000) out = out.slice(-100_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let exited: number | null | undefined;
  child.once('exit', (code) => (exited = code));
  // Memory from the first moment, start-up apart from serving (see RunningServer). A sample
  // counts for the phase in which it was begun: one taken while the initialising child was
  // still alive must not land in the serving peak.
  let ready = false;
  let startPeak = 0;
  let servePeak = 0;
  void (async () => {
    while (exited === undefined) {
      const during = ready ? 'serve' : 'start';
      const rss = await treeRss(child.pid!);
      if (during === 'serve') servePeak = Math.max(servePeak, rss);
      else startPeak = Math.max(startPeak, rss);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await gone;
    clearTimeout(timer);
  };

  const deadline = t0 + timeoutMs;
  while (performance.now() < deadline) {
    if (exited !== undefined) throw new Error(`server exited (code ${exited}) before it was ready:\n${out.slice(-4000)}`);
    try {
      const res = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.status === 200) {
        const readyMs = performance.now() - t0;
        ready = true;
        const rssPeakAtReady = Math.max(startPeak, await treeRss(child.pid!));
        return { child, baseUrl, readyMs, rssPeak: () => servePeak, rssPeakAtReady, output: () => out, stop };
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  await stop();
  throw new Error(`server not ready within ${timeoutMs} ms:\n${out.slice(-4000)}`);
}

/** Resident set size of a process and all its descendants, in bytes (Linux /proc). */
export async function treeRss(pid: number): Promise<number> {
  let total = 0;
  const pids = [pid];
  while (pids.length) {
    const p = pids.pop()!;
    try {
      const status = await readFile(`/proc/${p}/status`, 'utf8');
      const m = /VmRSS:\s+(\d+) kB/.exec(status);
      if (m) total += Number(m[1]) * 1024;
      const children = await readFile(`/proc/${p}/task/${p}/children`, 'utf8').catch(() => '');
      for (const c of children.trim().split(/\s+/)) if (c) pids.push(Number(c));
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

/** Samples `treeRss(pid)` every `everyMs` until stopped; returns peak and mean. */
export function sampleRss(pid: number, everyMs = 100): { stop: () => Promise<{ peak: number; mean: number; samples: number }> } {
  const samples: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      samples.push(await treeRss(pid));
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      const valid = samples.filter((s) => s > 0);
      return {
        peak: valid.length ? Math.max(...valid) : NaN,
        mean: valid.length ? valid.reduce((a, b) => a + b, 0) / valid.length : NaN,
        samples: valid.length,
      };
    },
  };
}

/** Env for a server child: no model, no rate limit, a WeChat token, quiet logs. */
export function childEnv(extra: Record<string, string | undefined>): Record<string, string | undefined> {
  return {
    OPENAI_API_KEY: undefined,
    EMBEDDING_MODEL: undefined,
    LLM_MODEL: undefined,
    RATE_LIMIT_PER_MINUTE: '0',
    LOG_LEVEL: 'warn',
    WECHAT_TOKEN: BENCH_WECHAT_TOKEN,
    WECHAT_AES_KEY: undefined,
    ADMIN_TOKEN: undefined,
    ...extra,
  };
}
