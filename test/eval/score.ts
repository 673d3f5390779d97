/**
 * Runs the question set through a search and scores it: recall@1, recall@3, MRR, and the
 * misses (questions whose answer is not in the top 3). Shared by `npm run eval` and the
 * retrieval regression test, so both measure the same thing.
 */
import type { SearchService } from '../../src/core/search/types.js';
import type { EvalQuestion } from './questions.js';

/** How one question fared. */
export interface QuestionOutcome {
  question: EvalQuestion;
  /** 1-based rank of the first expected clause among the returned hits; null when absent. */
  rank: number | null;
  /** Clause ids returned, best first. */
  got: string[];
}

export interface EvalReport {
  count: number;
  recallAt1: number;
  recallAt3: number;
  /** Mean reciprocal rank over `depth` results (0 for a question not found within them). */
  mrr: number;
  depth: number;
  outcomes: QuestionOutcome[];
  /** Outcomes with rank null or > 3. */
  misses: QuestionOutcome[];
  /** Mean search time per question, milliseconds. */
  meanMs: number;
}

/** Searches each question (one at a time, so timings are not interleaved) and scores the run. */
export async function scoreSearch(
  search: SearchService,
  questions: readonly EvalQuestion[],
  depth = 10,
): Promise<EvalReport> {
  const outcomes: QuestionOutcome[] = [];
  let totalMs = 0;
  for (const question of questions) {
    const t0 = performance.now();
    const hits = await search.search(question.q, depth);
    totalMs += performance.now() - t0;
    const got = hits.map((h) => h.clause);
    const idx = got.findIndex((c) => question.expect.includes(c));
    outcomes.push({ question, rank: idx < 0 ? null : idx + 1, got });
  }
  return summarise(outcomes, depth, totalMs);
}

/** Turns per-question outcomes into the report's figures. */
export function summarise(outcomes: QuestionOutcome[], depth: number, totalMs = 0): EvalReport {
  const n = outcomes.length;
  const within = (k: number) => outcomes.filter((o) => o.rank !== null && o.rank <= k).length;
  const rr = outcomes.reduce((sum, o) => sum + (o.rank === null ? 0 : 1 / o.rank), 0);
  return {
    count: n,
    recallAt1: n ? within(1) / n : 0,
    recallAt3: n ? within(3) / n : 0,
    mrr: n ? rr / n : 0,
    depth,
    outcomes,
    misses: outcomes.filter((o) => o.rank === null || o.rank > 3),
    meanMs: n ? totalMs / n : 0,
  };
}

/** The report as plain text lines: the figures, then one line per miss. */
export function formatReport(report: EvalReport, label: string, showGoals = true): string {
  const pct = (x: number) => (x * 100).toFixed(1) + '%';
  const goal = (text: string) => (showGoals ? `   (goal ${text})` : '');
  const lines = [
    `retrieval eval — ${label}`,
    `  questions  ${report.count}`,
    `  recall@1   ${pct(report.recallAt1)}`,
    `  recall@3   ${pct(report.recallAt3)}${goal('≥ 95%')}`,
    `  MRR@${report.depth}     ${report.mrr.toFixed(3)}${goal('≥ 0.85')}`,
    `  mean time  ${report.meanMs.toFixed(1)} ms per question`,
  ];
  if (report.misses.length === 0) {
    lines.push('  misses     none');
  } else {
    lines.push(`  misses (${report.misses.length}): question → expected | got top 3 (rank of expected)`);
    for (const m of report.misses) {
      const rank = m.rank === null ? `not in top ${report.depth}` : `rank ${m.rank}`;
      lines.push(`    ${m.question.q} → ${m.question.expect.join(' / ')} | ${m.got.slice(0, 3).join(', ') || '—'} (${rank})`);
    }
  }
  return lines.join('\n');
}
