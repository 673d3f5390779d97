import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../support/context.js';

const ctx = useTestContext();

/** The clause ids of the top `k` hits. */
async function top(q: string, k = 3): Promise<string[]> {
  return (await ctx().deps.search.search(q, k)).map((h) => h.clause);
}

describe('hybrid search over the real policy', () => {
  it.each([
    ['当兵退伍的有什么培训', '三(二)'],
    ['以工代训补贴多少钱', '六(一)'],
    ['以工代訓補貼', '六(一)'], // traditional characters
    ['农民工培训有补贴吗', '三(二)'],
    ['这个文件的文号是多少', 'head'],
    ['印发日期是哪天', 'tail'],
  ])('%s → %s first', async (q, expected) => {
    expect((await top(q, 1))[0]).toBe(expected);
  });

  it('returns clean clause text, paths and scores in 0..1, best first', async () => {
    const hits = await ctx().deps.search.search('技能大师工作室补助', 5);
    expect(hits.length).toBe(5);
    for (const h of hits) {
      expect(h.docId).toBe('zz-2019-63');
      expect(h.path.length).toBeGreaterThan(0);
      expect(h.text.length).toBeGreaterThan(10);
      expect(h.text).not.toMatch(/\n\s*\n/); // no page-break blank lines inside a clause
      expect(h.score).toBeGreaterThanOrEqual(0);
      expect(h.score).toBeLessThanOrEqual(1);
    }
    const scores = hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('gives a question the policy does not cover a far lower score than one it does', async () => {
    const [offTopic] = await ctx().deps.search.search('明天会不会下雨', 1);
    const [onTopic] = await ctx().deps.search.search('以工代训补贴标准', 1);
    expect(onTopic!.score).toBeGreaterThan(0.6);
    expect(offTopic?.score ?? 0).toBeLessThan(0.3);
  });

  it('honours k and answers a query with no usable terms with no error', async () => {
    expect((await ctx().deps.search.search('培训', 7)).length).toBe(7);
    expect((await ctx().deps.search.search('培训', 1)).length).toBe(1);
    expect(await ctx().deps.search.search('？！', 5)).toEqual([]);
  });
});
