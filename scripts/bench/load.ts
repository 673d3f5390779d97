/**
 * A bounded loopback load loop: a fixed number of requests, a fixed number in flight, and a
 * time limit after which it stops by itself. Only ever aimed at 127.0.0.1.
 */
import { RawConnection } from './raw-client.js';

/** One kind of request the benchmark sends. Add a row to a table of these to add a target. */
export interface LoadTarget {
  name: string;
  method: 'GET' | 'POST';
  /** Path and query; a function gets the request number so requests can vary. */
  path: string | ((i: number) => string);
  /** JSON body (objects) or raw text (strings) for POST; a function may vary it per request. */
  body?: unknown | ((i: number) => unknown);
  headers?: Record<string, string>;
  /** Statuses that count as a success (default: 2xx). */
  okStatus?: (status: number) => boolean;
}

export interface LoadOptions {
  /** Requests to send at most. */
  count: number;
  /** Requests in flight at once. */
  concurrency: number;
  /** Stop sending after this many milliseconds, whatever is left of `count`. */
  maxMs: number;
  /** Requests sent (and not measured) first, to warm caches and the JIT. */
  warmup?: number;
}

export interface LoadResult {
  name: string;
  sent: number;
  ok: number;
  failed: number;
  /** Status → count, for the failures. */
  failures: Record<string, number>;
  elapsedMs: number;
  /** Successful requests per second. */
  rps: number;
  p50: number;
  p95: number;
  /** The 97.5th percentile, the figure issue 13 quotes. */
  p975: number;
  p99: number;
  max: number;
  /** Every successful request's latency in ms, ascending (for pooling several runs). */
  latencies: number[];
}

/** The q-quantile (0..1) of sorted numbers, nearest-rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[idx]!;
}

function requestOf(target: LoadTarget, i: number): { path: string; headers: Record<string, string>; body?: string } {
  const path = typeof target.path === 'function' ? target.path(i) : target.path;
  const headers: Record<string, string> = { ...(target.headers ?? {}) };
  if (target.body === undefined) return { path, headers };
  const body = typeof target.body === 'function' ? (target.body as (i: number) => unknown)(i) : target.body;
  if (typeof body === 'string') return { path, headers, body };
  headers['content-type'] ??= 'application/json';
  return { path, headers, body: JSON.stringify(body) };
}

/**
 * Sends `target` requests to `baseUrl` (a 127.0.0.1 address) and measures each: one
 * keep-alive connection per request in flight, through the lean client of raw-client.ts.
 */
export async function runLoad(baseUrl: string, target: LoadTarget, opts: LoadOptions): Promise<LoadResult> {
  const m = /^http:\/\/(127\.0\.0\.1|localhost)(?::(\d+))?$/.exec(baseUrl);
  if (!m) throw new Error(`load target must be a loopback address, got ${baseUrl}`);
  const host = m[1]!;
  const port = Number(m[2] ?? 80);
  const isOk = target.okStatus ?? ((s: number) => s >= 200 && s < 300);
  const send = async (conn: RawConnection, i: number): Promise<{ ms: number; status: number | string }> => {
    const { path, headers, body } = requestOf(target, i);
    const t0 = performance.now();
    // A request that never ends is a failure, not a hung benchmark.
    const timer = setTimeout(() => conn.close(), 30_000);
    try {
      const res = await conn.request(target.method, path, headers, body);
      return { ms: performance.now() - t0, status: res.status };
    } catch (err) {
      return { ms: performance.now() - t0, status: (err as Error).message || 'error' };
    } finally {
      clearTimeout(timer);
    }
  };

  const connections = Array.from({ length: opts.concurrency }, () => new RawConnection(host, port));
  try {
    // Warm-up spread over the connections, so each is open and the server's JIT has seen the route.
    let w = 0;
    const warmupCount = opts.warmup ?? 0;
    await Promise.all(
      connections.map(async (conn) => {
        while (w < warmupCount) await send(conn, w++);
      }),
    );

    const latencies: number[] = [];
    const failures: Record<string, number> = {};
    let next = 0;
    let sent = 0;
    const start = performance.now();
    const deadline = start + opts.maxMs;
    const worker = async (conn: RawConnection) => {
      while (next < opts.count && performance.now() < deadline) {
        const i = next++;
        sent++;
        const { ms, status } = await send(conn, i);
        if (typeof status === 'number' && isOk(status)) latencies.push(ms);
        else failures[String(status)] = (failures[String(status)] ?? 0) + 1;
      }
    };
    await Promise.all(connections.map(worker));
    const elapsedMs = performance.now() - start;
    latencies.sort((a, b) => a - b);
    return summarise(target.name, sent, failures, elapsedMs, latencies);
  } finally {
    for (const c of connections) c.close();
  }
}

/**
 * Several runs of one target as one result: counts and times added up, quantiles over every
 * latency of every run.
 */
export function poolLoads(runs: readonly LoadResult[]): LoadResult {
  const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const failures: Record<string, number> = {};
  for (const r of runs) for (const [k, v] of Object.entries(r.failures)) failures[k] = (failures[k] ?? 0) + v;
  const elapsedMs = runs.reduce((s, r) => s + r.elapsedMs, 0);
  const sent = runs.reduce((s, r) => s + r.sent, 0);
  return summarise(runs[0]?.name ?? '', sent, failures, elapsedMs, latencies);
}

/** A load result from its counts and its latencies, already sorted ascending. */
function summarise(
  name: string,
  sent: number,
  failures: Record<string, number>,
  elapsedMs: number,
  latencies: number[],
): LoadResult {
  return {
    name,
    sent,
    ok: latencies.length,
    failed: sent - latencies.length,
    failures,
    elapsedMs,
    rps: latencies.length / (elapsedMs / 1000),
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    p975: quantile(latencies, 0.975),
    p99: quantile(latencies, 0.99),
    max: latencies.length ? latencies[latencies.length - 1]! : NaN,
    latencies,
  };
}
