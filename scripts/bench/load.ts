/**
 * A bounded loopback load loop: a fixed number of requests, a fixed number in flight, and a
 * time limit after which it stops by itself. Only ever aimed at 127.0.0.1.
 */

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

function requestInit(target: LoadTarget, i: number): { url: string; init: RequestInit } {
  const path = typeof target.path === 'function' ? target.path(i) : target.path;
  const init: RequestInit = { method: target.method, headers: { ...(target.headers ?? {}) } };
  if (target.body !== undefined) {
    const body = typeof target.body === 'function' ? (target.body as (i: number) => unknown)(i) : target.body;
    if (typeof body === 'string') {
      init.body = body;
    } else {
      init.body = JSON.stringify(body);
      (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
    }
  }
  return { url: path, init };
}

/** Sends `target` requests to `baseUrl` (a 127.0.0.1 address) and measures each. */
export async function runLoad(baseUrl: string, target: LoadTarget, opts: LoadOptions): Promise<LoadResult> {
  if (!/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(baseUrl)) {
    throw new Error(`load target must be a loopback address, got ${baseUrl}`);
  }
  const isOk = target.okStatus ?? ((s: number) => s >= 200 && s < 300);
  const send = async (i: number): Promise<{ ms: number; status: number | string }> => {
    const { url, init } = requestInit(target, i);
    const t0 = performance.now();
    try {
      const res = await fetch(baseUrl + url, { ...init, signal: AbortSignal.timeout(30_000) });
      await res.arrayBuffer();
      return { ms: performance.now() - t0, status: res.status };
    } catch (err) {
      return { ms: performance.now() - t0, status: (err as Error).name || 'error' };
    }
  };

  for (let i = 0; i < (opts.warmup ?? 0); i++) await send(i);

  const latencies: number[] = [];
  const failures: Record<string, number> = {};
  let next = 0;
  let sent = 0;
  const start = performance.now();
  const deadline = start + opts.maxMs;
  const worker = async () => {
    while (next < opts.count && performance.now() < deadline) {
      const i = next++;
      sent++;
      const { ms, status } = await send(i);
      if (typeof status === 'number' && isOk(status)) latencies.push(ms);
      else failures[String(status)] = (failures[String(status)] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
  const elapsedMs = performance.now() - start;
  latencies.sort((a, b) => a - b);
  return summarise(target.name, sent, failures, elapsedMs, latencies);
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
    p99: quantile(latencies, 0.99),
    max: latencies.length ? latencies[latencies.length - 1]! : NaN,
    latencies,
  };
}
