import { describe, expect, it } from 'vitest';
import { questionParts } from '../../../src/core/answer/parts.js';
import { asksStillValid, datedAsOf, periodNote } from '../../../src/core/answer/period.js';

describe('period', () => {
  it('answers a dated question for its date, inside the plan', () => {
    expect(datedAsOf('2020年招的人')).toBe('2020-12-31');
    expect(datedAsOf('2019年12月招的')).toBe('2019-12-31');
    expect(datedAsOf('2018年的事')).toBeUndefined();
    expect(datedAsOf('以工代训多少钱')).toBeUndefined();
  });

  it('tells the end only after it', () => {
    expect(periodNote('2021-06-01')).toBeUndefined();
    expect(periodNote('2026-11-30')).toMatch(/2019年12月2日至2021年12月31日.*已结束/);
  });
});

describe('validity questions', () => {
  it('reads whether something still holds, however it is put', () => {
    for (const q of ['现在还能申请不', '还有效吗', '过期了没', '今年还有以工代训补贴吗', '还能领不', '这个补助停了没', '学徒补贴现在还能申请吗']) {
      expect(asksStillValid(q), q).toBe(true);
    }
  });

  it('leaves figures, conditions and certificates to their own answers', () => {
    for (const q of ['还能领几次', '现在还能领多少钱', '我是贫困户 还能领别的补贴吗', '还能享受什么补贴', '退休了还能领培训补贴不', '领过3次了 还能申请吗', '这个要拿到证书才给吗', '55岁了还能参加补贴培训不', '以工代训补贴多少钱']) {
      expect(asksStillValid(q), q).toBe(false);
    }
  });
});

describe('question parts', () => {
  it('splits a question that asks two things', () => {
    expect(questionParts('以工代训每月补多少？最长补几个月？')).toEqual(['以工代训每月补多少', '最长补几个月']);
    expect(questionParts('退伍军人能免费培训吗，找哪个部门')).toEqual(['退伍军人能免费培训吗', '找哪个部门']);
  });

  it('keeps one question whole', () => {
    expect(questionParts('我们公司招了3个贫困户，能拿多少')).toEqual(['我们公司招了3个贫困户，能拿多少']);
  });
});
