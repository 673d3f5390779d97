import { describe, expect, it } from 'vitest';
import { guardAnswer, unbackedVerdict } from '../../../src/core/answer/guard.js';
import { evaluateEligibility } from '../../../src/core/rules/engine.js';

const CLAUSE = '按每人每月200元的标准给予生产经营主体以工代训补贴，最长不超过6个月。';
const asOf = '2020-06-01';
const open = evaluateEligibility({ asOf, applicant: { type: 'employer', entity: 'enterprise', hires: [{ group: 'poor_labor', count: 6 }] } });
const settled = evaluateEligibility({
  asOf,
  applicant: { type: 'employer', entity: 'enterprise', hires: [{ group: 'poor_labor', count: 6, monthsEmployed: 6, onJobTrainingMonths: 6, preJobTrainingSubsidy: false }] },
});

describe('guardAnswer', () => {
  it('passes an answer whose figures and clause are all given', () => {
    expect(guardAnswer({ answer: '每人每月200元，最长6个月。依据：六(一)', sourceTexts: [CLAUSE], clauses: ['六(一)'] })).toEqual({ ok: true });
  });

  it('refuses an empty or overlong answer', () => {
    expect(guardAnswer({ answer: '  ', sourceTexts: [CLAUSE], clauses: [] }).failure).toBe('empty');
    expect(guardAnswer({ answer: '补贴'.repeat(400), sourceTexts: [CLAUSE], clauses: [] }).failure).toBe('too_long');
  });

  it('refuses an unbacked figure and a clause not given', () => {
    expect(guardAnswer({ answer: '每人每月250元。', sourceTexts: [CLAUSE], clauses: ['六(一)'] })).toMatchObject({ ok: false, failure: 'numbers', detail: '250' });
    expect(guardAnswer({ answer: '见六（二）。', sourceTexts: [CLAUSE], clauses: ['六(一)'] })).toMatchObject({ ok: false, failure: 'citation', detail: '六(二)' });
  });

  it('accepts the 7200 元 the rules computed, not another total', () => {
    const base = { sourceTexts: [CLAUSE], clauses: ['六(一)'], eligibility: settled };
    expect(guardAnswer({ ...base, answer: '贵公司符合条件，以工代训补贴可得7200元。' }).ok).toBe(true);
    expect(guardAnswer({ ...base, answer: '贵公司符合条件，以工代训补贴可得7400元。' }).failure).toBe('numbers');
  });
});

describe('unbackedVerdict', () => {
  it('refuses a positive verdict while the rules still need facts', () => {
    expect(unbackedVerdict('您符合条件，可以领取以工代训补贴。', open)).toBeDefined();
    expect(unbackedVerdict('贵公司可以享受以工代训补贴7200元。', settled)).toBeUndefined();
  });

  it('refuses a negative verdict the rules did not reach', () => {
    expect(unbackedVerdict('贵公司不符合以工代训补贴的条件。', settled)).toBeDefined();
  });

  it('lets conditional wording through', () => {
    expect(unbackedVerdict('如果已就业满6个月，才能享受以工代训补贴。', open)).toBeUndefined();
  });

  it('refuses judging the asker when no rules were run', () => {
    expect(unbackedVerdict('您可以领取职业培训补贴。', undefined)).toBeDefined();
    expect(unbackedVerdict('符合条件的劳动者可以享受职业培训补贴。', undefined)).toBeUndefined();
  });
});

describe('guardAnswer: additions the sources do not contain', () => {
  const base = { sourceTexts: [CLAUSE], clauses: ['六(一)'], extra: ['郑政办〔2019〕63号', '12333'] };
  it.each([
    ['a link', '详情见 https://example.com/apply 。每人每月200元。', 'link'],
    ['a bare domain', '到 zzrs.gov.cn 申请，每人每月200元。', 'link'],
    ['a phone number', '每人每月200元，咨询 0371-67181234。', 'phone'],
    ['a mobile number', '每人每月200元，请打13812345678。', 'phone'],
    ['a contact instruction', '每人每月200元，加微信详细说。', 'contact'],
    ['a QR code', '每人每月200元，扫码办理。', 'contact'],
    ['markup', '**每人每月200元**，最长6个月。', 'markup'],
    ['an html tag', '<b>每人每月200元</b>', 'markup'],
  ])('refuses %s', (_, answer, failure) => {
    expect(guardAnswer({ ...base, answer })).toMatchObject({ ok: false, failure });
  });

  it('accepts the hotline and the document number the sources give', () => {
    expect(guardAnswer({ ...base, answer: '每人每月200元，咨询电话12333。依据：郑政办〔2019〕63号 六(一)' })).toEqual({ ok: true });
  });
});

describe('guardAnswer: amounts are not phone numbers', () => {
  it('passes a five-digit amount the rules computed', () => {
    const big = evaluateEligibility({
      asOf,
      applicant: { type: 'employer', entity: 'enterprise', hires: [{ group: 'poor_labor', count: 10, monthsEmployed: 6, onJobTrainingMonths: 6, preJobTrainingSubsidy: false }] },
    });
    expect(guardAnswer({ answer: '以工代训补贴可得12000元。', sourceTexts: [CLAUSE], clauses: ['六(一)'], eligibility: big })).toEqual({ ok: true });
  });
});
