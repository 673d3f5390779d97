/**
 * Load run at increasing concurrency (1, 4, 16, 64 requests in flight) against the real
 * server on loopback: /healthz as the baseline, then search, ask, eligibility and the WeChat
 * callback (the targets of scripts/bench/targets.ts). For each target and level: throughput,
 * its ratio to /healthz at the same level, p50/p95/p99, errors, and the server's resident
 * memory (the whole process tree). Every loop is bounded in count and time.
 *
 * As a module: `runConcurrencySweep(server)` for `npm run bench`, and `renderLoadChart()` for
 * the README's chart. As a program (`npx tsx scripts/bench-load.ts [--quick] [--out f.json]
 * [--svg docs/bench.svg] [--skip-server]`): runs the sweep on the embedded default and, when
 * one answers, on the PostgreSQL server, prints tables and writes the chart.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runLoad, type LoadResult, type LoadTarget } from './bench/load.js';
import { createSchema, dropSchema, serverUrlForBench, withSearchPath } from './bench/scale.js';
import { ROOT, sampleRss, startServer, type RunningServer } from './bench/server.js';
import { BASELINE, BENCH_WECHAT_TOKEN, TARGETS } from './bench/targets.js';

export const LEVELS = [1, 4, 16, 64] as const;

export interface SweepOptions {
  levels?: readonly number[];
  /** Requests per target and level at most. */
  count?: number;
  /** Milliseconds per target and level at most. */
  maxMs?: number;
  warmup?: number;
  targets?: readonly LoadTarget[];
}

export interface SweepPoint extends Omit<LoadResult, 'latencies'> {
  concurrency: number;
  /** rps / rps of /healthz at the same concurrency. */
  ratioToHealthz: number;
  rssPeak: number;
}

export interface SweepResult {
  mode: string;
  points: SweepPoint[];
  /** Peak resident memory of the server's process tree over the whole run, bytes. */
  rssPeak: number;
  /** Requests that failed (non-2xx or no answer), over every target and level. */
  errors: number;
}

/** Runs every target at every level against `server`; /healthz first at each level. */
export async function runConcurrencySweep(server: RunningServer, mode: string, opts: SweepOptions = {}): Promise<SweepResult> {
  const levels = opts.levels ?? LEVELS;
  const targets = [BASELINE, ...(opts.targets ?? TARGETS)];
  const points: SweepPoint[] = [];
  const overall = sampleRss(server.child.pid!, 200);
  for (const concurrency of levels) {
    let base: LoadResult | undefined;
    for (const target of targets) {
      const rss = sampleRss(server.child.pid!, 100);
      const result = await runLoad(server.baseUrl, target, {
        count: Math.max(opts.count ?? 600, concurrency * 4),
        concurrency,
        maxMs: opts.maxMs ?? 8000,
        warmup: opts.warmup ?? 10,
      });
      const mem = await rss.stop();
      if (target === BASELINE) base = result;
      const { latencies: _latencies, ...summary } = result;
      points.push({ ...summary, concurrency, ratioToHealthz: base ? result.rps / base.rps : NaN, rssPeak: mem.peak });
      process.stdout.write(`  [${mode}] c=${concurrency} ${target.name}: ${result.rps.toFixed(0)} req/s, p95 ${result.p95.toFixed(1)} ms, ${result.failed} failed\n`);
    }
  }
  const mem = await overall.stop();
  return { mode, points, rssPeak: Math.max(mem.peak, ...points.map((p) => p.rssPeak).filter(Number.isFinite)), errors: points.reduce((n, p) => n + p.failed, 0) };
}

/** A plain-text table of a sweep. */
export function formatSweep(s: SweepResult): string {
  const rows = s.points.map((p) => [
    p.name,
    String(p.concurrency),
    `${p.ok}/${p.sent}`,
    p.rps.toFixed(0),
    Number.isFinite(p.ratioToHealthz) ? `${(p.ratioToHealthz * 100).toFixed(1)}%` : '—',
    p.p50.toFixed(1),
    p.p95.toFixed(1),
    p.p99.toFixed(1),
    `${(p.rssPeak / 1048576).toFixed(0)} MiB`,
    Object.entries(p.failures).map(([k, v]) => `${k}×${v}`).join(' ') || '0',
  ]);
  const head = ['target', 'conc', 'ok/sent', 'req/s', 'vs healthz', 'p50 ms', 'p95 ms', 'p99 ms', 'RSS peak', 'errors'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((v, i) => v.padEnd(widths[i]!)).join('  ');
  return [
    `== load on ${s.mode}: peak RSS ${(s.rssPeak / 1048576).toFixed(0)} MiB, ${s.errors} errors ==`,
    line(head),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(line),
  ].join('\n');
}

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
const PALETTE = ['#1b6ca8', '#d1495b', '#edae49', '#00798c', '#66a182', '#7a5195'];

/**
 * An SVG chart: one panel per sweep, throughput (req/s, log scale) against concurrency, one
 * line per target, with the p95 at the highest level in the legend. Self-contained, no fonts
 * or scripts to load, so it renders on GitHub.
 */
export function renderLoadChart(sweeps: readonly SweepResult[], title = 'Throughput vs concurrency (loopback)'): string {
  const panelW = 420;
  const panelH = 260;
  const pad = { l: 56, r: 12, t: 50, b: 40 };
  const legendH = 18 * 6;
  const width = Math.max(1, sweeps.length) * panelW;
  const height = panelH + legendH + 30;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${width / 2}" y="18" text-anchor="middle" font-size="14" font-weight="bold">${escapeXml(title)}</text>`,
  ];
  sweeps.forEach((sweep, si) => {
    const x0 = si * panelW;
    const levels = [...new Set(sweep.points.map((p) => p.concurrency))].sort((a, b) => a - b);
    const names = [...new Set(sweep.points.map((p) => p.name))];
    const rpsValues = sweep.points.map((p) => p.rps).filter((v) => v > 0 && Number.isFinite(v));
    const maxRps = Math.max(10, ...rpsValues);
    const minRps = Math.max(0.1, Math.min(maxRps / 10, ...rpsValues));
    const lo = Math.floor(Math.log10(minRps));
    const hi = Math.ceil(Math.log10(maxRps));
    const plotW = panelW - pad.l - pad.r;
    const plotH = panelH - pad.t - pad.b;
    const xOf = (c: number) => x0 + pad.l + (levels.length <= 1 ? plotW / 2 : (levels.indexOf(c) / (levels.length - 1)) * plotW);
    const yOf = (v: number) => pad.t + plotH - ((Math.log10(Math.max(v, 10 ** lo)) - lo) / Math.max(1, hi - lo)) * plotH;
    out.push(`<text x="${x0 + panelW / 2}" y="${pad.t - 12}" text-anchor="middle" font-size="12">${escapeXml(sweep.mode)} — peak RSS ${(sweep.rssPeak / 1048576).toFixed(0)} MiB, ${sweep.errors} errors</text>`);
    out.push(`<rect x="${x0 + pad.l}" y="${pad.t}" width="${plotW}" height="${plotH}" fill="none" stroke="#999"/>`);
    for (let e = lo; e <= hi; e++) {
      const y = yOf(10 ** e);
      out.push(`<line x1="${x0 + pad.l}" x2="${x0 + pad.l + plotW}" y1="${y}" y2="${y}" stroke="#e5e5e5"/>`);
      out.push(`<text x="${x0 + pad.l - 6}" y="${y + 4}" text-anchor="end">${10 ** e >= 1 ? (10 ** e).toLocaleString('en-US') : (10 ** e).toString()}</text>`);
    }
    for (const c of levels) out.push(`<text x="${xOf(c)}" y="${pad.t + plotH + 16}" text-anchor="middle">${c}</text>`);
    out.push(`<text x="${x0 + pad.l + plotW / 2}" y="${pad.t + plotH + 32}" text-anchor="middle">requests in flight</text>`);
    out.push(`<text transform="translate(${x0 + 14} ${pad.t + plotH / 2}) rotate(-90)" text-anchor="middle">req/s (log)</text>`);
    names.forEach((name, ni) => {
      const color = PALETTE[ni % PALETTE.length]!;
      const pts = levels
        .map((c) => sweep.points.find((p) => p.name === name && p.concurrency === c))
        .filter((p): p is SweepPoint => !!p && p.rps > 0);
      if (pts.length) {
        out.push(`<polyline fill="none" stroke="${color}" stroke-width="2" points="${pts.map((p) => `${xOf(p.concurrency).toFixed(1)},${yOf(p.rps).toFixed(1)}`).join(' ')}"/>`);
        for (const p of pts) out.push(`<circle cx="${xOf(p.concurrency).toFixed(1)}" cy="${yOf(p.rps).toFixed(1)}" r="3" fill="${color}"/>`);
      }
      const last = pts[pts.length - 1];
      const label = last
        ? `${name}: ${last.rps.toFixed(0)} req/s at ${last.concurrency}, p95 ${last.p95.toFixed(0)} ms${name === 'healthz' ? '' : `, ${(last.ratioToHealthz * 100).toFixed(0)}% of healthz`}`
        : `${name}: not measured`;
      const ly = panelH + 8 + ni * 18;
      out.push(`<rect x="${x0 + pad.l}" y="${ly}" width="10" height="10" fill="${color}"/>`);
      out.push(`<text x="${x0 + pad.l + 16}" y="${ly + 9}">${escapeXml(label)}</text>`);
    });
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}

/** Server child settings: no model, no rate limit, a WeChat token, quiet logs. */
function childEnv(extra: Record<string, string | undefined>): Record<string, string | undefined> {
  return {
    OPENAI_API_KEY: undefined,
    EMBEDDING_MODEL: undefined,
    LLM_MODEL: undefined,
    ADMIN_TOKEN: undefined,
    WECHAT_AES_KEY: undefined,
    RATE_LIMIT_PER_MINUTE: '0',
    LOG_LEVEL: 'warn',
    WECHAT_TOKEN: BENCH_WECHAT_TOKEN,
    ...extra,
  };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const quick = argv.includes('--quick');
  const valueOf = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const svgPath = valueOf('--svg') ?? path.join(ROOT, 'docs', 'bench.svg');
  const outPath = valueOf('--out');
  const opts: SweepOptions = quick ? { count: 150, maxMs: 3000, warmup: 5 } : { count: 600, maxMs: 8000, warmup: 10 };
  const sweeps: SweepResult[] = [];
  const cleanups: (() => Promise<void>)[] = [];
  try {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'bench-load-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const embedded = await startServer(childEnv({ DATABASE_URL: undefined, DATA_DIR: dataDir }));
    try {
      sweeps.push(await runConcurrencySweep(embedded, 'embedded PGlite', opts));
    } finally {
      await embedded.stop();
    }
    console.log(formatSweep(sweeps[0]!));

    const url = argv.includes('--skip-server') ? undefined : await serverUrlForBench();
    if (url) {
      const schema = `bench_load_${process.pid}`;
      await createSchema(url, schema);
      cleanups.push(() => dropSchema(url, schema));
      const server = await startServer(childEnv({ DATABASE_URL: withSearchPath(url, schema), DATA_DIR: undefined }));
      try {
        sweeps.push(await runConcurrencySweep(server, 'PostgreSQL server', opts));
      } finally {
        await server.stop();
      }
      console.log(formatSweep(sweeps[1]!));
    } else {
      console.log('(no PostgreSQL server reachable: server sweep skipped)');
    }
  } finally {
    for (const c of cleanups.reverse()) await c().catch((e: unknown) => console.error('cleanup:', e));
  }
  await writeFile(svgPath, renderLoadChart(sweeps));
  console.log(`chart written to ${svgPath}`);
  if (outPath) {
    await writeFile(outPath, JSON.stringify({ at: new Date().toISOString(), node: process.version, quick, sweeps }, null, 2) + '\n');
    console.log(`results written to ${outPath}`);
  }
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.stack ?? err.message : err);
    process.exit(1);
  });
}
