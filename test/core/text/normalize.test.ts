import { describe, expect, it } from 'vitest';
import { normalizeText, toHalfWidth, toSimplified, TRADITIONAL_TO_SIMPLIFIED } from '../../../src/core/text/normalize.js';

describe('normalizeText', () => {
  it('turns a traditional-character question into the simplified one people would type', () => {
    expect(normalizeText('職業技能培訓補貼怎麼領？')).toBe(normalizeText('职业技能培训补贴怎么领？'));
    expect(normalizeText('退役軍人參加培訓有沒有生活費補貼')).toBe('退役军人参加培训有没有生活费补贴');
    expect(normalizeText('企業職工教育經費稅前扣除比例是多少')).toBe('企业职工教育经费税前扣除比例是多少');
    expect(normalizeText('以工代訓每人每月給多少錢')).toBe('以工代训每人每月给多少钱');
    expect(normalizeText('鄭州市新型學徒補貼標準')).toBe('郑州市新型学徒补贴标准');
  });

  it('makes full-width ASCII half-width, lowercases and collapses whitespace', () => {
    expect(toHalfWidth('ＡＢＣ１２３％（）')).toBe('ABC123%()');
    expect(normalizeText('  １＋Ｘ　證書\t\n制度  ')).toBe('1+x 证书 制度');
    expect(normalizeText('WeChat   小程序')).toBe('wechat 小程序');
  });

  it('leaves simplified text and everything outside the table alone', () => {
    const s = '按每人每月200元的标准给予生产经营主体以工代训补贴，县〔市、区〕人民政府。';
    expect(toSimplified(s)).toBe(s);
  });
});

describe('the traditional → simplified table', () => {
  it('maps each traditional character to a different one, never into another key', () => {
    for (const [from, to] of TRADITIONAL_TO_SIMPLIFIED) {
      expect(from).not.toBe(to);
      expect(TRADITIONAL_TO_SIMPLIFIED.has(to), `${from}→${to} chains`).toBe(false);
    }
  });

  it('is compact enough for the Workers bundle, and covers the domain words', () => {
    expect(TRADITIONAL_TO_SIMPLIFIED.size).toBeGreaterThan(300);
    expect(TRADITIONAL_TO_SIMPLIFIED.size).toBeLessThan(1000);
    for (const c of '職業補貼領訓練經費養險證書學創員勞動轉農務軍殘貧戶檔畢稅額資總標準錢') {
      expect(TRADITIONAL_TO_SIMPLIFIED.has(c), c).toBe(true);
    }
  });
});
