/**
 * Retrieval regression guard: the whole question set through the real hybrid search over the
 * real corpus (PGlite by default, the server under TEST_DATABASE_URL). The floors sit a little
 * under the goals (recall@3 ≥ 0.95, MRR ≥ 0.85) so a change that makes people's questions find
 * their clause less often fails here; `npm run eval` prints the details.
 */
import { describe, expect, it } from 'vitest';
import { useTestContext } from '../support/context.js';
import { QUESTIONS } from './questions.js';
import { formatReport, scoreSearch } from './score.js';

const FLOOR = { recallAt3: 0.9, mrr: 0.8 };

/** Every clause id the document has, as the ingester names them. */
const CLAUSE_IDS = new Set([
  'head', 'preamble', '一', '二',
  ...['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六'].map((n) => `三(${n})`),
  ...['一', '二', '三', '四'].map((n) => `四(${n})`),
  ...['一', '二', '三', '四'].map((n) => `五(${n})`),
  ...['一', '二', '三'].map((n) => `六(${n})`),
  ...['一', '二', '三'].map((n) => `七(${n})`),
  'tail',
]);

describe('retrieval on the question set', () => {
  const ctx = useTestContext();

  it('names only clauses that exist, and covers every clause of the plan', async () => {
    const indexed = new Set((await ctx().deps.clauses.list()).map((c) => c.clause));
    expect([...CLAUSE_IDS].filter((id) => !indexed.has(id))).toEqual([]);
    const expected = new Set(QUESTIONS.flatMap((q) => q.expect));
    expect([...expected].filter((id) => !indexed.has(id))).toEqual([]);
    expect([...indexed].filter((id) => !expected.has(id))).toEqual([]);
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(90);
  });

  it(`finds the answering clause in the top 3 for ≥ ${FLOOR.recallAt3 * 100}% of questions, MRR ≥ ${FLOOR.mrr}`, async () => {
    const report = await scoreSearch(ctx().deps.search, QUESTIONS);
    // Printed so a failing run shows which questions regressed.
    console.log(formatReport(report, `${ctx().kind}, ${QUESTIONS.length} questions`));
    expect(report.recallAt3).toBeGreaterThanOrEqual(FLOOR.recallAt3);
    expect(report.mrr).toBeGreaterThanOrEqual(FLOOR.mrr);
  }, 120_000);

  it('finds the same clause for a question in traditional characters as for its simplified form', async () => {
    const pairs: [string, string][] = [
      ['以工代訓補貼每人每月多少錢', '以工代训补贴每人每月多少钱'],
      ['每人每年能享受幾次培訓補貼', '每人每年能享受几次培训补贴'],
      ['企業新型學徒制要培養多少人', '企业新型学徒制要培养多少人'],
    ];
    for (const [traditional, simplified] of pairs) {
      const [t] = await ctx().deps.search.search(traditional, 1);
      const [s] = await ctx().deps.search.search(simplified, 1);
      expect(t?.clause, traditional).toBe(s?.clause);
    }
  });
});
