/**
 * Test helpers that run wrangler offline: the bundle (`deploy --dry-run`) and a local
 * `wrangler dev` on a 127.0.0.1 port. wrangler is started directly (not through npx) in its
 * own process group, so stopping it stops workerd too.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const ROOT = resolve(import.meta.dirname, '../..');
const WRANGLER = join(ROOT, 'node_modules/.bin/wrangler');

/** No telemetry, no fetches to Cloudflare: everything stays on this machine. */
const OFFLINE_ENV = { WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', CI: 'true', NO_COLOR: '1' };

function run(args: string[], cwd = ROOT): Promise<{ code: number | null; out: string }> {
  return new Promise((res, rej) => {
    const child = spawn(WRANGLER, args, { cwd, env: { ...process.env, ...OFFLINE_ENV }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (out += b.toString()));
    child.once('error', rej);
    child.once('exit', (code) => res({ code, out }));
  });
}

export interface Bundle {
  bytes: number;
  gzipBytes: number;
  source: string;
  out: string;
}

/** `wrangler deploy --dry-run --outdir <tmp>`: the bundle that would be uploaded. */
export async function buildBundle(): Promise<Bundle> {
  const dir = await mkdtemp(join(tmpdir(), 'worker-bundle-'));
  try {
    const { code, out } = await run(['deploy', '--dry-run', '--outdir', dir]);
    if (code !== 0) throw new Error(`wrangler deploy --dry-run failed (${code}):\n${out}`);
    const source = await readFile(join(dir, 'index.js'), 'utf8');
    const raw = Buffer.from(source);
    return { bytes: raw.length, gzipBytes: gzipSync(raw, { level: 9 }).length, source, out };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => res(port));
    });
  });
}

export interface DevServer {
  baseUrl: string;
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts `wrangler dev` with `vars` (secrets included) and waits until /healthz answers. */
/**
 * `wrangler dev` with these vars, ready to serve. A start that is not ready in time is stopped and
 * tried once more on another port: on a loaded machine wrangler's first start has been seen to
 * stall (once in CI), and the suite is about the Worker, not about that start.
 */
export async function startDev(vars: Record<string, string>, timeoutMs = 60_000): Promise<DevServer> {
  try {
    return await startDevOnce(vars, timeoutMs);
  } catch (err) {
    if (!/not ready after/.test(String(err))) throw err;
    return startDevOnce(vars, timeoutMs);
  }
}

async function startDevOnce(vars: Record<string, string>, timeoutMs: number): Promise<DevServer> {
  const port = await freePort();
  const dir = await mkdtemp(join(tmpdir(), 'worker-dev-'));
  const envFile = join(dir, 'dev.env');
  await writeFile(envFile, Object.entries(vars).map(([k, v]) => `${k}=${v}`).join('\n') + '\n', { mode: 0o600 });
  const child = spawn(
    WRANGLER,
    ['dev', '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', '0', '--env-file', envFile,
     '--persist-to', join(dir, 'state'), '--show-interactive-dev-session=false', '--log-level', 'log'],
    { cwd: ROOT, env: { ...process.env, ...OFFLINE_ENV }, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let out = '';
  const keep = (b: Buffer) => {
    out += b.toString();
    if (out.length > 400_000) out = out.slice(-200_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let exited = false;
  child.once('exit', () => (exited = true));

  const stop = async () => {
    if (!exited && child.pid) {
      const gone = new Promise<void>((r) => child.once('exit', () => r()));
      // The whole group: wrangler and the workerd it started.
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
      const timer = setTimeout(() => { try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* gone */ } }, 5000);
      // Never wait on it forever: a group that outlives SIGKILL must not hang the suite's hook.
      await Promise.race([gone, new Promise<void>((r) => setTimeout(r, 10_000))]);
      clearTimeout(timer);
    }
    await rm(dir, { recursive: true, force: true });
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) {
      await stop();
      throw new Error(`wrangler dev exited before it was ready:\n${out.slice(-4000)}`);
    }
    try {
      const res = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.status === 200) return { baseUrl, child, output: () => out, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`wrangler dev not ready after ${timeoutMs} ms:\n${out.slice(-4000)}`);
}
