/**
 * `npx tsx scripts/bench-profile.ts <target> [--server] [--count N]` — a V8 CPU profile of the
 * real server (spawned as `npm run bench` spawns it, with `--cpu-prof`) while it serves one
 * target of scripts/bench/targets.ts; prints the functions with the most self time and leaves
 * the .cpuprofile in the printed folder (open it in Chrome DevTools). It measures, it asserts
 * nothing. `--server` uses the PostgreSQL server (DATABASE_URL or the local test database).
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runLoad } from './bench/load.js';
import { createSchema, dropSchema, serverUrlForBench, withSearchPath } from './bench/scale.js';
import { childEnv, startServer } from './bench/server.js';
import { BASELINE, TARGETS } from './bench/targets.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function (name, file, line), largest first, as shares of all samples. */
function selfTimes(p: Profile): { name: string; share: number }[] {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  for (const id of p.samples) {
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/(node_modules|dist)\//, '$1/')}:${f.lineNumber + 1}`;
    totals.set(key, (totals.get(key) ?? 0) + 1);
  }
  return [...totals].map(([name, n]) => ({ name, share: n / p.samples.length })).sort((a, b) => b.share - a.share);
}

async function main(): Promise<void> {
  const name = process.argv[2] ?? 'ask';
  const useServer = process.argv.includes('--server');
  const countAt = process.argv.indexOf('--count');
  const count = countAt > 0 ? Number(process.argv[countAt + 1]) : 4000;
  // /healthz too: its profile is the baseline every target's share is measured against.
  const target = [BASELINE, ...TARGETS].find((t) => t.name === name);
  if (!target) throw new Error(`no target ${name}; one of ${[BASELINE, ...TARGETS].map((t) => t.name).join(', ')}`);

  const dir = await mkdtemp(path.join(tmpdir(), 'bench-profile-'));
  const env = childEnv({});
  let cleanup = async () => {};
  if (useServer) {
    const url = await serverUrlForBench();
    if (!url) throw new Error('no PostgreSQL server reachable');
    const schema = `bench_prof_${process.pid}`;
    await createSchema(url, schema);
    cleanup = () => dropSchema(url, schema);
    env.DATABASE_URL = withSearchPath(url, schema);
  } else {
    env.DATABASE_URL = undefined;
    env.DATA_DIR = path.join(dir, 'data');
  }
  try {
    const server = await startServer(env, 120_000, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
    try {
      await runLoad(server.baseUrl, target, { count: 300, concurrency: 16, maxMs: 10_000 });
      const r = await runLoad(server.baseUrl, target, { count, concurrency: 16, maxMs: 60_000 });
      console.log(`${name}: ${r.ok}/${r.sent} ok, ${r.rps.toFixed(0)} req/s, p50 ${r.p50.toFixed(1)} ms`);
    } finally {
      await server.stop();
    }
    // The serving process's profile is the largest one (a fresh data folder adds a short-lived child's).
    const files = (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile'));
    let best: { file: string; profile: Profile } | undefined;
    for (const f of files) {
      const profile = JSON.parse(await readFile(path.join(dir, f), 'utf8')) as Profile;
      if (!best || profile.samples.length > best.profile.samples.length) best = { file: f, profile };
    }
    if (!best) throw new Error('no profile written');
    console.log(`profile: ${path.join(dir, best.file)}`);
    for (const { name: fn, share } of selfTimes(best.profile).slice(0, 40)) console.log(`${(share * 100).toFixed(1).padStart(5)}%  ${fn}`);
  } finally {
    await cleanup();
    if (process.argv.includes('--clean')) await rm(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
