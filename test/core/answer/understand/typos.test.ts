import { describe, expect, it } from 'vitest';
import { fixTypos } from '../../../../src/core/answer/understand/facts/typos.js';
import { prepareText, typedWords } from '../../../../src/core/answer/understand/facts/prepare.js';

describe('fixTypos', () => {
  it('reads pinyin slips of a key term as the term, for slips at any position', () => {
    for (const slip of ['一工代训', '以工带训', '已工待训', '以公代讯']) expect(fixTypos(`${slip}4个月`)).toBe('以工代训4个月');
    for (const slip of ['社宝', '设保', '社报']) expect(fixTypos(`${slip}没交`)).toBe('社保没交');
    expect(fixTypos('我是建挡立卡贫困护')).toBe('我是建档立卡贫困户');
    expect(fixTypos('残急人')).toBe('残疾人');
    expect(fixTypos('退疫君人')).toBe('退役军人');
  });

  it('leaves ordinary words alone, and a term slipped past recognition', () => {
    for (const s of ['设备报价', '报名参加', '包括社会保险', '一工作就忘了', '以后再说']) expect(fixTypos(s)).toBe(s);
    // Three of four characters slipped is no longer the term.
    expect(fixTypos('一公带讯')).toBe('一公带讯');
  });
});

describe('prepareText', () => {
  it('maps every character back to what was typed, across spaces, traditional characters and pinyin', () => {
    const p = prepareText('社 保 沒 交，，，證書拿到le');
    expect(p.text).toBe('社保没交,证书拿到了');
    expect(typedWords(p, 0, 4)).toBe('社 保 沒 交');
    expect(typedWords(p, 5, p.text.length)).toBe('證書拿到le');
  });
});
