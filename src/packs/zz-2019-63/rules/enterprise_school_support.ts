/**
 * 企业举办职业院校资金支持 — 四(一).
 *
 * Law: “企业举办或参与举办的在郑州辖区内的职业院校，可根据毕业生就业人数或培训实训人数给予院校一定资金
 * 支持”. The applicant is the enterprise (the fact `runsVocationalSchool` says it runs or co-runs a
 * 职业院校 in Zhengzhou), but the money goes to the school (“给予院校”), and its size follows graduates
 * employed or trainees: “一定”, so no amount. A 职业院校 asking for itself is the one the money
 * goes to (“给予院校”): it qualifies when it says an enterprise runs or co-runs it (the same fact,
 * `runsVocationalSchool`, read of the school), and is asked when it has not said so — never refused
 * for being the school the sentence names.
 */
import { check, outcomeWithoutAmount } from '../../../core/rules/check.js';
import { ENTITY_KINDS, type TraceEntry } from '../../../core/rules/schema.js';
import { employerRule } from '../kit.js';

const CLAUSE = '四(一)';

export const enterpriseSchoolSupport = employerRule({
  id: 'enterprise_school_support',
  title: '企业举办职业院校资金支持',
  audience: 'employer',
  reads: ['entity', 'runsVocationalSchool'],
  parameters: [],
  citations: [{ clause: CLAUSE, quote: '企业举办或参与举办的在郑州辖区内的职业院校，可根据毕业生就业人数或培训实训人数给予院校一定资金支持' }],
  requirements: ['申请单位是企业', '企业举办或参与举办了郑州辖区内的职业院校（资金支持给予院校）'],
  amountRule: '本方案未定金额：根据毕业生就业人数或培训实训人数给予院校“一定资金支持”',
  amountKind: 'subsidy',

  evaluate(f, p) {
    const checks: TraceEntry[] = [];
    const entity = { condition: '申请单位是企业', clause: CLAUSE, facts: { entity: f.entity } };
    if (f.entity === undefined) checks.push(check(entity, p, 'unknown', '未说明单位类型（此项面向举办或参与举办职业院校的企业）'));
    else if (f.entity === 'enterprise') checks.push(check(entity, p, 'met', '单位是企业'));
    else if (f.entity === 'vocational_school') checks.push(check(entity, p, 'met', '职业院校：资金支持给予企业举办或参与举办的院校'));
    else checks.push(check(entity, p, 'not_met', `此项面向举办或参与举办职业院校的企业，${ENTITY_KINDS[f.entity]}不适用`));

    const runs = { condition: '举办或参与举办了郑州辖区内的职业院校', clause: CLAUSE, facts: { runsVocationalSchool: f.runsVocationalSchool } };
    if (f.runsVocationalSchool === undefined) checks.push(check(runs, p, 'unknown', '未说明是否举办或参与举办了郑州辖区内的职业院校'));
    else if (f.runsVocationalSchool) checks.push(check(runs, p, 'met', f.entity === 'vocational_school' ? '院校由企业举办或参与举办，在郑州辖区内：资金支持给予院校，按毕业生就业人数或培训实训人数确定' : '举办或参与举办了郑州辖区内的职业院校：资金支持给予院校，按毕业生就业人数或培训实训人数确定'));
    else checks.push(check(runs, p, 'not_met', f.entity === 'vocational_school' ? '院校不是企业举办或参与举办的' : '没有举办或参与举办郑州辖区内的职业院校'));

    return outcomeWithoutAmount(checks, '本方案未定金额：可根据毕业生就业人数或培训实训人数给予院校“一定资金支持”（资金给院校，不是给企业）');
  },
});
