/**
 * docs/bench.json and docs/bench.svg from several `npm run bench -- --out FILE` runs: each
 * figure the median over the runs (on a shared machine one run is not a measurement), with
 * the figures of earlier runs given by --before as the comparison.
 *
 *   npx tsx scripts/bench/median-docs.ts after1.json after2.json … [--before b1.json b2.json …]
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderGoalsChart, type EndpointFigure, type GoalsSummary } from './goals.js';
import { ROOT } from './server.js';

function median(xs: number[]): number {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

async function goalsOf(files: string[]): Promise<GoalsSummary[]> {
  const out: GoalsSummary[] = [];
  for (const f of files) {
    const json = JSON.parse(await readFile(f, 'utf8')) as { goals?: GoalsSummary };
    if (json.goals) out.push(json.goals);
  }
  return out;
}

type Mode = 'embedded' | 'server';
type Name = GoalsSummary['endpoints'][number]['name'];

/** The per-figure median of several summaries. */
function medianSummary(runs: GoalsSummary[]): GoalsSummary & { runs: number; runRatios: Record<string, number[]> } {
  const first = runs[0]!;
  const runRatios: Record<string, number[]> = {};
  const fig = (name: Name, mode: Mode): EndpointFigure | undefined => {
    const figs = runs.map((r) => r.endpoints.find((e) => e.name === name)?.[mode]).filter((f): f is EndpointFigure => !!f);
    if (!figs.length) return undefined;
    runRatios[`${name} ${mode}`] = figs.map((f) => f.ratio);
    const m = (pick: (f: EndpointFigure) => number) => median(figs.map(pick));
    return {
      ratio: Math.round(m((f) => f.ratio) * 1000) / 1000,
      goal: figs[0]!.goal,
      issue: figs[0]!.issue,
      roundRatios: figs.flatMap((f) => f.roundRatios),
      rps: Math.round(m((f) => f.rps)),
      p50Ms: m((f) => f.p50Ms),
      p975Ms: m((f) => f.p975Ms),
      cpuUs: Math.round(m((f) => f.cpuUs)),
      ok: figs.reduce((n, f) => n + f.ok, 0),
      sent: figs.reduce((n, f) => n + f.sent, 0),
    };
  };
  const pick = (get: (g: GoalsSummary) => number | undefined) => {
    const v = median(runs.map(get).filter((x): x is number => x !== undefined));
    return Number.isFinite(v) ? Math.round(v) : undefined;
  };
  const opt = <K extends string>(key: K, v: number | undefined) => (v === undefined ? {} : ({ [key]: v } as Record<K, number>));
  return {
    ...first,
    at: runs.map((r) => r.at).sort().at(-1)!,
    method: `${first.method}; each figure the median over ${runs.length} runs`,
    runs: runs.length,
    runRatios,
    endpoints: first.endpoints.map((e) => {
      const em = fig(e.name, 'embedded');
      const sv = fig(e.name, 'server');
      return { name: e.name, ...(em ? { embedded: em } : {}), ...(sv ? { server: sv } : {}) };
    }),
    healthzRps: { ...opt('embedded', pick((g) => g.healthzRps.embedded)), ...opt('server', pick((g) => g.healthzRps.server)) },
    healthzCpuUs: { ...opt('embedded', pick((g) => g.healthzCpuUs?.embedded)), ...opt('server', pick((g) => g.healthzCpuUs?.server)) },
    ...opt('embeddedRssPeakMiB', pick((g) => g.embeddedRssPeakMiB)),
    ...opt('embeddedRssPeakAtReadyMiB', pick((g) => g.embeddedRssPeakAtReadyMiB)),
    ...opt('serverRssPeakMiB', pick((g) => g.serverRssPeakMiB)),
  };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const split = argv.indexOf('--before');
  const afterFiles = split < 0 ? argv : argv.slice(0, split);
  const beforeFiles = split < 0 ? [] : argv.slice(split + 1);
  const after = await goalsOf(afterFiles);
  if (!after.length) throw new Error('no bench results with goals given');
  const summary = medianSummary(after);
  const before = beforeFiles.length ? medianSummary(await goalsOf(beforeFiles)) : undefined;
  const doc = { ...summary, ...(before ? { before } : {}) };
  await writeFile(path.join(ROOT, 'docs', 'bench.json'), JSON.stringify(doc, null, 2) + '\n');
  await writeFile(path.join(ROOT, 'docs', 'bench.svg'), renderGoalsChart(summary, before));
  for (const e of summary.endpoints) {
    for (const mode of ['embedded', 'server'] as const) {
      const a = e[mode];
      const b = before?.endpoints.find((x) => x.name === e.name)?.[mode];
      if (a) console.log(`${e.name} ${mode}: ${b ? `${(b.ratio * 100).toFixed(1)}% → ` : ''}${(a.ratio * 100).toFixed(1)}% (goal ${(a.goal * 100).toFixed(0)}%), CPU ${b ? `${b.cpuUs} → ` : ''}${a.cpuUs} µs/request`);
    }
  }
  console.log(`healthz CPU µs/request: ${JSON.stringify(summary.healthzCpuUs)}; embedded peak while serving ${summary.embeddedRssPeakMiB} MiB`);
  console.log('written: docs/bench.json, docs/bench.svg');
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack ?? err.message : err);
  process.exit(1);
});
