import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/corpus/clean.js';
import { expandQuery, GLOSSARY, POLICY_TERMS } from '../../../src/core/text/glossary.js';
import { normalizeText } from '../../../src/core/text/normalize.js';
import { readRawScan } from '../corpus/fixtures.js';

const policy = normalizeText(cleanText(readRawScan()));
const adds = (q: string) => expandQuery(q).terms;

describe('the glossary', () => {
  it('has at least 60 everyday words, each mapped to words the policy really uses', () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(60);
    const words = GLOSSARY.map((e) => e.word);
    expect(new Set(words).size).toBe(words.length);
    for (const e of GLOSSARY) {
      expect(e.terms.length, e.word).toBeGreaterThan(0);
      for (const t of e.terms) expect(policy, `${e.word} → ${t}`).toContain(normalizeText(t));
    }
  });

  it.each([
    ['当兵退伍的能参加培训吗', '退役军人'],
    ['退伍军人有补贴吗', '退役军人'],
    ['转业干部', '退役军人'],
    ['农民工培训', '农村转移就业劳动者'],
    ['打工的能学技术吗', '农村转移就业劳动者'],
    ['进城务工人员', '农村转移就业劳动者'],
    ['领退休金的还能领培训补贴吗', '养老金'],
    ['退休工资', '养老金'],
    ['老板招人培训有钱吗', '企业'],
    ['公司', '企业'],
    ['厂里搞培训', '企业'],
    ['下岗了怎么办', '失业'],
    ['贫困户培训', '贫困劳动力'],
    ['建档立卡', '贫困劳动力'],
    ['学徒补贴', '新型学徒'],
    ['大学生', '高校毕业生'],
    ['毕业生培训', '高校毕业生'],
    ['残障人士', '残疾人'],
    ['残废了能培训吗', '残疾人'],
    ['培训补助', '补贴'],
    ['想开店', '创业培训'],
    ['做生意', '创业培训'],
    ['买设备能补吗', '实训设备'],
    ['工资总额的百分之几', '工资薪金总额'],
    ['教育经费能抵税吗', '税前扣除'],
    ['扣税', '税前扣除'],
    ['边干边学有补贴吗', '以工代训'],
    ['在岗培训补贴', '以工代训'],
    ['考证有补贴吗', '证书'],
    ['拿证', '证书'],
    ['多少钱', '标准'],
    ['多少钱', '元'],
  ])('%s → %s', (q, term) => {
    expect(adds(q)).toContain(term);
  });

  it('returns the normalised question and a search text with the added terms', () => {
    const e = expandQuery('當兵退伍的，以工代訓補貼給多少錢？');
    expect(e.normalized).toBe('当兵退伍的,以工代训补贴给多少钱?');
    expect(e.terms).toEqual(['退役军人', '标准', '元']);
    expect(e.text).toBe('当兵退伍的,以工代训补贴给多少钱? 退役军人 标准 元');
  });

  it('hands out one frozen expansion per text, so stages that expand the same question share it', () => {
    const a = expandQuery('当兵退伍的能补贴吗');
    expect(expandQuery('当兵退伍的能补贴吗')).toBe(a);
    expect(Object.isFrozen(a) && Object.isFrozen(a.terms) && Object.isFrozen(a.words)).toBe(true);
    expect(() => (a.terms as string[]).push('x')).toThrow();
    expect(expandQuery('当兵退伍的能补贴吗?')).not.toBe(a);
    // A text that may hold personal data is expanded afresh, not kept.
    const phone = '当兵退伍的能补贴吗 电话13812345678';
    expect(expandQuery(phone)).not.toBe(expandQuery(phone));
    expect(expandQuery(phone)).toEqual(expandQuery(phone));
  });

  it('adds nothing for words already in policy terms or questions with no everyday words', () => {
    expect(adds('责任单位是哪些')).not.toContain('企业');
    expect(adds('就业补助资金怎么用')).not.toContain('补贴');
    expect(adds('新型学徒')).toEqual([]);
    expect(adds('今天天气怎么样')).toEqual([]);
    expect(adds('退役军人')).toEqual([]);
  });
});

describe('POLICY_TERMS', () => {
  it('lists distinct multi-character terms, each found in the policy', () => {
    expect(new Set(POLICY_TERMS).size).toBe(POLICY_TERMS.length);
    for (const t of ['以工代训', '新型学徒', '技能大师工作室', '高技能人才', '职工教育经费']) expect(POLICY_TERMS).toContain(t);
    for (const t of POLICY_TERMS) {
      expect(t.length, t).toBeGreaterThan(1);
      expect(policy, t).toContain(normalizeText(t));
    }
  });
});
