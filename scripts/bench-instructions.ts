/**
 * `npx tsx scripts/bench-instructions.ts <target> [--server] [--counts 10000,30000]` — machine
 * instructions per request of the real server, counted by valgrind's callgrind: repeatable on
 * a shared machine where timings swing by half between runs of one build. Two servers are run
 * under callgrind (in parallel), one serving the smaller count of requests and one the larger;
 * the difference of their totals over the difference of the counts is a request's cost with
 * start-up taken out. Then the same difference per kind of work (V8's optimising compiler,
 * garbage collection, V8's runtime slow paths, JSON, builtins, JIT-compiled JavaScript…), from
 * callgrind_annotate's per-function totals.
 *
 * Callgrind counts user-space instructions in every thread of the process: not the kernel (a
 * response's `writev`), not waiting, not cache misses. Under valgrind the server runs ~50×
 * slower (a start with PGlite takes ~3 minutes); V8 tiers up by counts, so give the smaller
 * count enough requests (≥ 10 000) for the JIT to settle, or the difference includes
 * compiling. Needs `valgrind` on the PATH. It measures, it asserts nothing.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runLoad } from './bench/load.js';
import { createSchema, dropSchema, serverUrlForBench, withSearchPath } from './bench/scale.js';
import { childEnv, freePort, ROOT } from './bench/server.js';
import { BASELINE, TARGETS } from './bench/targets.js';

/** The kind of work a callgrind function name stands for (first match wins). */
const KINDS: [string, RegExp][] = [
  ['compiling (V8 optimising compiler)', /compiler::|turboshaft|maglev|Compil/i],
  ['garbage collection', /Marking|Sweep|Scaveng|Heap::|heap::|Evacuat|MemoryChunk|RememberedSet|SlotSet|BodyDescriptor|SizeFromMap|Concurrent/],
  ['V8 runtime slow paths (property definition, IC misses)', /Runtime_|LookupIterator|Transition|MigrateToMap|FeedbackNexus|AddDataProperty|DefineOwnProperty/],
  ['JSON', /Json/],
  ['builtins', /Builtins_/],
  ['C library (memcpy, memset, malloc)', /libc\.so|malloc/],
  ['JIT-compiled JavaScript', /^\?\?\?:0x/],
];

/** Per-function instruction totals of a callgrind output file (callgrind_annotate, self cost). */
function functionTotals(file: string): Map<string, number> {
  const text = execFileSync('callgrind_annotate', ['--inclusive=no', '--threshold=100', file], { maxBuffer: 256 * 1024 * 1024 }).toString();
  const totals = new Map<string, number>();
  for (const line of text.split('\n')) {
    const m = /^\s*([\d,]+)\s+(?:\(\s*[\d.]+%\)\s+)?(.*)$/.exec(line);
    if (!m || m[2]!.startsWith('PROGRAM TOTALS') || !m[2]!.includes(':')) continue;
    const name = m[2]!.replace(/\s+\[.*$/, '');
    totals.set(name, (totals.get(name) ?? 0) + Number(m[1]!.replace(/,/g, '')));
  }
  return totals;
}

/** Runs the server under callgrind, sends it `count` requests of `target`, stops it; returns the output file. */
async function countedRun(env: Record<string, string | undefined>, target: (typeof TARGETS)[number], count: number, dir: string): Promise<string> {
  const port = await freePort();
  const out = path.join(dir, `callgrind.${count}.out`);
  const childEnvironment: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries({ ...process.env, ...childEnv(env), PORT: String(port), HOST: '127.0.0.1' })) if (v !== undefined) childEnvironment[k] = v;
  // --smc-check: V8 writes and patches machine code at run time.
  const child = spawn('valgrind', ['--tool=callgrind', '--smc-check=all-non-file', `--callgrind-out-file=${out}`, process.execPath, 'dist/node/main.js'], {
    cwd: ROOT,
    env: childEnvironment,
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let gone = false;
  void exited.then(() => (gone = true));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    if (gone || Date.now() > deadline) throw new Error('the server under valgrind did not become ready');
    const status = await fetch(`${base}/readyz`, { signal: AbortSignal.timeout(30_000) })
      .then(async (r) => (await r.arrayBuffer(), r.status))
      .catch(() => 0);
    if (status === 200) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  const r = await runLoad(base, target, { count, concurrency: 16, maxMs: 60 * 60_000 });
  if (r.ok !== count) console.log(`  (${count}: only ${r.ok} answered 2xx)`);
  child.kill('SIGTERM');
  await exited;
  return out;
}

async function main(): Promise<void> {
  const name = process.argv[2] ?? 'healthz';
  const target = [BASELINE, ...TARGETS].find((t) => t.name === name);
  if (!target) throw new Error(`no target ${name}; one of ${[BASELINE, ...TARGETS].map((t) => t.name).join(', ')}`);
  const countsAt = process.argv.indexOf('--counts');
  const [small, large] = (countsAt > 0 ? process.argv[countsAt + 1]! : '10000,30000').split(',').map(Number) as [number, number];
  if (!(small >= 0 && large > small)) throw new Error('--counts wants two numbers, the smaller first');
  execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });

  const dir = await mkdtemp(path.join(tmpdir(), 'bench-instructions-'));
  const useServer = process.argv.includes('--server');
  let cleanup = async () => {};
  try {
    const envFor = async (tag: string): Promise<Record<string, string | undefined>> => {
      if (!useServer) return { DATABASE_URL: undefined, DATA_DIR: path.join(dir, `data-${tag}`) };
      const url = await serverUrlForBench();
      if (!url) throw new Error('no PostgreSQL server reachable');
      const schema = `bench_instr_${process.pid}_${tag}`;
      await createSchema(url, schema);
      const previous = cleanup;
      cleanup = async () => {
        await previous();
        await dropSchema(url, schema);
      };
      return { DATABASE_URL: withSearchPath(url, schema), DATA_DIR: undefined };
    };
    const [smallOut, largeOut] = await Promise.all([countedRun(await envFor('a'), target, small, dir), countedRun(await envFor('b'), target, large, dir)]);
    const a = functionTotals(smallOut);
    const b = functionTotals(largeOut);
    const perRequest = new Map<string, number>();
    for (const fn of new Set([...a.keys(), ...b.keys()])) perRequest.set(fn, ((b.get(fn) ?? 0) - (a.get(fn) ?? 0)) / (large - small));
    const total = [...perRequest.values()].reduce((x, y) => x + y, 0);
    console.log(`${name} on ${useServer ? 'the PostgreSQL server' : 'embedded PGlite'}: ${(total / 1000).toFixed(0)}k instructions per request (requests ${small} → ${large})`);
    const byKind = new Map<string, number>();
    for (const [fn, n] of perRequest) {
      const kind = KINDS.find(([, re]) => re.test(fn))?.[0] ?? 'other (V8 and Node internals)';
      byKind.set(kind, (byKind.get(kind) ?? 0) + n);
    }
    for (const [kind, n] of [...byKind].sort((x, y) => y[1] - x[1])) console.log(`  ${(n / 1000).toFixed(1).padStart(7)}k  ${kind}`);
    console.log('largest functions (JIT-compiled JavaScript has no names here):');
    for (const [fn, n] of [...perRequest].sort((x, y) => y[1] - x[1]).slice(0, 15)) console.log(`  ${(n / 1000).toFixed(1).padStart(7)}k  ${fn.slice(0, 140)}`);
  } finally {
    await cleanup();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
