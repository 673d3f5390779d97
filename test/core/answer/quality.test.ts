/**
 * What people see when they ask in their own words (quality-questions.ts): the real pipeline
 * (extractive, no model) over the real corpus on a real database. For each question: answered
 * or politely declined; the clause that answers it cited; the figures that answer it present;
 * every figure backed by a cited clause or the rules' output; short enough for a phone; a next
 * step; no sentence cut off mid-way.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createAsk } from '../../../src/core/answer/ask.js';
import { checkNumbers } from '../../../src/core/answer/numbers-check.js';
import type { AskFn, AskResponse } from '../../../src/core/answer/schema.js';
import { useTestContext } from '../../support/context.js';
import { QUALITY_CASES } from './quality-questions.js';

const HOTLINE = '12333';
// Inside the plan's period, as the people asking were.
const ctx = useTestContext({ env: { HOTLINE }, deps: { now: () => new Date('2020-06-01T04:00:00Z') } });

let ask: AskFn;
let clauseText: Map<string, string>;
beforeAll(async () => {
  ask = createAsk(ctx().deps, { model: null });
  clauseText = new Map((await ctx().deps.clauses.list()).map((c) => [c.clause, c.text]));
});

/** A WeChat passive reply should stay under 2048 bytes; a phone screen wants far less. */
const MAX_CHARS = 360;

function expectReadable(r: AskResponse) {
  expect(r.answer.length, r.answer).toBeLessThanOrEqual(MAX_CHARS);
  expect(new TextEncoder().encode(r.answer).length).toBeLessThan(2048);
  const first = r.answer.split('\n')[0]!;
  // The line that answers is a whole statement: not a bare condition (…的。) nor a stub.
  expect(first.replace(/^【[^】]*】/, '').length, first).toBeGreaterThanOrEqual(10);
  expect(first, 'no dangling condition').not.toMatch(/的。$/);
}

describe.each(QUALITY_CASES.filter((c) => c.expect === 'answer'))('answers $who: $q', (c) => {
  it('answered, citing the right clause, with the figures that answer it', async () => {
    const r = await ask({ question: c.q, channel: 'wechat' });
    expect(r.answered, r.answer).toBe(true);
    if (c.route) expect(r.route).toBe(c.route);
    const cited = r.citations.map((x) => x.clause);
    if (c.clauses) expect(cited.some((x) => c.clauses!.includes(x)), `${cited.join(',')} ⊄ ${c.clauses.join('|')}\n${r.answer}`).toBe(true);
    for (const m of c.must ?? []) expect(r.answer).toMatch(m);
    expect(r.answer).toContain('依据：郑政办〔2019〕63号');

    // Every amount or count is backed by a cited clause or the rules' output.
    const texts = [...new Set(cited)].map((x) => clauseText.get(x) ?? '');
    expect(checkNumbers(r.answer, { clauseTexts: texts, rulesOutput: r.eligibility, extra: [HOTLINE] }).unbacked, r.answer).toEqual([]);
    // Each quote is the cited clause's own words.
    for (const q of r.citations) for (const piece of q.quote.split('；')) expect(clauseText.get(q.clause)).toContain(piece);

    expectReadable(r);
    // What to do next: where to go, or the one question that settles the case.
    if (!cited.includes('head')) expect(r.answer).toMatch(/办理：|请问：/);
  });
});

describe.each(QUALITY_CASES.filter((c) => c.expect === 'decline'))('declines $q', (c) => {
  it('politely, with what it can help with and the hotline, citing nothing', async () => {
    const r = await ask({ question: c.q, channel: 'wechat' });
    expect(r.answered, r.answer).toBe(false);
    expect(r.citations).toEqual([]);
    expect(r.answer).toContain('我可以帮您');
    expect(r.answer).toContain(HOTLINE);
  });
});

describe('the question list', () => {
  it('speaks for every kind of asker', () => {
    const by = (who: string) => QUALITY_CASES.filter((c) => c.who === who).length;
    expect(QUALITY_CASES.length).toBeGreaterThanOrEqual(60);
    for (const who of ['worker', 'staff', 'enterprise', 'outsider']) expect(by(who)).toBeGreaterThanOrEqual(10);
  });
});
