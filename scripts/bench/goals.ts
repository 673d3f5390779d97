/**
 * The bench's figures against issue 13's goals: each endpoint's share of /healthz per
 * database, the embedded default's peak memory; as data (docs/bench.json) and as a chart
 * (docs/bench.svg) that GitHub renders without scripts or fonts to load.
 */
import { GOALS, ISSUE_FIGURES } from './targets.js';

/** What `npm run bench` measured on one database (the part this summary reads). */
interface HttpRunLike {
  rounds: number;
  rssPeak: number;
  rssPeakAtReady: number;
  results: { name: string; ratioToHealthz: number; roundRatios: number[]; rps: number; p50: number; p975: number; ok: number; sent: number; cpuUsPerRequest?: number }[];
}

export interface EndpointFigure {
  /** Median over the rounds of throughput (2xx) ÷ /healthz throughput of the same round. */
  ratio: number;
  goal: number;
  /** What the issue's author measured before the work. */
  issue: number;
  roundRatios: number[];
  rps: number;
  p50Ms: number;
  p975Ms: number;
  /** Server CPU per request, µs (median over rounds): a figure less swayed by other load on the machine. */
  cpuUs: number;
  ok: number;
  sent: number;
}

export interface GoalsSummary {
  at: string;
  node: string;
  method: string;
  rounds: { embedded?: number; server?: number };
  endpoints: { name: 'search' | 'ask' | 'eligibility'; embedded?: EndpointFigure; server?: EndpointFigure }[];
  healthzRps: { embedded?: number; server?: number };
  /** Server CPU per /healthz request, µs. */
  healthzCpuUs: { embedded?: number; server?: number };
  embeddedRssPeakMiB?: number;
  embeddedRssPeakAtReadyMiB?: number;
  serverRssPeakMiB?: number;
  rssGoalMiB: number;
}

const MIB = 1024 * 1024;
const round3 = (x: number) => Math.round(x * 1000) / 1000;

function figure(run: HttpRunLike | undefined, mode: 'embedded' | 'server', name: 'search' | 'ask' | 'eligibility'): EndpointFigure | undefined {
  const r = run?.results.find((x) => x.name === name);
  if (!r) return undefined;
  return {
    ratio: round3(r.ratioToHealthz),
    goal: GOALS[mode][name],
    issue: ISSUE_FIGURES[mode][name],
    roundRatios: r.roundRatios.map(round3),
    rps: Math.round(r.rps),
    p50Ms: Math.round(r.p50 * 10) / 10,
    p975Ms: Math.round(r.p975 * 10) / 10,
    cpuUs: Math.round(r.cpuUsPerRequest ?? NaN),
    ok: r.ok,
    sent: r.sent,
  };
}

/** The goals' figures of one bench run (either database may be missing). */
export function summariseGoals(embedded: HttpRunLike | undefined, server: HttpRunLike | undefined): GoalsSummary {
  const healthz = (run: HttpRunLike | undefined) => run?.results.find((x) => x.name === 'healthz')?.rps;
  const hc = (run: HttpRunLike | undefined) => run?.results.find((x) => x.name === 'healthz')?.cpuUsPerRequest;
  const ec = hc(embedded);
  const sc = hc(server);
  const e = healthz(embedded);
  const s = healthz(server);
  return {
    at: new Date().toISOString(),
    node: process.version,
    method:
      '16 connections (keep-alive, lean client), half of the questions made unique, RATE_LIMIT_PER_MINUTE=0, LOG_LEVEL=warn, ' +
      'only 2xx counted; in each round every endpoint alternates with /healthz in 0.5 s slices; ratio = median over rounds of endpoint req/s ÷ /healthz req/s of the same slices',
    rounds: { ...(embedded ? { embedded: embedded.rounds } : {}), ...(server ? { server: server.rounds } : {}) },
    endpoints: (['search', 'ask', 'eligibility'] as const).map((name) => {
      const em = figure(embedded, 'embedded', name);
      const sv = figure(server, 'server', name);
      return { name, ...(em ? { embedded: em } : {}), ...(sv ? { server: sv } : {}) };
    }),
    healthzCpuUs: { ...(ec !== undefined ? { embedded: Math.round(ec) } : {}), ...(sc !== undefined ? { server: Math.round(sc) } : {}) },
    healthzRps: { ...(e ? { embedded: Math.round(e) } : {}), ...(s ? { server: Math.round(s) } : {}) },
    ...(embedded ? { embeddedRssPeakMiB: Math.round(embedded.rssPeak / MIB), embeddedRssPeakAtReadyMiB: Math.round(embedded.rssPeakAtReady / MIB) } : {}),
    ...(server ? { serverRssPeakMiB: Math.round(server.rssPeak / MIB) } : {}),
    rssGoalMiB: GOALS.embeddedRssMiB,
  };
}

const esc = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Horizontal bars, one per endpoint and database: the measured share of /healthz, a dark tick
 * at the goal and a grey tick at what the issue measured before.
 */
export function renderGoalsChart(g: GoalsSummary, before?: GoalsSummary): string {
  const rows: { label: string; f: EndpointFigure; was: number }[] = [];
  const previous = (name: string, mode: 'embedded' | 'server') => before?.endpoints.find((e) => e.name === name)?.[mode]?.ratio;
  for (const e of g.endpoints) {
    if (e.embedded) rows.push({ label: `${e.name} — embedded`, f: e.embedded, was: previous(e.name, 'embedded') ?? e.embedded.issue });
    if (e.server) rows.push({ label: `${e.name} — server`, f: e.server, was: previous(e.name, 'server') ?? e.server.issue });
  }
  const left = 150;
  const barW = 420;
  const rowH = 26;
  const top = 48;
  const max = Math.max(0.6, ...rows.map((r) => Math.max(r.f.ratio, r.f.goal) * 1.1));
  const x = (v: number) => left + (Math.min(v, max) / max) * barW;
  const height = top + rows.length * rowH + 56;
  const width = left + barW + 150;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${width / 2}" y="18" text-anchor="middle" font-size="14" font-weight="bold">Throughput as a share of /healthz in the same run (16 connections, 2xx only)</text>`,
    `<text x="${width / 2}" y="34" text-anchor="middle" fill="#555">${esc(`${g.at.slice(0, 10)}, Node ${g.node}; ${'runs' in g ? `median of ${String((g as { runs: number }).runs)} runs of` : 'median of'} ${g.rounds.embedded ?? g.rounds.server ?? '?'} rounds; half the questions unique`)}</text>`,
  ];
  for (let t = 0; t <= max + 1e-9; t += 0.1) {
    const tx = x(t);
    out.push(`<line x1="${tx}" x2="${tx}" y1="${top - 4}" y2="${top + rows.length * rowH}" stroke="#eee"/>`);
    out.push(`<text x="${tx}" y="${top + rows.length * rowH + 14}" text-anchor="middle" fill="#555">${Math.round(t * 100)}%</text>`);
  }
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    const met = r.f.ratio >= r.f.goal;
    out.push(`<text x="${left - 8}" y="${y + 15}" text-anchor="end">${esc(r.label)}</text>`);
    out.push(`<rect x="${left}" y="${y + 4}" width="${Math.max(1, x(r.f.ratio) - left)}" height="16" fill="${met ? '#2a7f62' : '#c0504d'}"/>`);
    out.push(`<line x1="${x(r.f.goal)}" x2="${x(r.f.goal)}" y1="${y + 1}" y2="${y + 23}" stroke="#000" stroke-width="2"/>`);
    out.push(`<line x1="${x(r.was)}" x2="${x(r.was)}" y1="${y + 1}" y2="${y + 23}" stroke="#999" stroke-width="2" stroke-dasharray="3 2"/>`);
    out.push(`<text x="${left + barW + 8}" y="${y + 15}">${esc(`${(r.f.ratio * 100).toFixed(1)}% (goal ${(r.f.goal * 100).toFixed(0)}%)`)}</text>`);
  });
  const ly = top + rows.length * rowH + 34;
  out.push(`<line x1="${left}" x2="${left}" y1="${ly - 9}" y2="${ly + 3}" stroke="#000" stroke-width="2"/><text x="${left + 6}" y="${ly}">goal</text>`);
  out.push(`<line x1="${left + 50}" x2="${left + 50}" y1="${ly - 9}" y2="${ly + 3}" stroke="#999" stroke-width="2" stroke-dasharray="3 2"/><text x="${left + 56}" y="${ly}">${before ? 'before this work (same bench)' : 'measured in issue 13 (before)'}</text>`);
  if (g.embeddedRssPeakMiB !== undefined) {
    out.push(`<text x="${left + 240}" y="${ly}">${esc(`embedded peak memory while serving ${g.embeddedRssPeakMiB} MiB (goal ≤ ${g.rssGoalMiB})`)}</text>`);
  }
  out.push('</svg>');
  return out.join('\n') + '\n';
}
