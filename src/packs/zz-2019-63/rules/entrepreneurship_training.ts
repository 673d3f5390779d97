/**
 * 创业培训 — 三(八).
 *
 * Law: “对有创业愿望的人员和开业5年以内的小微企业主开展创业培训，对普通高校、职业院校（含技工院校，下同）
 * 在校生和毕业生开展创业意识等培训”. Any one of the three grounds suffices. 5年以内 includes five years.
 */
import { check, missingOf } from '../../../core/rules/check.js';
import { STUDENT_KINDS, type TraceEntry } from '../../../core/rules/schema.js';
import { personRule } from '../kit.js';

const CLAUSE = '三(八)';

export const entrepreneurshipTraining = personRule({
  id: 'entrepreneurship_training',
  title: '创业培训',
  audience: 'person',
  reads: ['wantsToStartBusiness', 'businessYears', 'student'],
  parameters: ['maxBusinessYears'],
  citations: [
    { clause: CLAUSE, quote: '对有创业愿望的人员和开业5年以内的小微企业主开展创业培训' },
    { clause: CLAUSE, quote: '对普通高校、职业院校（含技工院校，下同）在校生和毕业生开展创业意识等培训' },
  ],
  requirements: ['有创业愿望；或是开业 5 年以内的小微企业主；或是普通高校、职业院校（含技工院校）在校生或毕业生（创业意识培训）——满足其一即可'],
  amountRule: '本方案只规定开展培训，未规定补贴金额',
  amountKind: 'service',

  evaluate(f, p) {
    const checks: TraceEntry[] = [];
    const max = p.maxBusinessYears;
    const wish = { condition: '有创业愿望', clause: CLAUSE, facts: { wantsToStartBusiness: f.wantsToStartBusiness } };
    if (f.wantsToStartBusiness === undefined) checks.push(check(wish, p, 'unknown', '未说明是否有创业愿望'));
    else checks.push(check(wish, p, f.wantsToStartBusiness ? 'met' : 'not_met', f.wantsToStartBusiness ? '有创业愿望' : '没有创业愿望'));

    const years = { condition: `是开业 ${max} 年以内的小微企业主`, clause: CLAUSE, facts: { businessYears: f.businessYears }, uses: ['maxBusinessYears'] as const };
    if (f.businessYears === undefined) checks.push(check(years, p, 'unknown', '未说明是否自己开办了小微企业、开业几年'));
    else if (f.businessYears === null) checks.push(check(years, p, 'not_met', '没有自己开办的小微企业'));
    else if (f.businessYears <= max) checks.push(check(years, p, 'met', `小微企业开业 ${f.businessYears} 年，在 ${max} 年以内`));
    else checks.push(check(years, p, 'not_met', `小微企业开业 ${f.businessYears} 年，超过 ${max} 年`));

    const school = { condition: '是普通高校、职业院校（含技工院校）在校生或毕业生', clause: CLAUSE, facts: { student: f.student } };
    if (f.student === undefined) checks.push(check(school, p, 'unknown', '未说明是否是高校、职业院校或技工院校的在校生或毕业生'));
    else if (f.student === null) checks.push(check(school, p, 'not_met', '不是高校、职业院校或技工院校的在校生或毕业生'));
    else checks.push(check(school, p, 'met', `是${STUDENT_KINDS[f.student]}在校生或毕业生，可参加创业意识等培训`));

    // Any one ground suffices, so the usual combination is turned around: one `met` makes it eligible.
    const status = checks.some((c) => c.outcome === 'met')
      ? 'eligible'
      : checks.some((c) => c.outcome === 'unknown')
        ? 'needs_info'
        : 'ineligible';
    return {
      status,
      amountYuan: null,
      amountNote: '本方案只规定开展创业培训，未规定补贴金额',
      checks,
      missing: status === 'needs_info' ? missingOf(checks) : [],
      amountMissing: [],
    };
  },
});
