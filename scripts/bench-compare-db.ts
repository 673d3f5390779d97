/**
 * `npx tsx scripts/bench-compare-db.ts [target] [--rounds N]` — the same target on the
 * embedded database and on the PostgreSQL server, both servers up at once and measured in
 * alternation (the order flips every round), each as a share of its own `/healthz` in the same
 * round, the way `npm run bench` measures (16 connections, 2xx only, slices of /healthz and
 * the target). `npm run bench` measures the two databases one after the other, a minute
 * apart, so the machine's load drifts between them; here both meet the same load. It also
 * splits each process's CPU per request into user and system time, and prints the CPU
 * multiple (the target's CPU per request over /healthz's): a share can fall because the
 * target got dearer or because /healthz got cheaper, and only the two CPU figures tell which.
 * It measures, it asserts nothing. The server is DATABASE_URL or the local test database.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { poolLoads, runLoad, type LoadResult } from './bench/load.js';
import { createSchema, dropSchema, serverUrlForBench, withSearchPath } from './bench/scale.js';
import { childEnv, startServer, type RunningServer } from './bench/server.js';
import { BASELINE, TARGETS } from './bench/targets.js';

/** User and system CPU time the process has used so far, µs (Linux /proc; 10 ms ticks). */
async function cpuTimes(pid: number): Promise<{ user: number; system: number }> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { user: Number(fields[11]) * 10_000, system: Number(fields[12]) * 10_000 };
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

interface Tally {
  ratios: number[];
  multiples: number[];
  /** Per request, summed over rounds: [user µs, system µs, requests] for /healthz and the target. */
  base: [number, number, number];
  target: [number, number, number];
}

async function main(): Promise<void> {
  const name = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'eligibility-half-new';
  const roundsAt = process.argv.indexOf('--rounds');
  const rounds = roundsAt > 0 ? Number(process.argv[roundsAt + 1]) : 8;
  const target = TARGETS.find((t) => t.name === name);
  if (!target) throw new Error(`no target ${name}; one of ${TARGETS.map((t) => t.name).join(', ')}`);
  const url = await serverUrlForBench();
  if (!url) throw new Error('no PostgreSQL server reachable (DATABASE_URL or the local test database)');

  const schema = `bench_cmp_${process.pid}`;
  await createSchema(url, schema);
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-compare-'));
  const servers: Record<string, RunningServer> = {};
  try {
    servers.embedded = await startServer(childEnv({ DATABASE_URL: undefined, DATA_DIR: path.join(dir, 'data') }));
    servers.server = await startServer(childEnv({ DATABASE_URL: withSearchPath(url, schema), DATA_DIR: undefined }));
    // Both warmed up before any round (the JIT tiers up over the first thousands of requests).
    for (const s of Object.values(servers)) {
      await runLoad(s.baseUrl, BASELINE, { count: 3000, concurrency: 16, maxMs: 5000 });
      await runLoad(s.baseUrl, target, { count: 3000, concurrency: 16, maxMs: 5000 });
    }
    const tallies: Record<string, Tally> = {};
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 ? ['server', 'embedded'] : ['embedded', 'server'];
      for (const mode of order) {
        const s = servers[mode]!;
        const t = (tallies[mode] ??= { ratios: [], multiples: [], base: [0, 0, 0], target: [0, 0, 0] });
        const base: LoadResult[] = [];
        const loads: LoadResult[] = [];
        const cpu = { base: 0, target: 0 };
        for (let slice = 0; slice < 4; slice++) {
          for (const which of [BASELINE, target]) {
            const before = await cpuTimes(s.child.pid!);
            const r = await runLoad(s.baseUrl, which, { count: which === BASELINE ? 4000 : 1500, concurrency: 16, maxMs: 500 });
            const after = await cpuTimes(s.child.pid!);
            const sum = which === BASELINE ? t.base : t.target;
            sum[0] += after.user - before.user;
            sum[1] += after.system - before.system;
            sum[2] += r.ok;
            cpu[which === BASELINE ? 'base' : 'target'] += after.user - before.user + after.system - before.system;
            (which === BASELINE ? base : loads).push(r);
          }
        }
        const b = poolLoads(base);
        const l = poolLoads(loads);
        const multiple = cpu.target / l.ok / (cpu.base / b.ok);
        t.ratios.push(l.rps / b.rps);
        t.multiples.push(multiple);
        console.log(
          `round ${round + 1} ${mode.padEnd(8)}: ${((100 * l.rps) / b.rps).toFixed(1)} % of /healthz (${b.rps.toFixed(0)} req/s), ` +
            `CPU per request ${(cpu.target / l.ok).toFixed(0)} µs against ${(cpu.base / b.ok).toFixed(0)} µs (×${multiple.toFixed(2)})`,
        );
      }
    }
    console.log(`\n${name}, ${rounds} rounds, medians:`);
    for (const [mode, t] of Object.entries(tallies)) {
      const per = (x: [number, number, number]) => `user ${(x[0] / x[2]).toFixed(0)} + system ${(x[1] / x[2]).toFixed(0)} µs`;
      console.log(
        `${mode.padEnd(8)}: ${(100 * median(t.ratios)).toFixed(1)} % of /healthz (rounds ${t.ratios.map((r) => (100 * r).toFixed(0)).join(' ')}), ` +
          `CPU multiple ×${median(t.multiples).toFixed(2)}; /healthz ${per(t.base)}, ${name} ${per(t.target)}`,
      );
    }
  } finally {
    for (const s of Object.values(servers)) await s.stop();
    await dropSchema(url, schema);
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
