/**
 * `npx tsx scripts/bench-ask.ts` — measures the answer pipeline in-process (it asserts nothing):
 *
 *   1. coverage on the retrieval question set (test/eval/questions.ts): how many questions
 *      /api/ask answers, and how many of those cite a clause that answers them; and on the
 *      answer-quality list (test/core/answer/quality-questions.ts): answered or declined as it
 *      should be, the right clause cited, the figures that answer it present;
 *   2. extractive /api/ask latency at 16 concurrent clients (p50/p95), through the Hono app
 *      on embedded PGlite — the goal is p95 ≤ 100 ms. The HTTP load on a real server is part
 *      of `npm run bench` (scripts/bench.ts, target "ask").
 *
 * Options: --requests N (default 800), --concurrency N (default 16), --verbose (print misses).
 */
import { pathToFileURL } from 'node:url';
import type { AskResponse } from '../src/core/answer/schema.js';
import { QUALITY_CASES } from '../test/core/answer/quality-questions.js';
import { QUESTIONS } from '../test/eval/questions.js';
import { createTestContext } from '../test/support/context.js';

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export async function benchAsk(): Promise<void> {
  const requests = arg('requests', 800);
  const concurrency = arg('concurrency', 16);
  const verbose = process.argv.includes('--verbose');
  const ctx = await createTestContext({ env: { RATE_LIMIT_PER_MINUTE: '0' } });
  const post = async (question: string): Promise<AskResponse> => {
    const res = await ctx.app.request('/api/ask', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question, channel: 'web' }),
    });
    if (res.status !== 200) throw new Error(`HTTP ${res.status} for ${question}`);
    return (await res.json()) as AskResponse;
  };
  try {
    let answered = 0;
    let cited = 0;
    for (const q of QUESTIONS) {
      const r = await post(q.q);
      if (r.answered) answered++;
      const hit = r.citations.some((c) => q.expect.includes(c.clause));
      if (r.answered && hit) cited++;
      else if (verbose) console.log(`${r.answered ? 'WRONG' : 'MISS '} ${q.q} → ${r.route} ${r.citations.map((c) => c.clause).join(',') || '-'} (want ${q.expect.join('|')})`);
    }
    console.log(`coverage: answered ${answered}/${QUESTIONS.length}, citing a right clause ${cited}/${QUESTIONS.length}`);

    // The answer-quality list (test/core/answer/quality-questions.ts): answered or declined as it
    // should be, the right clause cited, the figures that answer it present.
    let rightOutcome = 0;
    let rightClause = 0;
    let withClause = 0;
    let figures = 0;
    for (const c of QUALITY_CASES) {
      const r = await post(c.q);
      const ok = (c.expect === 'answer') === r.answered;
      if (ok) rightOutcome++;
      if (c.clauses) {
        withClause++;
        if (r.citations.some((x) => c.clauses!.includes(x.clause))) rightClause++;
      }
      const has = (c.must ?? []).every((m) => m.test(r.answer));
      if (has) figures++;
      if (verbose && (!ok || !has)) console.log(`QUALITY ${c.q} → ${r.route} answered=${r.answered} ${r.citations.map((x) => x.clause).join(',') || '-'}`);
    }
    console.log(
      `quality list: answered/declined right ${rightOutcome}/${QUALITY_CASES.length}, right clause ${rightClause}/${withClause}, ` +
        `key figures/words present ${figures}/${QUALITY_CASES.length}`,
    );

    // Warm up, then the timed run: `concurrency` clients, each sending its share in sequence.
    for (const q of QUESTIONS.slice(0, 20)) await post(q.q);
    const latencies: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < requests) {
          const i = next++;
          const t = performance.now();
          await post(QUESTIONS[i % QUESTIONS.length]!.q);
          latencies.push(performance.now() - t);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    console.log(
      `latency at ${concurrency} clients over ${requests} requests: p50 ${percentile(latencies, 50).toFixed(1)} ms, ` +
        `p95 ${percentile(latencies, 95).toFixed(1)} ms, ${(requests / seconds).toFixed(0)} req/s`,
    );
  } finally {
    await ctx.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchAsk().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
