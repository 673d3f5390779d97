import { describe, expect, it } from 'vitest';
import { checkNumbers } from '../../../src/core/answer/numbers-check.js';

const CLAUSE =
  '企业、农民专业合作社和扶贫车间等各类生产经营主体吸纳贫困劳动力就业六个月以上并开展以工代训的，按每人每月200元的标准给予生产经营主体以工代训补贴，最长不超过6个月；可先行拨付50%的培训补贴资金。';

describe('checkNumbers', () => {
  it('accepts figures stated in the cited clause', () => {
    expect(checkNumbers('每人每月200元，最长6个月，可先行拨付50%。', { clauseTexts: [CLAUSE] })).toEqual({ ok: true, unbacked: [] });
  });

  it('accepts figures from the rules output (amount and note)', () => {
    const rules = { results: [{ amountYuan: 7200, amountNote: '200 元/人/月 × 6 月 × 6 人' }] };
    expect(checkNumbers('可得 7200 元。', { clauseTexts: [CLAUSE], rulesOutput: rules }).ok).toBe(true);
  });

  it('rejects a figure that no source backs, naming it', () => {
    const r = checkNumbers('每人每月300元，最长12个月。', { clauseTexts: [CLAUSE] });
    expect(r.ok).toBe(false);
    expect(r.unbacked).toEqual(['300', '12']);
  });

  it('rejects a Chinese numeral count that is not in the sources', () => {
    expect(checkNumbers('最长不超过八个月。', { clauseTexts: [CLAUSE] }).ok).toBe(false);
  });

  it('ignores the document number, year ranges and dates', () => {
    const r = checkNumbers('依据：郑政办〔2019〕63号 六(一)，实施期2019—2021年，2019年12月2日印发。', { clauseTexts: [CLAUSE] });
    expect(r).toEqual({ ok: true, unbacked: [] });
  });

  it('accepts the configured hotline given as an extra source', () => {
    expect(checkNumbers('咨询电话：12333。', { clauseTexts: [CLAUSE], extra: ['12333'] }).ok).toBe(true);
    expect(checkNumbers('咨询电话：12333。', { clauseTexts: [CLAUSE] }).ok).toBe(false);
  });
});
