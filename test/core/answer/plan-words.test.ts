import { describe, expect, it } from 'vitest';
import { planWords } from '../../../src/core/answer/plan-words.js';

describe('planWords', () => {
  const shares = planWords(['对企业开展培训的，可先行拨付50%的培训补贴资金。', '加强农民专业合作社带头人培训。'], /合作社|公司|申请/);

  it('finds a run of three characters the plan also has', () => {
    expect(shares('先行拨付以后剩下的钱啥时候到')).toBe(true);
  });

  it('finds none in a question about another matter', () => {
    expect(shares('公司年会抽奖 奖品买啥好')).toBe(false);
  });

  it('does not count a run that lies inside an everyday word', () => {
    expect(shares('帮我写个合作社的章程')).toBe(false);
  });
});

describe('planQuotes', () => {
  it('finds six characters or more copied from the plan, and not a shorter term', async () => {
    const { planQuotes } = await import('../../../src/core/answer/plan-words.js');
    const quotes = planQuotes(['做到“补贴培训进系统、系统之外零补贴”。']);
    expect(quotes('标语写着 系统之外零补贴')).toBe(true);
    expect(quotes('系统之外')).toBe(false);
  });
});
