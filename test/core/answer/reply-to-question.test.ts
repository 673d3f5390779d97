import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/answer/reply-to-question.js';

describe('readReply', () => {
  it('reads 是/否 and their everyday forms for a yes/no fact', () => {
    expect(readReply('是', 'certificate')).toEqual({ value: true });
    expect(readReply('有的', 'certificate')).toEqual({ value: true });
    expect(readReply('否', 'certificate')).toEqual({ value: false });
    expect(readReply('没有', 'monthlyPension')).toEqual({ value: false });
  });

  it('reads a yes/no after words of who reported it, when, and of whom', () => {
    const path = 'hires[0].preJobTrainingSubsidy';
    expect(readReply('出纳说之前领过了', path)).toEqual({ value: true });
    expect(readReply('查了账，这几个人都木领', path)).toEqual({ value: false });
    expect(readReply('老板说压根没听说过这个补贴', path)).toEqual({ value: false });
    // 说不准 is not a report: the person does not know.
    expect(readReply('这个我也说不准 得问代账的', 'insured')).not.toEqual({ value: false });
  });

  it('reads a tapped quick reply by its label', () => {
    expect(readReply('6 个月以上', 'hires[0].monthsEmployed')).toEqual({ value: 6 });
    expect(readReply('不满 6 个月', 'hires[0].monthsEmployed')).toEqual({ value: 5 });
    expect(readReply('常住地', 'trainingPlace')).toEqual({ value: 'residence' });
  });

  it('reads numbers typed freely, including Chinese numerals and 半年', () => {
    expect(readReply('半年', 'hires[0].monthsEmployed')).toEqual({ value: 6 });
    expect(readReply('干了八个月', 'hires[0].monthsEmployed')).toEqual({ value: 8 });
    expect(readReply('两次', 'subsidizedTrainingsThisYear')).toEqual({ value: 2 });
    expect(readReply('100万', 'equipment[0].valueYuan')).toEqual({ value: 1_000_000 });
  });

  it('reads a group in the user’s words', () => {
    expect(readReply('当兵退伍的', 'groups')).toEqual({ value: ['veteran'] });
    expect(readReply('都不是', 'groups')).toEqual({ value: [] });
  });

  it('does not take an unrelated question as the answer', () => {
    expect(readReply('以工代训补贴多少钱', 'certificate')).toBeUndefined();
    expect(readReply('那最多几个月呢', 'certificate')).toBeUndefined();
  });
});

describe('readReply when the person does not know or gives a rough figure', () => {
  it('returns unknown for 不知道 / 不清楚 / 说不好, never a no', () => {
    for (const t of ['不知道', '不清楚', '我也不太清楚', '说不好', '忘了', '这个不太好说', '得问问会计']) {
      expect(readReply(t, 'insured'), t).toEqual({ value: undefined, unknown: true });
    }
    expect(readReply('不知道', 'hires[0].monthsEmployed')).toEqual({ value: undefined, unknown: true });
  });

  it('does not take a rough figure as an exact one', () => {
    for (const t of ['十几个', '大概8个', '二三十个', '20来个', '好像是半年']) expect(readReply(t, 'hires[0].count'), t).toBeUndefined();
  });

  it('takes a completed verb as yes', () => {
    expect(readReply('领了', 'hires[0].preJobTrainingSubsidy')).toEqual({ value: true });
    expect(readReply('没领', 'hires[0].preJobTrainingSubsidy')).toEqual({ value: false });
  });
});
