/**
 * `npm run bench` — a benchmark, not a test: it measures and prints, it asserts nothing.
 *
 *   1. first start (fresh DATA_DIR, ingest included) and restart (same DATA_DIR) of the real
 *      server, spawned as `npm start` would, timed until /readyz answers 200;
 *   2. a bounded loopback load on that server: /healthz (baseline) vs /api/search and the other
 *      targets in scripts/bench/targets.ts — throughput, p50/p95, and the server's memory;
 *   3. the same on a PostgreSQL server when one is reachable (DATABASE_URL, else the local test
 *      database .ci/run creates);
 *   4. a scale run on that server: ≥ 20 000 synthetic clauses made from the real ones, search
 *      p95 at ~100 vs 20 000 clauses, and HNSW recall@10 against exact search;
 *   5. the rules engine's own benchmark, when scripts/bench-rules.ts exists.
 *
 * The HTTP figures are measured the way issue 13 states its goals: 16 connections, half of
 * the search and ask questions made unique, rate limit off (RATE_LIMIT_PER_MINUTE=0), only
 * 2xx answers counted, each endpoint as a share of /healthz in the same round, the median
 * over the rounds; the peak resident memory of the server's process tree from spawn to stop.
 * The load client is the lean one of scripts/bench/raw-client.ts (see there why not fetch).
 *
 * Options: --out FILE (write JSON results there), --docs (write docs/bench.json and
 * docs/bench.svg: the goals' figures), --quick (smaller counts), --rounds N (default 5),
 * --skip-scale, --skip-http, --skip-server (embedded only), --clauses N (scale size, default
 * 20000), --sweep (also the concurrency sweep of scripts/bench-load.ts on each server),
 * --only a,b (only these targets, e.g. --only ask,eligibility).
 * Traffic goes only to 127.0.0.1; every loop is bounded in count and time.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { poolLoads, runLoad, type LoadResult } from './bench/load.js';
import { createSchema, dropSchema, runScale, serverUrlForBench, withSearchPath, type ScaleResult } from './bench/scale.js';
import { childEnv, ROOT, sampleRss, startServer, type RunningServer } from './bench/server.js';
import { renderGoalsChart, summariseGoals, type GoalsSummary } from './bench/goals.js';
import { BASELINE, TARGETS } from './bench/targets.js';

interface Args {
  out?: string;
  quick: boolean;
  skipScale: boolean;
  skipHttp: boolean;
  skipServer: boolean;
  sweep: boolean;
  docs: boolean;
  rounds?: number;
  clauses: number;
  /** Only these targets (names from scripts/bench/targets.ts); all when absent. */
  only?: string[];
}

function parseArgs(argv: string[]): Args {
  const args: Args = { quick: false, skipScale: false, skipHttp: false, skipServer: false, sweep: false, docs: false, clauses: 20_000 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--out') args.out = argv[++i];
    else if (a.startsWith('--out=')) args.out = a.slice(6);
    else if (a === '--quick') args.quick = true;
    else if (a === '--skip-scale') args.skipScale = true;
    else if (a === '--skip-http') args.skipHttp = true;
    else if (a === '--skip-server') args.skipServer = true;
    else if (a === '--sweep') args.sweep = true;
    else if (a === '--docs') args.docs = true;
    else if (a === '--rounds') args.rounds = Number(argv[++i]);
    else if (a.startsWith('--rounds=')) args.rounds = Number(a.slice(9));
    else if (a === '--only') args.only = (argv[++i] ?? '').split(',').filter(Boolean);
    else if (a.startsWith('--only=')) args.only = a.slice(7).split(',').filter(Boolean);
    else if (a === '--clauses') args.clauses = Number(argv[++i]);
    else if (a.startsWith('--clauses=')) args.clauses = Number(a.slice(10));
    else throw new Error(`unknown option ${a}`);
  }
  const unknownTarget = args.only?.find((n) => !TARGETS.some((t) => t.name === n));
  if (unknownTarget) throw new Error(`--only: no target ${unknownTarget} (targets: ${TARGETS.map((t) => t.name).join(', ')})`);
  if (!Number.isInteger(args.clauses) || args.clauses < 200) throw new Error('--clauses must be a whole number ≥ 200');
  if (args.rounds !== undefined && !(Number.isInteger(args.rounds) && args.rounds >= 1 && args.rounds <= 20)) {
    throw new Error('--rounds must be a whole number from 1 to 20');
  }
  return args;
}

const fmt = {
  ms: (x: number) => (Number.isFinite(x) ? (x < 10 ? x.toFixed(2) : x.toFixed(1)) : '—'),
  mb: (b: number) => (Number.isFinite(b) ? (b / 1024 / 1024).toFixed(0) + ' MB' : '—'),
  mib: (b: number) => (Number.isFinite(b) ? (b / 1024 / 1024).toFixed(0) + ' MiB' : '—'),
  pct: (x: number) => (Number.isFinite(x) ? (x * 100).toFixed(1) + '%' : '—'),
};

function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, c) => Math.max(...cells.map((r) => [...(r[c] ?? '')].length)));
  const line = (r: string[]) => r.map((v, c) => v + ' '.repeat(widths[c]! - [...v].length)).join('  ');
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

interface HttpRun {
  mode: 'embedded' | 'server';
  firstStartMs: number;
  restartMs: number[];
  /**
   * Each target pooled over the rounds; `ratioToHealthz` is the median over the rounds of the
   * target's throughput against the /healthz run just before it in the same round, and
   * `roundRatios` are those per-round ratios.
   */
  results: (Omit<LoadResult, 'latencies'> & {
    available: boolean;
    ratioToHealthz: number;
    roundRatios: number[];
    rssPeak: number;
    rssMean: number;
    /** Server CPU time (user + system) per successful request, median over rounds, µs. */
    cpuUsPerRequest: number;
  })[];
  rounds: number;
  /** Peak resident memory of the server's process tree while serving (the first start's server). */
  rssPeak: number;
  /** The same from spawn until ready (first start: initialisation and ingest). */
  rssPeakAtReady: number;
  notes: string[];
  /** The concurrency sweep (with --sweep). */
  sweep?: unknown;
}


async function probe(server: RunningServer, target: (typeof TARGETS)[number]): Promise<number> {
  const p = typeof target.path === 'function' ? target.path(0) : target.path;
  const b = typeof target.body === 'function' ? (target.body as (i: number) => unknown)(0) : target.body;
  const res = await fetch(server.baseUrl + p, {
    method: target.method,
    headers: { 'content-type': typeof b === 'string' ? 'text/xml' : 'application/json', ...(target.headers ?? {}) },
    ...(b === undefined ? {} : { body: typeof b === 'string' ? b : JSON.stringify(b) }),
    signal: AbortSignal.timeout(30_000),
  });
  await res.arrayBuffer();
  return res.status;
}

/** scripts/bench-load.ts's sweep over 1…64 requests in flight, printed; undefined when that file is absent. */
async function concurrencySweep(server: RunningServer, mode: string, quick: boolean): Promise<unknown> {
  const file = path.join(ROOT, 'scripts', 'bench-load.ts');
  if (!existsSync(file)) return undefined;
  const mod = (await import(pathToFileURL(file).href)) as {
    runConcurrencySweep?: (s: RunningServer, m: string, o: object) => Promise<unknown>;
    formatSweep?: (r: never) => string;
  };
  if (!mod.runConcurrencySweep) return undefined;
  console.log(`[${mode}] concurrency sweep…`);
  const result = await mod.runConcurrencySweep(server, mode, quick ? { count: 200, maxMs: 3000 } : {});
  if (mod.formatSweep) console.log(mod.formatSweep(result as never));
  return result;
}

/** CPU time (user + system) the process has used so far, µs (Linux /proc; clock ticks of 10 ms). */
async function processCpuUs(pid: number): Promise<number> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces), from field 3 on.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return NaN;
  }
}

/** The median of some numbers (NaN for none). */
function median(xs: readonly number[]): number {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/**
 * Loads the server's targets in rounds: each round runs /healthz and then every target, with
 * a share of the requests. On a shared machine the load from other processes drifts over
 * seconds, and a ratio between a /healthz run and a target run made a minute apart measured
 * that drift as much as the service (single runs of one build varied from 24 % to 37 % for
 * search); a ratio against the /healthz run of the same round, and the median over rounds,
 * does not. Each target is first warmed up with a few hundred requests: /healthz served
 * twice as fast once the JIT had seen some thousand requests (measured: 2 000 → 4 900
 * req/s over the first rounds), and a baseline measured cold flattered every ratio.
 */
async function httpRun(mode: 'embedded' | 'server', env: Record<string, string | undefined>, args: Args): Promise<HttpRun> {
  const notes: string[] = [];
  // Per round and target: `slices` × (/healthz then the target), each at most `sliceMs` and
  // `base` or `other` requests.
  const counts = args.quick
    ? { base: 2000, other: 500, sliceMs: 400, slices: 2, concurrency: 16, warmup: 100, restarts: 1, rounds: args.rounds ?? 2 }
    : { base: 4000, other: 1500, sliceMs: 500, slices: 4, concurrency: 16, warmup: 400, restarts: 3, rounds: args.rounds ?? 5 };

  console.log(`\n[${mode}] first start (fresh database, ingest included)…`);
  let server = await startServer(childEnv(env));
  const firstStartMs = server.readyMs;
  console.log(`[${mode}] ready after ${fmt.ms(firstStartMs)} ms`);

  const runs = new Map<string, { loads: LoadResult[]; ratios: number[]; rssPeak: number; rssSum: number; cpuUs: number[] }>();
  let sweep: unknown;
  let rssPeak = NaN;
  const rssPeakAtReady = server.rssPeakAtReady;
  try {
    const targets: (typeof TARGETS)[number][] = [];
    for (const target of [BASELINE, ...TARGETS.filter((t) => !args.only || args.only.includes(t.name))]) {
      const status = await probe(server, target).catch(() => 0);
      if (status < 200 || status >= 300) {
        notes.push(`${target.name}: not measured (probe answered ${status || 'no response'})`);
        console.log(`[${mode}] ${target.name}: skipped, probe answered ${status || 'no response'}`);
        continue;
      }
      targets.push(target);
    }
    const record = (name: string, loads: LoadResult[], ratio: number, mem: { peak: number; mean: number }, cpuUs: number) => {
      const entry = runs.get(name) ?? { loads: [], ratios: [], rssPeak: NaN, rssSum: 0, cpuUs: [] };
      entry.loads.push(...loads);
      entry.ratios.push(ratio);
      entry.cpuUs.push(cpuUs);
      entry.rssPeak = Number.isFinite(entry.rssPeak) ? Math.max(entry.rssPeak, mem.peak) : mem.peak;
      entry.rssSum += mem.mean;
      runs.set(name, entry);
    };
    const measured = targets.filter((t) => t !== BASELINE);
    for (let round = 0; round < counts.rounds; round++) {
      for (const target of measured) {
        console.log(`[${mode}] round ${round + 1}/${counts.rounds}: ${target.name} against healthz…`);
        // Short slices of /healthz and of the target, alternating: both meet the same background
        // load from the other processes on the machine, which drifts over seconds.
        const rss = sampleRss(server.child.pid!);
        const base: LoadResult[] = [];
        const loads: LoadResult[] = [];
        let baseCpu = 0;
        let cpu = 0;
        for (let slice = 0; slice < counts.slices; slice++) {
          for (const t of [BASELINE, target]) {
            const c0 = await processCpuUs(server.child.pid!);
            const r = await runLoad(server.baseUrl, t, {
              count: t === BASELINE ? counts.base : counts.other,
              concurrency: counts.concurrency,
              maxMs: counts.sliceMs,
              warmup: round === 0 && slice === 0 ? counts.warmup : 0,
            });
            const used = (await processCpuUs(server.child.pid!)) - c0;
            if (t === BASELINE) {
              base.push(r);
              baseCpu += used;
            } else {
              loads.push(r);
              cpu += used;
            }
          }
        }
        const mem = await rss.stop();
        const b = poolLoads(base);
        const l = poolLoads(loads);
        // /healthz is measured beside every target: one entry per round for its ratio (always 1).
        if (target === measured[0]) record(BASELINE.name, base, 1, mem, b.ok ? baseCpu / b.ok : NaN);
        else runs.get(BASELINE.name)?.loads.push(...base);
        record(target.name, loads, l.rps / b.rps, mem, l.ok ? cpu / l.ok : NaN);
        if (server.child.exitCode !== null || server.child.signalCode !== null) {
          const why = `server exited (code ${server.child.exitCode}, signal ${server.child.signalCode}) during the ${target.name} load`;
          notes.push(why);
          console.log(`[${mode}] ${why}; its last output:\n${server.output().slice(-3000)}`);
          server = await startServer(childEnv(env));
        }
      }
    }
    if (args.sweep) sweep = await concurrencySweep(server, mode, args.quick);
  } finally {
    rssPeak = server.rssPeak();
    await server.stop();
  }
  const results: HttpRun['results'] = [];
  for (const [, entry] of runs) {
    const { latencies: _latencies, ...pooled } = poolLoads(entry.loads);
    results.push({
      ...pooled,
      available: true,
      ratioToHealthz: median(entry.ratios),
      roundRatios: entry.ratios,
      rssPeak: entry.rssPeak,
      rssMean: entry.rssSum / entry.ratios.length,
      cpuUsPerRequest: median(entry.cpuUs),
    });
  }

  const restartMs: number[] = [];
  for (let i = 0; i < counts.restarts; i++) {
    server = await startServer(childEnv(env));
    restartMs.push(server.readyMs);
    await server.stop();
  }
  console.log(`[${mode}] restarts: ${restartMs.map(fmt.ms).join(', ')} ms`);
  return { mode, firstStartMs, restartMs, results, rounds: counts.rounds, rssPeak, rssPeakAtReady, notes, ...(sweep === undefined ? {} : { sweep }) };
}

function printHttp(run: HttpRun): void {
  console.log(`\n== HTTP on the ${run.mode === 'embedded' ? 'embedded default (PGlite)' : 'PostgreSQL server'} ==`);
  const sorted = [...run.restartMs].sort((a, b) => a - b);
  console.log(`first start (fresh, ingest included): ${fmt.ms(run.firstStartMs)} ms   (goal ≤ 30 000 ms)`);
  console.log(`restart (same data), median of ${sorted.length}: ${fmt.ms(sorted[Math.floor(sorted.length / 2)] ?? NaN)} ms   (goal ≤ 5 000 ms)`);
  console.log(
    table(
      ['target', 'ok/sent', 'req/s', 'vs healthz', 'per round', 'server CPU µs/req', 'p50 ms', 'p95 ms', 'p97.5 ms', 'p99 ms', 'server RSS peak', 'failures'],
      run.results.map((r) => [
        r.name,
        `${r.ok}/${r.sent}`,
        r.rps.toFixed(0),
        fmt.pct(r.ratioToHealthz),
        r.roundRatios.map((x) => (x * 100).toFixed(0)).join(' / '),
        Number.isFinite(r.cpuUsPerRequest) ? r.cpuUsPerRequest.toFixed(0) : '—',
        fmt.ms(r.p50),
        fmt.ms(r.p95),
        fmt.ms(r.p975),
        fmt.ms(r.p99),
        fmt.mb(r.rssPeak),
        Object.entries(r.failures).map(([k, v]) => `${k}×${v}`).join(' ') || '0',
      ]),
    ),
  );
  if (run.rounds > 1) {
    console.log(`  (${run.rounds} rounds; in each, every target alternates with /healthz in short slices; "vs healthz" is the median of the rounds' ratios)`);
  }
  console.log(`server memory, peak while serving: ${fmt.mib(run.rssPeak)}; during the first start (fresh data, ingest): ${fmt.mib(run.rssPeakAtReady)}`);
  for (const n of run.notes) console.log(`  note: ${n}`);
}

function printGoals(g: GoalsSummary): void {
  console.log('\n== Issue 13 goals: share of /healthz in the same round (median), 2xx only ==');
  const cell = (x: { ratio: number; goal: number } | undefined) =>
    x ? `${(x.ratio * 100).toFixed(1)}% (goal ≥ ${(x.goal * 100).toFixed(0)}%) ${x.ratio >= x.goal ? 'met' : 'NOT met'}` : '—';
  console.log(
    table(
      ['endpoint', 'embedded PGlite', 'PostgreSQL server'],
      g.endpoints.map((e) => [e.name, cell(e.embedded), cell(e.server)]),
    ),
  );
  if (g.embeddedRssPeakMiB !== undefined) {
    console.log(`embedded server memory, peak while serving: ${g.embeddedRssPeakMiB.toFixed(0)} MiB (goal ≤ ${g.rssGoalMiB} MiB) ${g.embeddedRssPeakMiB <= g.rssGoalMiB ? 'met' : 'NOT met'}`);
  }
}

/** docs/bench.json (the goals' figures of this run) and docs/bench.svg (the same as a chart). */
async function writeDocs(g: GoalsSummary): Promise<void> {
  const json = path.join(ROOT, 'docs', 'bench.json');
  const svg = path.join(ROOT, 'docs', 'bench.svg');
  await writeFile(json, JSON.stringify(g, null, 2) + '\n');
  await writeFile(svg, renderGoalsChart(g));
  console.log(`written: ${path.relative(ROOT, json)}, ${path.relative(ROOT, svg)}`);
}

function printScale(s: ScaleResult): void {
  console.log('\n== Scale on the PostgreSQL server (HNSW) ==');
  console.log(
    table(
      ['clauses', 'documents', 'ingest s', 'search p50 ms', 'search p95 ms', 'vector p95 ms (service)', 'exact vector p95 ms', 'HNSW used'],
      s.sizes.map((z) => [z.clauses, z.documents, (z.ingestMs / 1000).toFixed(1), fmt.ms(z.searchP50), fmt.ms(z.searchP95), fmt.ms(z.hnswP95), fmt.ms(z.exactP95), z.hnswUsed ? 'yes' : 'no']),
    ),
  );
  const small = s.sizes[0];
  const large = s.sizes[s.sizes.length - 1];
  if (small && large) {
    console.log(`search p95 ratio ${large.clauses} vs ${small.clauses} clauses: ${(large.searchP95 / small.searchP95).toFixed(2)}×   (goal ≤ 2×)`);
  }
  const r = s.recall;
  console.log(`HNSW recall@10 against exact search at ${r.clauses} clauses, ${r.queries} queries (goal ≥ 0.95):`);
  console.log(
    table(
      ['ef_search', 'recall by ids', 'ids, exact ties counted', 'by distance (+1e-3)', 'ids: questions', 'ids: clause texts'],
      r.byEfSearch.map((f) => [
        f.efSearch === 0 ? 'the service (migration 008)' : f.efSearch === 40 ? '40 (pgvector default)' : f.efSearch,
        f.ids.toFixed(3),
        (f.idsTiesAware ?? NaN).toFixed(3),
        f.distance.toFixed(3),
        f.idsQuestions.toFixed(3),
        f.idsTexts.toFixed(3),
      ]),
    ),
  );
  for (const n of s.notes) console.log(`  note: ${n}`);
}

type Timing = { meanUs: number; p50Us: number; p95Us: number; p99Us: number };

/** The rules benchmark as a table when it has the shape bench-rules.ts returns, else as JSON. */
function formatRules(rules: unknown): string {
  const cases = (rules as { cases?: Record<string, Record<string, Timing>> }).cases;
  if (!cases || typeof cases !== 'object') return JSON.stringify(rules, null, 2);
  const rows: (string | number)[][] = [];
  for (const [name, phases] of Object.entries(cases)) {
    for (const [phase, t] of Object.entries(phases)) {
      rows.push([name, phase, t.meanUs.toFixed(1), t.p50Us.toFixed(1), t.p95Us.toFixed(1), t.p99Us.toFixed(1)]);
    }
  }
  const goal = (rules as { goalUs?: number }).goalUs;
  return table(['case', 'what', 'mean µs', 'p50 µs', 'p95 µs', 'p99 µs'], rows) + (goal ? `\n(goal: well under ${goal} µs per applicant)` : '');
}

async function rulesBench(): Promise<unknown> {
  const file = path.join(ROOT, 'scripts', 'bench-rules.ts');
  if (!existsSync(file)) return undefined;
  const mod = (await import(pathToFileURL(file).href)) as { benchRules?: () => unknown };
  if (typeof mod.benchRules !== 'function') return undefined;
  return await mod.benchRules();
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const out: Record<string, unknown> = { startedAt: new Date().toISOString(), node: process.version, args };
  const cleanups: (() => Promise<void>)[] = [];

  try {
    if (!args.skipHttp) {
      const dataDir = await mkdtemp(path.join(tmpdir(), 'bench-data-'));
      cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
      const embedded = await httpRun('embedded', { DATABASE_URL: undefined, DATA_DIR: dataDir }, args);
      printHttp(embedded);
      out.embedded = embedded;
    }

    const serverUrl = args.skipServer ? undefined : await serverUrlForBench();
    if (!serverUrl && !args.skipServer) console.log('\n(no PostgreSQL server reachable: server runs skipped; set DATABASE_URL)');
    if (serverUrl && !args.skipHttp) {
      const schema = `bench_http_${process.pid}`;
      await createSchema(serverUrl, schema);
      cleanups.push(() => dropSchema(serverUrl, schema));
      const server = await httpRun('server', { DATABASE_URL: withSearchPath(serverUrl, schema), DATA_DIR: undefined }, args);
      printHttp(server);
      out.server = server;
    }
    if (!args.skipHttp) {
      const goals = summariseGoals(out.embedded as HttpRun | undefined, out.server as HttpRun | undefined);
      printGoals(goals);
      out.goals = goals;
      if (args.docs) await writeDocs(goals);
    }
    if (serverUrl && !args.skipScale) {
      const scale = await runScale(serverUrl, { clauses: args.clauses, quick: args.quick });
      printScale(scale);
      out.scale = scale;
    }

    const rules = await rulesBench();
    if (rules !== undefined) {
      console.log('\n== Rules engine (in-process) ==');
      console.log(formatRules(rules));
      out.rules = rules;
    }
  } finally {
    for (const c of cleanups.reverse()) await c().catch((e: unknown) => console.error('cleanup:', e));
  }

  out.totalSeconds = (performance.now() - started) / 1000;
  console.log(`\nbench done in ${(out.totalSeconds as number).toFixed(0)} s`);
  if (args.out) {
    await writeFile(args.out, JSON.stringify(out, null, 2) + '\n');
    console.log(`results written to ${args.out}`);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack ?? err.message : err);
  process.exit(1);
});
