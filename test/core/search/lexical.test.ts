import { describe, expect, it } from 'vitest';
import { bm25Impact, buildTermRows, MAX_POSTINGS, queryTerms, stripQuestionWords, termCounts } from '../../../src/core/search/lexical.js';

describe('lexical terms for Chinese', () => {
  it('cuts Han text into bigrams and unigrams, keeps numbers whole, adds dictionary words', () => {
    const { counts, kinds } = termCounts('开展以工代训，补贴200元', ['以工代训']);
    for (const t of ['开展', '以工', '工代', '代训', '补贴']) expect(kinds.get(t)).toBe('bigram');
    expect(kinds.get('以工代训')).toBe('word');
    expect(kinds.get('200')).toBe('token');
    // No bigram across punctuation or across a number.
    expect(counts.has('训补')).toBe(false);
    expect(counts.has('贴2')).toBe(false);
  });

  it('drops question words from questions so they do not match or glue to neighbours', () => {
    expect(stripQuestionWords('当兵退伍的有什么培训吗').replace(/\s+/g, ' ')).toBe('当兵退伍的 培训 ');
    const terms = queryTerms('有什么培训').map((t) => t.term);
    expect(terms).toContain('培训');
    expect(terms).not.toContain('什么');
    expect(terms).not.toContain('么培');
  });

  it('drops the bare 有 of "is there" (有培 would match 确有培训需求), keeps it inside words', () => {
    const terms = queryTerms('做家政的有培训吗').map((t) => t.term);
    expect(terms).not.toContain('有培');
    expect(terms).toContain('家政');
    for (const word of ['没有工作', '具有资格', '有关部门', '有效期']) expect(stripQuestionWords(word)).toContain('有');
  });

  it('ranks postings by BM25 impact, shorter clauses first at equal counts, with higher idf for rarer terms', () => {
    const docs = [termCounts('职业培训补贴政策落实完善各项工作任务'), termCounts('职业培训'), termCounts('技能大师')];
    const { rows } = buildTermRows(docs);
    const training = rows.find((r) => r.term === '培训')!;
    expect(training.seqs).toEqual([1, 0]);
    const master = rows.find((r) => r.term === '大师')!;
    expect(master.idf).toBeGreaterThan(training.idf);
    expect(bm25Impact(3, 10, 10)).toBeGreaterThan(bm25Impact(1, 10, 10));
    expect(bm25Impact(100, 10, 10)).toBeLessThan(2.2 + 1e-9); // saturates at k1 + 1
  });

  it('keeps only the highest-impact postings of a very common term, and its true document frequency', () => {
    // 培训 in every clause, once, in clauses of growing length: the shortest weigh most.
    const docs = Array.from({ length: MAX_POSTINGS + 40 }, (_, i) => termCounts('培训' + '工作'.repeat(i % 50)));
    const training = buildTermRows(docs).rows.find((r) => r.term === '培训')!;
    expect(training.df).toBe(docs.length);
    expect(training.seqs.length).toBe(MAX_POSTINGS);
    expect([...training.impacts].sort((a, b) => b - a)).toEqual(training.impacts);
    const dropped = docs.map((_, seq) => seq).filter((seq) => !training.seqs.includes(seq));
    // Every clause left out is at least as long as every clause kept.
    const length = (seq: number) => docs[seq]!.length;
    expect(Math.min(...dropped.map(length))).toBeGreaterThanOrEqual(Math.max(...training.seqs.map(length)));
  });
});
