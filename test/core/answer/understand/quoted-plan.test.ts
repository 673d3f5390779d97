import { describe, expect, it } from 'vitest';
import { planQuotes } from '../../../../src/core/answer/plan-words.js';
import { quotesThePlan } from '../../../../src/core/answer/understand/quoted-plan.js';

const quotes = planQuotes(['做到“补贴培训进系统、系统之外零补贴”。', '企业应足额提取和使用职工教育经费。']);

describe('quotesThePlan', () => {
  it('finds a passage the message presents as written that copies the plan', () => {
    expect(quotesThePlan('村里贴的标语写着 补贴培训进系统 系统之外零补贴 俺木看懂', quotes)).toBe(true);
    expect(quotesThePlan('“系统之外零补贴”是啥意思', quotes)).toBe(true);
  });

  it('does not take the plan’s terms used in the person’s own words for a quotation', () => {
    expect(quotesThePlan('汇算清缴的时候 职工教育经费纳税调整明细表怎么填', quotes)).toBe(false);
  });
});
