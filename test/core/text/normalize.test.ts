import { describe, expect, it } from 'vitest';
import { normalizeText, toHalfWidth, toSimplified } from '../../../src/core/text/normalize.js';

describe('normalizeText', () => {
  it('reads traditional characters as simplified, so both spellings match the same text', () => {
    expect(normalizeText('職業技能培訓補貼怎麼領？')).toBe(normalizeText('职业技能培训补贴怎么领？'));
    expect(normalizeText('退役軍人參加培訓有沒有生活費補貼')).toBe('退役军人参加培训有没有生活费补贴');
    expect(normalizeText('企業職工教育經費稅前扣除比例是多少')).toBe('企业职工教育经费税前扣除比例是多少');
    expect(normalizeText('以工代訓每人每月給多少錢')).toBe('以工代训每人每月给多少钱');
    expect(normalizeText('鄭州市新型學徒補貼標準')).toBe('郑州市新型学徒补贴标准');
  });

  it('converts everyday trade words the old hand-made table missed', () => {
    expect(normalizeText('我想學烹飪')).toBe('我想学烹饪');
    expect(normalizeText('鍋爐工證書')).toBe('锅炉工证书');
    expect(normalizeText('廚師培訓')).toBe('厨师培训');
    expect(normalizeText('育嬰員補貼')).toBe('育婴员补贴');
    expect(normalizeText('美髮師、麵點師、電焊工')).toBe('美发师、面点师、电焊工');
  });

  it('folds full-width ASCII, lowercases and collapses whitespace', () => {
    expect(normalizeText('  １＋Ｘ　證書\t\n制度  ')).toBe('1+x 证书 制度');
    expect(normalizeText('WeChat   小程序')).toBe('wechat 小程序');
  });

  it('leaves simplified text as it is, including characters that are also traditional', () => {
    for (const s of ['职业技能提升行动', '著名 显著 乾隆', '干部 干净 面包', '以工代训补贴每人每月200元']) {
      expect(toSimplified(s)).toBe(s);
    }
  });

  it('converts words whose simplification depends on the word', () => {
    expect(toSimplified('乾淨的頭髮')).toBe('干净的头发');
    expect(toSimplified('一隻手')).toBe('一只手');
  });

  it('keeps the length of a text, so positions in it still point at what was typed', () => {
    const s = '我們公司沒交社保，崗前培訓補貼也沒領過';
    expect(toSimplified(s).length).toBe(s.length);
    expect(toHalfWidth('ＡＢＣ１２３').length).toBe(6);
  });
});
